"""Measuring for `make bench`: wrk on one URL or on several taking turns (keeping each one's best run),
single requests' times, and what a page weighs with its CSS and JS, gzip-compressed."""

import gzip
import os
import re
import subprocess
import time
from html.parser import HTMLParser

from bench.servers import HEADERS, fetch, log

DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "16")
THREADS = os.environ.get("BENCH_THREADS", "2")
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))


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


def best_of_rounds(runs):
    """wrk on each (key, base, path) ROUNDS times, taking turns, keeping each one's best run.

    The machine is shared: other load only ever lowers a figure.
    """
    best = {}
    for _ in range(max(ROUNDS, 1)):
        for key, base, path in runs:
            result = wrk(base, path)
            if key not in best or result[0] > best[key][0]:
                best[key] = result
            time.sleep(2)  # let the server drain
    return best


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


def render_times_ms(base, path, count=15):
    """Single requests one after another: each a full render (the path bypasses the page cache)."""
    times = []
    for _ in range(count):
        started = time.perf_counter()
        status, _, _ = fetch(base, path)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise RuntimeError(f"{path}: status {status}")
    times.sort()
    return times[0], times[len(times) // 2]
