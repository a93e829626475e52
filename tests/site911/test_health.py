"""/healthz and /readyz, as a load balancer or Kubernetes probes them (site911/health.py).

An operator notices: /healthz answers while the database is down (no restart loop), /readyz says 503
and why when the database or Redis is down, neither is kept by a cache or proxy, a probe by the pod's
IP address is answered, and successful probes do not fill the access log.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.test import override_settings

from tests.faults.redis_support import RedisServer
from tests.helpers import free_port
from tests.production import PRODUCTION_ENV, clean_env

ROOT = Path(__file__).resolve().parents[2]


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "site911.caching.redis_backend.FailOpenRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "site911-health",
            "OPTIONS": {"SOCKET_TIMEOUT": 0.25},
        }
    }


@pytest.mark.django_db
def test_healthz_answers_without_the_database_and_nothing_keeps_it(client, django_assert_num_queries):
    with django_assert_num_queries(0):  # not even the page cache's generation
        responses = [client.get("/healthz") for _ in range(2)]
    for response in responses:
        assert response.status_code == 200
        assert response.content == b"ok\n"
        assert response["Cache-Control"] == "no-store"
        assert "X-Cache" not in response  # the page cache never saw it


@pytest.mark.django_db
def test_readyz_is_ready_with_the_database_and_redis_up(client):
    response = client.get("/readyz")
    assert (response.status_code, response.content) == (200, b"ready\n")
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_says_503_when_redis_is_down_and_ready_again_when_it_is_back(client, tmp_path):
    if not shutil.which("redis-server") and os.environ.get("CI", "").lower() != "true":
        pytest.skip("redis-server is not installed")
    server = RedisServer(tmp_path)
    try:
        with override_settings(REDIS_URL=server.url, CACHES=redis_cache(server.url)):
            assert client.get("/readyz").status_code == 200
            server.kill()
            down = client.get("/readyz")
            assert down.status_code == 503
            assert down.content == b"redis unreachable (ConnectionError)\n"
            assert down["Cache-Control"] == "no-store"
            assert client.get("/healthz").status_code == 200  # not restarted for it
            server.start()
            assert client.get("/readyz").status_code == 200
    finally:
        server.stop()


def get(port, path, host):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": host})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, response.read().decode(), response.headers.get("Cache-Control")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers.get("Cache-Control")


def test_production_web_process_with_the_database_and_redis_down(tmp_path):
    """The Procfile's web line under production settings, its database and Redis on ports nobody listens on."""
    port = free_port()
    procfile = dict(line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if ":" in line)
    command = procfile["web"].strip().replace("0.0.0.0", "127.0.0.1")  # noqa: S104
    env = {
        **clean_env(),
        **PRODUCTION_ENV,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "DJANGO_SETTINGS_MODULE": "site911.settings.production",
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/site911",
        "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0",
    }
    log = tmp_path / "web.log"
    with open(log, "wb") as out:
        web = subprocess.Popen(  # noqa: S602 - the Procfile line is a shell command
            command, shell=True, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    pod_ip = "10.1.2.3:8000"  # what a Kubernetes probe sends as Host; not in ALLOWED_HOSTS
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                healthz = get(port, "/healthz", pod_ip)
                break
            except OSError:
                assert web.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.3)
        assert healthz == (200, "ok\n", "no-store")  # plain HTTP, no redirect to HTTPS, no host check
        status, body, cache_control = get(port, "/readyz", pod_ip)
        assert (status, cache_control) == (503, "no-store")
        assert body == "database unreachable (OperationalError); redis unreachable (ConnectionError)\n"
        assert get(port, "/about/", pod_ip)[0] == 400  # every other path still refuses an unknown host
        time.sleep(0.5)  # the access line is written after the response
    finally:
        os.killpg(web.pid, signal.SIGTERM)
        web.wait(20)
    written = log.read_text()
    assert '"GET /readyz HTTP/1.1" 503' in written  # a failing probe is logged
    assert "/healthz" not in written  # successful ones are not
