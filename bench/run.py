"""`make bench`: the production configuration under load, measured with wrk.

1. a fresh PostgreSQL database (BENCH_DATABASE_URL, default site911_bench on 127.0.0.1:5432) with
   the demo content, collectstatic, an empty Redis database (BENCH_REDIS_URL, default db 4);
2. gunicorn with 2 workers and site911.settings.production on plain HTTP loopback, as behind a
   TLS-terminating proxy (TRUST_X_FORWARDED_PROTO=1; requests carry X-Forwarded-Proto: https);
3. wrk from a second process (-t2 -c16 -d10s per URL) on: the home page uncached, the home page
   cached, a news post cached, and the stylesheet served by WhiteNoise from the same gunicorn;
4. a table of requests/s, p50, p99, the ratio cached page / static file, and each page type's
   HTML+CSS+JS size gzip-compressed.

"Uncached" requests the home page with a query parameter the page cache does not allow
(`/?bench=uncached`): the middleware bypasses the cache and Wagtail renders the page in full, as it
would for every visitor without the cache; the query string changes nothing else.

It stops gunicorn (its whole process group) on success, error or Ctrl-C.
"""

import gzip
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
HOST = "localhost"  # in ALLOWED_HOSTS below
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
THREADS = os.environ.get("BENCH_THREADS", "2")
WORKERS = os.environ.get("BENCH_WORKERS", "2")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/site911_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
# A news post of the demo content.
NEWS_URL = os.environ.get("BENCH_NEWS_URL", "/news/staff-honored-at-awards-ceremony/")
HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
# One URL per page type for the size column.
PAGE_TYPES = [
    ("home", "/"),
    ("guidance", "/when-to-call/"),
    ("finder answer", "/when-to-call/?q=someone+is+breaking+into+my+car"),
    ("standard page", "/about/"),
    ("news list", "/news/"),
    ("news post", NEWS_URL),
    ("speaker request form", "/request-a-speaker/"),
    ("search results", "/search/?q=911"),
    ("404", "/no-such-page/"),
]
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
TARGET_RATIO = 0.9
TARGET_UNCACHED_RPS = 170
TARGET_KIB = 30


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(cmd, env=None, timeout=300):
    log(" ".join(str(c) for c in cmd))
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, timeout=timeout, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("wrk is missing: installing the Debian package")
    run(["apt-get", "update", "-qq"])
    run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def fresh_database():
    url = urlparse(DATABASE_URL)
    name = url.path.lstrip("/")
    args = ["-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or "postgres"]
    run(["dropdb", "--if-exists", *args, name])
    run(["createdb", *args, name])


def empty_redis():
    import redis

    redis.Redis.from_url(REDIS_URL, socket_timeout=2).flushdb()


def site_env(port):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PAGE_CACHE", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="site911.settings.production",
        SECRET_KEY="bench-" + "x" * 50,
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="site911-bench",
        DEFAULT_FROM_EMAIL="bench@example.com",
        WAGTAILADMIN_BASE_URL="https://localhost",
        TRUST_X_FORWARDED_PROTO="1",
        LOG_LEVEL="WARNING",
        PORT=str(port),
        WEB_CONCURRENCY=WORKERS,
    )
    return env


