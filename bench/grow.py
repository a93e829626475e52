"""Grow a demo database for `make bench`: 1,000 more news posts and 500 situations (never the demo loader).

    python bench/grow.py [--posts 1000] [--situations 500]   # on a database with the demo content
    python bench/grow.py --explain                           # the news list's query plans, pages 1 and 50

Every made-up post mentions 911, as a 911 center's news does, so `/search/?q=911` matches all of them:
the worst case for search. Dates spread over ten years, categories take turns. Situations are
bench/situations.py's `grown_situations`, on the guidance page, published once.
"""

import argparse
import datetime
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site911.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.situations import grown_situations  # noqa: E402
from home.models import GuidancePage, Situation  # noqa: E402
from news.listing import POSTS_PER_PAGE  # noqa: E402
from news.models import NewsCategory, NewsIndexPage, NewsPage  # noqa: E402
from site911.caching import generation  # noqa: E402

SUBJECTS = ["dispatcher", "call taker", "supervisor", "training class", "text-to-911 service", "radio upgrade"]
EVENTS = ["recognized", "honored", "completes training", "goes live", "nominated", "marks a milestone"]


def grow_posts(count):
    index = NewsIndexPage.objects.get(slug="news")
    categories = list(NewsCategory.objects.order_by("pk"))
    start = datetime.date(2015, 1, 1)
    now = timezone.now()
    for n in range(count):
        subject, event = SUBJECTS[n % len(SUBJECTS)], EVENTS[n // len(SUBJECTS) % len(EVENTS)]
        post = NewsPage(
            title=f"Minneapolis 911 {subject} {event} ({n + 1})",
            slug=f"bench-post-{n + 1}",
            date=start + datetime.timedelta(days=n * 11 // 3),
            summary=f"The 911 center's {subject} {event}: post {n + 1} of the grown benchmark archive.",
            body=[("paragraph", f"<p>News from Minneapolis 911 about the {subject}, number {n + 1}.</p>")],
            category=categories[n % len(categories)],
            live=True,
            first_published_at=now,
            last_published_at=now,
        )
        index.add_child(instance=post)


def grow_situations(count):
    page = GuidancePage.objects.get(locale__language_code="en")  # the demo also has its translations
    page.situations.all().delete()
    Situation.objects.bulk_create(
        Situation(
            page=page,
            locale_id=page.locale_id,
            sort_order=order,
            title=title,
            keywords=keywords,
            number=number,
            reason=reason,
        )
        for order, (title, keywords, number, reason) in enumerate(grown_situations(count))
    )
    page.refresh_from_db()
    page.save_revision().publish()


def explain():
    """EXPLAIN ANALYZE of the news list's posts query, page 1 and page 50, as the page runs it."""
    index = NewsIndexPage.objects.get(slug="news")
    posts = index.posts()
    ids = list(posts.values_list("pk", flat=True))  # what the page keeps in the content memo
    for number in (1, 50):
        offset = (number - 1) * POSTS_PER_PAGE
        query = posts.filter(pk__in=ids[offset : offset + POSTS_PER_PAGE])
        with connection.cursor() as cursor:
            sql, params = query.query.sql_with_params()
            analyze = "ANALYZE " if connection.vendor == "postgresql" else "QUERY PLAN "
            cursor.execute(f"EXPLAIN {analyze}{sql}", params)
            plan = "\n".join("    " + " ".join(str(c) for c in row) for row in cursor.fetchall())
        print(f"news list page {number}, posts query plan:\n{plan}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--situations", type=int, default=500)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    if args.explain:
        explain()
        return
    # Indexing page by page on save is most of the time: index everything once at the end instead.
    settings.WAGTAILSEARCH_BACKENDS["default"]["AUTO_UPDATE"] = False
    with transaction.atomic():
        grow_posts(args.posts)
        grow_situations(args.situations)
    call_command("update_index", verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh planner statistics, as autovacuum would soon give
    generation.clear("bench: database grown")


if __name__ == "__main__":
    main()
