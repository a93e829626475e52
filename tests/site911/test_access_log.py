"""The Procfile's web process (gunicorn) logs requests without their query strings or Referer.

A speaker's confirmation link, a search or a situation-finder query is what a resident typed.
"""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.helpers import free_port

ROOT = Path(__file__).resolve().parents[2]


def procfile_line(name):
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{name}:"):
            return line.split(":", 1)[1].strip()
    raise AssertionError(f"no {name}: line in the Procfile")


def test_the_web_process_access_log_leaves_out_query_strings_and_the_referer(tmp_path):
    port = free_port()
    # The Procfile's own command, bound to this machine only, serving a static file (no database needed).
    command = procfile_line("web").replace("0.0.0.0", "127.0.0.1")  # noqa: S104
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "DJANGO_SETTINGS_MODULE": "site911.settings.test",
    }
    log = tmp_path / "web.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(  # noqa: S602 - the Procfile line is a shell command
            command, shell=True, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        url = f"http://127.0.0.1:{port}/static/css/site.css?confirmation=SECRET-TOKEN&q=Maria+Private"
        request = urllib.request.Request(
            url, headers={"Referer": f"http://127.0.0.1:{port}/search/?q=Zelda+Quimby+overdose"}
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310
                    request_id = response.headers["X-Request-ID"]
                    break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
        time.sleep(0.5)  # the access line is written after the response
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(20)
    written = log.read_text()
    access = [line for line in written.splitlines() if "/static/css/site.css" in line]
    assert access, written
    assert re.search(r'"GET /static/css/site\.css HTTP/1\.1" 200 ', access[-1]), access[-1]
    assert f"request_id={request_id}" in access[-1]
    for secret in ("SECRET-TOKEN", "Maria", "Zelda", "overdose", "confirmation="):
        assert secret not in written