def procfile_web_command(port):
    """The Procfile's `web` line, bound to loopback, without the per-request access log."""
    line = next(line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    command = line.split(":", 1)[1].strip()
    command = command.replace("0.0.0.0:${PORT:-8000}", f"127.0.0.1:{port}")  # noqa: S104
    command = command.replace("--config deploy/gunicorn.conf.py", "")  # its only setting is the access log
    command = command.replace("${WEB_CONCURRENCY:-2}", WORKERS)
    command = re.sub(r"\$\{(\w+):-([^}]*)\}", lambda m: os.environ.get(m.group(1), m.group(2)), command)
    return command.replace("gunicorn ", f"{GUNICORN} ", 1)


def fetch(base, path, extra_headers=None):
    request = urllib.request.Request(
        base + path, headers={**HEADERS, "Accept-Encoding": "identity", **(extra_headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wait_until_up(base, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            status, _, _ = fetch(base, "/")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within a minute")


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and "stylesheet" in (attrs.get("rel") or "") and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


def parse(html):
    parser = Assets()
    parser.feed(html.decode("utf-8", "replace"))
    return parser


def wrk(base, path):
    headers = [arg for name, value in HEADERS.items() for arg in ("-H", f"{name}: {value}")]
    cmd = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{DURATION}",
        "--latency",
        "--timeout",
        "5s",
        *headers,
        base + path,
    ]
    log(f"wrk {path}")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=120).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    notes = []
    if errors:
        notes.append(f"{errors.group(1)} non-2xx")
    if socket_errors:
        notes.append(f"socket errors: {socket_errors.group(1).strip()}")
    return rps, percentiles.get("50", "?"), percentiles.get("99", "?"), ", ".join(notes)


def compressed_kib(data):
    return len(gzip.compress(data, compresslevel=6)) / 1024


def page_sizes(base, pages):
    rows = []
    for label, path in pages:
        status, _, html = fetch(base, path)
        total = compressed_kib(html)
        for asset in parse(html).urls:
            if asset.startswith("/"):
                total += compressed_kib(fetch(base, asset)[2])
        rows.append((label, path, status, total))
    return rows


def main():
    ensure_wrk()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = site_env(port)
    fresh_database()
    empty_redis()
    run([PYTHON, "manage.py", "migrate", "--noinput"], env=env)
    run([PYTHON, "manage.py", "load_demo_content"], env=env)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "--clear"], env=env)

    command = procfile_web_command(port)
    log(command)
    process = subprocess.Popen(command, shell=True, cwd=ROOT, env=env, start_new_session=True)  # noqa: S602
    try:
        wait_until_up(base, process)
        _, _, home = fetch(base, "/")
        css = next(u for u in parse(home).urls if u.endswith(".css"))
        for path in ["/", NEWS_URL]:  # fill the cache
            fetch(base, path, {"Accept-Encoding": "gzip"})
        # Uncached last: requests still queued when wrk stops would slow down the next run.
        runs = [
            ("static CSS (WhiteNoise)", css),
            ("home, cached", "/"),
            ("news post, cached", NEWS_URL),
            ("home, uncached", "/?bench=uncached"),
        ]
        # The machine is shared: run the three fast ones ROUNDS times, interleaved, and keep each
        # one's best run (other load only ever lowers a figure). The uncached run once.
        best = {}
        for round_ in range(ROUNDS if ROUNDS > 0 else 1):
            for label, path in runs if round_ == 0 else runs[:-1]:
                result = wrk(base, path)
                if label not in best or result[0] > best[label][0]:
                    best[label] = result
                time.sleep(2)  # let the server drain
        results = [(label, path, *best[label]) for label, path in runs]
        sizes = page_sizes(base, PAGE_TYPES)
    finally:
        stop(process)
    report(results, sizes)


def stop(process):
    if process.poll() is not None:
        return
    log("stopping gunicorn")
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


def report(results, sizes):
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
    print(f"| {'what':<24} | {'URL':<{url_width}} | {'req/s':>8} | {'p50':>8} | {'p99':>8} | notes")
    print(f"|{'-' * 26}|{'-' * (url_width + 2)}|{'-' * 10}|{'-' * 10}|{'-' * 10}|------")
    for label, path, rps, p50, p99, notes in results:
        print(f"| {label:<24} | {path:<{url_width}} | {rps:>8.0f} | {p50:>8} | {p99:>8} | {notes}")
    rps = {label: r for label, _, r, *_ in results}
    static = next(r for label, r in rps.items() if label.startswith("static"))
    cached = rps["home, cached"]
    uncached = rps["home, uncached"]
    ratio = cached / static
    print()
    met_ratio = "met" if ratio >= TARGET_RATIO else "MISSED"
    met_uncached = "met" if uncached >= TARGET_UNCACHED_RPS else "MISSED"
    print(f"cached home / static file: {ratio:.2f}  (target >= {TARGET_RATIO}: {met_ratio})")
    print(f"uncached home: {uncached:.0f} req/s  (target >= {TARGET_UNCACHED_RPS}: {met_uncached})")
    print()
    url_width = max(len(path) for _, path, *_ in sizes)
    print(f"| {'page type':<20} | {'URL':<{url_width}} | status | HTML+CSS+JS gzip")
    print(f"|{'-' * 22}|{'-' * (url_width + 2)}|--------|-----------------")
    for label, path, status, kib in sizes:
        flag = "" if kib <= TARGET_KIB else f"  OVER {TARGET_KIB} KiB"
        print(f"| {label:<20} | {path:<{url_width}} | {status:>6} | {kib:6.1f} KiB{flag}")


def interrupted(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, interrupted)
    try:
        main()
    except KeyboardInterrupt:
        log("interrupted; gunicorn stopped")
        sys.exit(130)
