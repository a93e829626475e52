"""`make bench`: the production configuration under load, measured with wrk.

1. a fresh PostgreSQL database (BENCH_DATABASE_URL, default site911_bench on 127.0.0.1:5432) with
   the demo content, collectstatic, an empty Redis database (BENCH_REDIS_URL, default db 4);
2. gunicorn with 2 workers and site911.settings.production on plain HTTP loopback, as behind a
   TLS-terminating proxy (TRUST_X_FORWARDED_PROTO=1; requests carry X-Forwarded-Proto: https);
3. wrk from a second process (-t2 -c16 -d10s per URL) on: the home page uncached, the home page
   cached, the Spanish home page (/es/) uncached and cached, a news post cached, and the stylesheet
   served by WhiteNoise from the same gunicorn;
4. a table of requests/s, p50, p99, the ratio cached page / static file, the time of the uncached
   Spanish home page against the English one (target at most TARGET_LANGUAGE_RATIO), and each page
   type's HTML+CSS+JS size gzip-compressed;
5. growth: a second database (BENCH_GROWN_DATABASE_URL, default the first one's name + "_grown")
   with the demo content plus 1,000 news posts and 500 situations made by bench/grow.py, served by
   a second gunicorn; the news list (pages 1 and 50), search and the sitemap, uncached, on both
   sites in turn, with each page's time ratio grown / small against its target; the sitemap's cold
   render time (page cache bypassed); the news list's query plans on the grown database.

"Uncached" requests the home page with a query parameter the page cache does not allow
(`/?bench=uncached`): the middleware bypasses the cache and Wagtail renders the page in full, as it
would for every visitor without the cache; the query string changes nothing else.

The home page through Varnish (deploy/varnish/default.vcl in front of the same gunicorn) is measured
next to nginx serving a static copy of that page, on the same machine (target: at least half its
figure); BENCH_ONLY=proxy measures just these two rows (one database, no growth) on a busy machine.
Servers are started by bench/servers.py, wrk run by bench/load.py.

It stops gunicorn, Varnish and nginx (their process groups) on success, error or Ctrl-C.
"""

import os
import shutil
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.load import (  # noqa: E402
    CONNECTIONS,
    DURATION,
    ROUNDS,
    THREADS,
    best_of_rounds,
    page_sizes,
    parse,
    render_times_ms,
    wrk,
)
from bench.servers import (  # noqa: E402
    DATABASE_URL,
    PYTHON,
    ROOT,
    WORKERS,
    empty_redis,
    ensure_wrk,
    fetch,
    free_port,
    fresh_database,
    log,
    run,
    site_env,
    start,
    start_static_nginx,
    start_varnish,
    stop,
    wait_until_up,
)

GROWN_DATABASE_URL = os.environ.get("BENCH_GROWN_DATABASE_URL", DATABASE_URL + "_grown")
# Pages whose cost must not grow with content: (label, URL on the small site, URL on the grown site,
# target for time grown / time small). Uncached: a parameter the page cache does not allow.
GROWTH = [
    ("news list, page 1", "/news/?bench=uncached", "/news/?bench=uncached", 1.3),
    ("news list, page 50", "/news/?bench=uncached", "/news/?page=50&bench=uncached", 1.3),
    ("search ?q=911", "/search/?q=911", "/search/?q=911", 1.5),
    ("sitemap.xml", "/sitemap.xml?bench=uncached", "/sitemap.xml?bench=uncached", None),
]
TARGET_SITEMAP_MS = 200
# A news post of the demo content.
NEWS_URL = os.environ.get("BENCH_NEWS_URL", "/news/staff-honored-at-awards-ceremony/")
# One URL per page type for the size column.
PAGE_TYPES = [
    ("home", "/"),
    ("home, Spanish", "/es/"),
    ("guidance", "/when-to-call/"),
    ("guidance, Spanish", "/es/cuando-llamar-al-911/"),  # the demo translation's address
    ("finder answer", "/when-to-call/?q=someone+is+breaking+into+my+car"),
    ("standard page", "/about/"),
    ("news list", "/news/"),
    ("news post", NEWS_URL),
    ("speaker request form", "/request-a-speaker/"),
    ("event list", "/events/"),
    ("event", "/events/open-house/"),
    ("search results", "/search/?q=911"),
    ("404", "/no-such-page/"),
]
TARGET_RATIO = 0.9
TARGET_PROXY_RATIO = 0.5  # the home page through Varnish / nginx serving a static copy of it
# BENCH_ONLY=proxy: only the two proxy rows (one database, no growth), for a busy machine.
ONLY_PROXY = os.environ.get("BENCH_ONLY", "") == "proxy"
TARGET_UNCACHED_RPS = 170
# The uncached Spanish home page's time per request / the English one's (issue 16).
TARGET_LANGUAGE_RATIO = 1.2
TARGET_KIB = 30


