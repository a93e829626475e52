"""The news list's render time with the demo's 3 posts and with 1,000 more (issue 15: within 1.3×).

    python bench/news_list.py [--posts 1000] [--repeat 100]

In-process with Django's test client on an in-memory SQLite database (the test settings, no Redis). The
page cache is bypassed (an unknown parameter, as bench/run.py does) and the content memo is on, as on a
live site between publishes. Prints the best and the median of `--repeat` renders of page 1 and page 50,
and the ratio of each to the 3-post page 1.
"""

import argparse
import logging
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "site911.settings.test"
os.environ.pop("REDIS_URL", None)
os.environ.pop("DATABASE_URL", None)

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

PAGES = {"page 1": "/news/?bench=uncached", "page 50": "/news/?page=50&bench=uncached"}


def timings(client, url, repeat):
    posts = client.get(url).content.count(b'class="news-item"')  # warm: memo filled, templates compiled
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), posts


def measure(repeat):
    client = Client()
    return {name: timings(client, url, repeat) for name, url in PAGES.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    logging.disable(logging.INFO)  # no log line per page created
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)
    call_command("load_demo_content", verbosity=0)
    small = measure(args.repeat)

    from django.conf import settings
    from django.db import transaction

    from bench.grow import grow_posts
    from site911.caching import generation

    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    with transaction.atomic():
        grow_posts(args.posts)
    generation.clear("bench: database grown")  # a new generation: the memo reads the grown archive
    grown = measure(args.repeat)

    base_best, base_median, _ = small["page 1"]
    print(f"{'':24} {'best':>8} {'median':>8}   ratio to 3 posts, page 1 (best / median)   posts shown")
    for label, results in (("3 posts", small), (f"{args.posts} more posts", grown)):
        for name, (best, median, posts) in results.items():
            print(
                f"{label + ', ' + name:24} {best * 1000:7.2f}ms {median * 1000:7.2f}ms"
                f"   {best / base_best:.2f}× / {median / base_median:.2f}×{posts:>30}"
            )


if __name__ == "__main__":
    main()
