"""The client address behind a real nginx (issue 13, item 3), configured with deploy/nginx/proxy-headers.conf.

Each "visitor" connects to nginx from its own loopback address (127.0.0.2, 127.0.0.3: Linux routes all
of 127/8 to lo), as visitors reach a real proxy from their own addresses. With NUM_PROXIES=1:
- an attacker's forged X-Forwarded-For does not escape the admin lockout or the speaker form's limit;
- one visitor's lockout or limit does not shut anyone else out.
"""

import signal
import socket
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest
from django.test import override_settings

from outreach.models import SpeakerRequest
from tests.helpers import Visitor, free_port, nginx_binary
from tests.outreach.support import requester_fields

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.usefixtures("clear_cache")  # no rate-limit counts left from other tests
PROXY_HEADERS = ROOT / "deploy" / "nginx" / "proxy-headers.conf"


CONFIG = """
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log {tmp}/access.log;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_pass http://{upstream};
            include {headers};
        }}
    }}
}}
"""


@pytest.fixture
def nginx(live_server, tmp_path):
    """nginx on a free 127.0.0.1 port in front of the live server; returns its port."""
    binary = nginx_binary()
    port = free_port()
    upstream = urllib.parse.urlsplit(live_server.url).netloc.replace("localhost", "127.0.0.1")
    config = tmp_path / "nginx.conf"
    config.write_text(CONFIG.format(tmp=tmp_path, port=port, upstream=upstream, headers=PROXY_HEADERS))
    process = subprocess.Popen(  # noqa: S603
        [binary, "-p", str(tmp_path), "-c", str(config), "-e", str(tmp_path / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"nginx did not start: {process.stderr.read().decode()}")
            time.sleep(0.1)
    yield port
    process.send_signal(signal.SIGQUIT)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@pytest.fixture
def chief(transactional_db, django_user_model):
    return django_user_model.objects.create_superuser("chief", "chief@example.test", "correct horse battery")


def signed_in(response):
    return response.status == 302 and response.getheader("Location", "").endswith("/admin/")


@override_settings(NUM_PROXIES=1, AXES_FAILURE_LIMIT=5)
def test_forged_addresses_do_not_escape_the_admin_lockout_and_it_shuts_out_only_the_attacker(chief, nginx):
    attacker = Visitor(nginx, "127.0.0.2")
    for n in range(4):
        response = attacker.sign_in("chief", f"guess {n}", forged=f"203.0.113.{n + 1}")
        assert response.status == 200 and not signed_in(response)  # the form again
    assert attacker.sign_in("chief", "guess 5", forged="203.0.113.5").status == 429  # the fifth locks
    locked = attacker.sign_in("chief", "correct horse battery", forged="203.0.113.99")
    assert locked.status == 429 and not signed_in(locked)
    assert "locked" in locked.text.lower()

    assert signed_in(Visitor(nginx, "127.0.0.3").sign_in("chief", "correct horse battery"))


@override_settings(NUM_PROXIES=1, OUTREACH_RATE_LIMIT="2/h")
def test_the_speaker_form_limit_counts_each_visitor_and_ignores_forged_addresses(nginx, speaker_page):
    def send(visitor, n, forged=None):
        data = {**visitor.form("/request-a-speaker/"), **requester_fields(n)}
        headers = {"X-Forwarded-For": forged} if forged else {}
        return visitor.request("POST", "/request-a-speaker/", data, headers).status

    resident = Visitor(nginx, "127.0.0.2")
    assert send(resident, 1) == 302
    assert send(resident, 2, forged="198.51.100.1") == 302
    assert send(resident, 3, forged="198.51.100.2") == 429
    assert send(Visitor(nginx, "127.0.0.3"), 4) == 302  # a neighbour is not limited
    assert SpeakerRequest.objects.count() == 3


@pytest.mark.parametrize(
    "num_proxies, remote_addr, warned",
    [(0, "127.0.0.1", True), (0, "10.0.0.5", True), (0, "93.184.216.34", False), (1, "127.0.0.1", False)],
)
def test_check_deploy_warns_when_requests_come_from_a_proxy_num_proxies_does_not_count(
    rf, settings, num_proxies, remote_addr, warned
):
    from django.core.checks import run_checks

    from site911.client_ip import ProxyAddressMiddleware

    settings.NUM_PROXIES = num_proxies
    ProxyAddressMiddleware(lambda request: None)(rf.get("/", REMOTE_ADDR=remote_addr))
    ids = [message.id for message in run_checks(include_deployment_checks=True)]
    assert ("site911.W002" in ids) is warned


def test_production_notices_the_proxy():
    from tests.production import PRODUCTION_ENV, run_production

    code = "import django; django.setup(); from django.conf import settings; print(settings.MIDDLEWARE[2])"
    result = run_production(PRODUCTION_ENV, code=code)
    assert result.stdout.split()[-1] == "site911.client_ip.ProxyAddressMiddleware"