def build(env, grow=False):
    fresh_database(env["DATABASE_URL"])
    run([PYTHON, "manage.py", "migrate", "--noinput"], env=env)
    run([PYTHON, "manage.py", "load_demo_content"], env=env)
    if grow:
        run([PYTHON, "bench/grow.py", "--posts", "1000", "--situations", "500"], env=env, timeout=1800)


def proxy_rows(port):
    """The home page through Varnish (deploy/varnish/default.vcl) in front of gunicorn on `port`, next to
    nginx serving a static copy of the same page (and its gzip copy): taking turns, best of ROUNDS."""
    _, _, home = fetch(f"http://127.0.0.1:{port}", "/")
    varnish, varnish_port, varnish_dir = start_varnish(port)
    nginx = nginx_dir = None
    try:
        nginx, nginx_port, nginx_dir = start_static_nginx(home)
        through_varnish = f"http://127.0.0.1:{varnish_port}"
        fetch(through_varnish, "/", {"Accept-Encoding": "gzip"})  # into the proxy
        runs = [
            ("home, static copy (nginx)", f"http://127.0.0.1:{nginx_port}", "/"),
            ("home, through Varnish", through_varnish, "/"),
        ]
        best = best_of_rounds(runs)
    finally:
        stop(varnish)
        if nginx is not None:
            stop(nginx)
        for work in (varnish_dir, nginx_dir):
            if work is not None:
                shutil.rmtree(work, ignore_errors=True)
    return [(label, path, *best[label]) for label, _, path in runs]


def main_proxy_only():
    port = free_port()
    env = site_env(port)
    empty_redis()
    build(env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--clear"], env=env)
    process = start(env, port)
    try:
        wait_until_up(f"http://127.0.0.1:{port}", process)
        rows = proxy_rows(port)
    finally:
        stop(process)
    report_table(rows)
    report_proxy(rows)


def main():
    ensure_wrk()
    if ONLY_PROXY:
        return main_proxy_only()
    port, grown_port = free_port(), free_port()
    base, grown_base = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{grown_port}"
    env = site_env(port)
    grown_env = site_env(grown_port, GROWN_DATABASE_URL, "site911-bench-grown")
    empty_redis()
    build(env)
    build(grown_env, grow=True)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--clear"], env=env)

    process = start(env, port)
    grown_process = None
    try:
        wait_until_up(base, process)
        grown_process = start(grown_env, grown_port)
        wait_until_up(grown_base, grown_process)
        _, _, home = fetch(base, "/")
        css = next(u for u in parse(home).urls if u.endswith(".css"))
        for path in ["/", "/es/", NEWS_URL]:  # fill the cache
            fetch(base, path, {"Accept-Encoding": "gzip"})
        # Uncached last: requests still queued when wrk stops would slow down the next run.
        runs = [
            ("static CSS (WhiteNoise)", css),
            ("home, cached", "/"),
            ("home es, cached", "/es/"),
            ("news post, cached", NEWS_URL),
        ]
        best = best_of_rounds([(label, base, path) for label, path in runs])
        proxy = proxy_rows(port)
        best["home, uncached"] = wrk(base, "/?bench=uncached")
        best["home es, uncached"] = wrk(base, "/es/?bench=uncached")
        results = [(label, path, *best[label]) for label, path in runs] + proxy
        results.append(("home, uncached", "/?bench=uncached", *best["home, uncached"]))
        results.append(("home es, uncached", "/es/?bench=uncached", *best["home es, uncached"]))
        growth_runs = []
        for label, small_path, grown_path, _ in GROWTH:
            growth_runs += [((label, "small"), base, small_path), ((label, "grown"), grown_base, grown_path)]
        growth = best_of_rounds(growth_runs)
        sitemap_ms = {size: render_times_ms(b, GROWTH[-1][2]) for size, b in (("small", base), ("grown", grown_base))}
        sizes = page_sizes(base, PAGE_TYPES)
    finally:
        stop(process)
        if grown_process is not None:
            stop(grown_process)
    explain = subprocess.run(
        [PYTHON, "bench/grow.py", "--explain"], cwd=ROOT, env=grown_env, capture_output=True, text=True, check=True
    ).stdout
    report(results, sizes)
    report_growth(growth, sitemap_ms, explain)


def report_table(results):
    cpus = os.cpu_count()
    print()
    load = os.getloadavg()[0]
    print(
        f"site911 benchmark, {date.today().isoformat()}, {cpus} CPUs (load average {load:.1f} at the end), "
        f"gunicorn -w {WORKERS} (Procfile), wrk -t{THREADS} -c{CONNECTIONS} -d{DURATION}, "
        f"best of {ROUNDS} for cached/static"
    )
    print()
    url_width = max(len(path) for _, path, *_ in results)
    print(f"| {'what':<25} | {'URL':<{url_width}} | {'req/s':>8} | {'p50':>8} | {'p99':>8} | notes")
    print(f"|{'-' * 27}|{'-' * (url_width + 2)}|{'-' * 10}|{'-' * 10}|{'-' * 10}|------")
    for label, path, rps, p50, p99, notes in results:
        print(f"| {label:<25} | {path:<{url_width}} | {rps:>8.0f} | {p50:>8} | {p99:>8} | {notes}")


def report_proxy(results):
    rps = {label: r for label, _, r, *_ in results}
    ratio = rps["home, through Varnish"] / rps["home, static copy (nginx)"]
    met = "met" if ratio >= TARGET_PROXY_RATIO else "MISSED"
    print()
    print(f"home through Varnish / static copy (nginx): {ratio:.2f}  (target >= {TARGET_PROXY_RATIO}: {met})")


def report(results, sizes):
    report_table(results)
    report_proxy(results)
    rps = {label: r for label, _, r, *_ in results}
    static = rps["static CSS (WhiteNoise)"]
    cached = rps["home, cached"]
    uncached = rps["home, uncached"]
    ratio = cached / static
    print()
    met_ratio = "met" if ratio >= TARGET_RATIO else "MISSED"
    met_uncached = "met" if uncached >= TARGET_UNCACHED_RPS else "MISSED"
    print(f"cached home / static file: {ratio:.2f}  (target >= {TARGET_RATIO}: {met_ratio})")
    print(f"uncached home: {uncached:.0f} req/s  (target >= {TARGET_UNCACHED_RPS}: {met_uncached})")
    language_ratio = uncached / rps["home es, uncached"]  # time per request, Spanish / English
    met_language = "met" if language_ratio <= TARGET_LANGUAGE_RATIO else "MISSED"
    target = f"target <= {TARGET_LANGUAGE_RATIO}: {met_language}"
    print(f"uncached home es/en (time per request): {language_ratio:.2f}  ({target})")
    print()
    url_width = max(len(path) for _, path, *_ in sizes)
    print(f"| {'page type':<20} | {'URL':<{url_width}} | status | HTML+CSS+JS gzip")
    print(f"|{'-' * 22}|{'-' * (url_width + 2)}|--------|-----------------")
    for label, path, status, kib in sizes:
        flag = "" if kib <= TARGET_KIB else f"  OVER {TARGET_KIB} KiB"
        print(f"| {label:<20} | {path:<{url_width}} | {status:>6} | {kib:6.1f} KiB{flag}")


def report_growth(growth, sitemap_ms, explain):
    print()
    print(
        f"growth: the demo content (3 news posts, 46 situations) and the same plus 1,000 posts and 500 situations, "
        f"uncached, best of {ROUNDS} (load average {os.getloadavg()[0]:.1f})"
    )
    print()
    header = f"| {'page':<20} | {'small req/s':>11} | {'grown req/s':>11} | {'grown p50':>9} | time grown / small"
    print(header + " | target")
    print(f"|{'-' * 22}|{'-' * 13}|{'-' * 13}|{'-' * 11}|{'-' * 20}|-------")
    for label, _, _, target in GROWTH:
        small, grown = growth[(label, "small")], growth[(label, "grown")]
        ratio = small[0] / grown[0]
        verdict = "" if target is None else f"<= {target}: {'met' if ratio <= target else 'MISSED'}"
        print(f"| {label:<20} | {small[0]:>11.0f} | {grown[0]:>11.0f} | {grown[1]:>9} | {ratio:>17.2f}x | {verdict}")
    print()
    for size, (fastest, median) in sitemap_ms.items():
        verdict = "" if size == "small" else f"  (target < {TARGET_SITEMAP_MS} ms: "
        verdict += "" if size == "small" else ("met)" if median < TARGET_SITEMAP_MS else "MISSED)")
        print(f"sitemap.xml cold render, {size}: median {median:.0f} ms, fastest {fastest:.0f} ms{verdict}")
    print()
    print(explain.rstrip())


def interrupted(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, interrupted)
    try:
        main()
    except KeyboardInterrupt:
        log("interrupted; gunicorn stopped")
        sys.exit(130)
