"""Varnish in front (deploy/varnish/default.vcl) with purge on change (site911/caching/proxy.py), issue 17.

A real varnishd in front of a real gunicorn serving the demo site from the test database; editors'
changes are made in this process, which bans the proxy after they commit. Visitors go through the proxy.
Runs in the PostgreSQL pass (gunicorn and this process share the database; SQLite's single file and its
write locks are not what production shares). Varnish is installed by .ci/run; without it, skipped locally
and failed in CI.
"""

import datetime
import logging
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from site911.alerts import SiteAlert
from site911.caching import proxy
from tests.helpers import Visitor, database_url, free_port, load_demo_content, stop_process_group
from tests.news.support import make_post
from tests.outreach.support import requester_fields

ROOT = Path(__file__).resolve().parents[2]
VCL = ROOT / "deploy" / "varnish" / "default.vcl"
ALERT_HTML = '<div class="site-alert'
SECONDS_TO_REACH_VISITORS = 5


def varnishd_binary():
    found = shutil.which("varnishd") or ("/usr/sbin/varnishd" if os.path.exists("/usr/sbin/varnishd") else None)
    if found is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("varnishd is missing: .ci/run installs it (apt-get install varnish)")
        pytest.skip("Varnish is not installed (apt-get install varnish)")
    return found


def vcl_for(tmp, backend_port):
    """deploy/varnish/default.vcl with the test's gunicorn as its backend."""
    text = VCL.read_text()
    assert '.port = "8000";' in text
    path = tmp / "default.vcl"
    path.write_text(text.replace('.port = "8000";', f'.port = "{backend_port}";'))
    return path


def test_the_shipped_vcl_compiles(tmp_path):
    result = subprocess.run(  # noqa: S603
        [varnishd_binary(), "-j", "none", "-n", str(tmp_path / "n"), "-C", "-f", str(VCL)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_an_editors_save_with_the_proxy_down_succeeds_and_logs_a_warning(
    db, settings, caplog, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{free_port()}",
        }
    }
    caplog.set_level(logging.WARNING, logger="site911.page_cache")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:  # the commit, as in the admin
        alert = SiteAlert.objects.create(message="Text-to-911 is down.", level=SiteAlert.OUTAGE)  # no exception
    assert callbacks
    proxy.wait_idle()
    assert SiteAlert.objects.filter(pk=alert.pk).exists()
    assert any("not emptied" in record.getMessage() for record in caplog.records)


class RecordingCDN(BaseBackend):
    """A CDN backend (as Cloudflare's or CloudFront's in WAGTAILFRONTENDCACHE) that records what it is sent."""

    purged = []

    def purge_batch(self, urls):
        RecordingCDN.purged.append(list(urls))


def test_a_cdn_without_bans_is_sent_every_live_page(demo_site, settings):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": "tests.site911.test_varnish.RecordingCDN"}}
    RecordingCDN.purged.clear()
    assert proxy.ban_everything("test")
    (urls,) = RecordingCDN.purged
    paths = {urllib.parse.urlsplit(url).path for url in urls}
    assert {"/", "/news/", "/about/", "/request-a-speaker/"} <= paths


# --- the whole stack: varnishd -> gunicorn -> the test database ---------------------------------------


def wait_for(port, process, what):
    deadline = time.monotonic() + 60
    while True:
        assert process.poll() is None, f"{what} exited"
        try:
            Visitor(port, "127.0.0.1").request("GET", "/robots.txt")
            return
        except OSError:
            assert time.monotonic() < deadline, f"{what} did not start within a minute"
            time.sleep(0.2)


class Stack:
    def __init__(self, port, access_log):
        self.port, self.access_log = port, access_log
        self.log_start = 0  # where the current test's requests begin in the access log

    def get(self, path, headers=None, address="127.0.0.1"):
        return Visitor(self.port, address).request("GET", path, headers=headers)

    def backend_hits(self, request_line):
        """Requests gunicorn answered whose request line starts with `request_line` (its access log)."""
        time.sleep(0.3)  # gunicorn logs a request just after sending its response
        return self.access_log.read_text()[self.log_start :].count(f'"{request_line}')

    def ban_all(self):
        assert self.get("/", {}).status in (200, 404)
        assert Visitor(self.port, "127.0.0.1").request("BAN", "/").status == 200


@pytest.fixture(scope="module")
def stack(django_db_setup, django_db_blocker, tmp_path_factory):
    """gunicorn (2 workers) serving the test database, and varnishd in front of it; yields a Stack."""
    binary = varnishd_binary()
    with django_db_blocker.unblock():
        if connection.vendor != "postgresql":
            pytest.skip("needs PostgreSQL: gunicorn and this process share the database (the PostgreSQL pass)")
        url = database_url()
    tmp = tmp_path_factory.mktemp("varnish")
    app_port, proxy_port = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "site911.settings.test",
        "DATABASE_URL": url,
        "PAGE_CACHE_MAX_AGE": "3600",  # the proxy's TTL: only a ban can make a change show within 5 s
        "PAGE_CACHE_TIMEOUT": "3600",
        "OUTREACH_MIN_SECONDS": "0",
    }
    env.pop("REDIS_URL", None)  # each process's own memory: the generation in the database is what is shared
    access_log = tmp / "access.log"
    access_log.touch()
    command = [sys.executable, "-m", "gunicorn", "site911.wsgi", "--bind", f"127.0.0.1:{app_port}"]
    command += ["--workers", "2", "--access-logfile", str(access_log), "--log-level", "warning"]
    app = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
    varnish = None
    try:
        wait_for(app_port, app, "gunicorn")
        vcl = vcl_for(tmp, app_port)
        command = [binary, "-F", "-j", "none", "-n", str(tmp / "n"), "-a", f"127.0.0.1:{proxy_port}"]
        command += ["-f", str(vcl), "-s", "malloc,64m", "-T", "none"]
        varnish = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)  # noqa: S603
        wait_for(proxy_port, varnish, "varnishd")
        yield Stack(proxy_port, access_log)
    finally:
        if varnish is not None:
            stop_process_group(varnish)
        stop_process_group(app)


@pytest.fixture
def site(stack, transactional_db, settings):
    """The demo site, fresh in the database; the proxy empty; this process bans it after each change."""
    load_demo_content()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{stack.port}",
        }
    }
    stack.ban_all()
    time.sleep(0.3)
    stack.log_start = len(stack.access_log.read_text())
    return stack


def test_a_public_page_is_served_by_the_proxy_from_the_second_request(site):
    first = site.get("/about/", {"Accept-Encoding": "gzip"})
    assert first.status == 200 and "public" in first.getheader("Cache-Control")
    second = site.get("/about/", {"Accept-Encoding": "gzip"})
    assert second.status == 200
    assert second.getheader("X-Proxy-Cache") == "HIT"
    assert len(second.getheader("X-Varnish").split()) == 2  # this request's ID and the stored object's
    assert second.getheader("Content-Encoding") == "gzip" and "Accept-Encoding" in second.getheader("Vary")
    plain = site.get("/about/", {"Accept-Encoding": "identity"})  # still readable without gzip
    assert plain.status == 200 and "<h1>About Minneapolis 911</h1>" in plain.text
    # An analytics cookie is dropped: this visitor shares the same entry.
    assert site.get("/about/", {"Cookie": "_ga=GA1.1.123"}).getheader("X-Proxy-Cache") == "HIT"
    assert site.backend_hits("GET /about/ ") == 1


def test_the_admin_forms_signed_in_visitors_and_the_confirmation_are_not_cached(site):
    for _ in range(2):
        assert site.get("/admin/login/").getheader("X-Proxy-Cache") != "HIT"
        assert site.get("/about/", {"Cookie": "sessionid=abc"}).getheader("X-Proxy-Cache") != "HIT"
    assert site.backend_hits("GET /admin/login/ ") == 2
    assert site.backend_hits("GET /about/ ") == 2  # both with the session cookie

    resident = Visitor(site.port, "127.0.0.2")
    for n in (1, 2):
        data = {**resident.form("/request-a-speaker/"), **requester_fields(n)}
        sent = resident.request("POST", "/request-a-speaker/", data)
        assert sent.status == 302, sent.text[:500]
        confirmation = sent.getheader("Location")
        for _ in range(2):
            shown = Visitor(site.port, "127.0.0.3").request("GET", confirmation)  # no cookie
            assert shown.status == 200 and shown.getheader("X-Proxy-Cache") != "HIT"
            assert f"requester{n}@example.org" in shown.text  # each requester's own confirmation
    assert site.backend_hits("POST /request-a-speaker/ ") == 2
    assert site.backend_hits("GET /request-a-speaker/ ") == 2  # the form, shown with a CSRF cookie
    assert site.backend_hits("GET /request-a-speaker/?confirmation=") == 4


def test_purge_and_ban_from_another_address_are_refused(site):
    assert site.get("/about/").status == 200
    for method in ("PURGE", "BAN"):
        assert Visitor(site.port, "127.0.0.2").request(method, "/about/").status == 403
        # Through another proxy on this host (nginx in front adds X-Forwarded-For): refused as well.
        forwarded = Visitor(site.port, "127.0.0.1").request(
            method, "/about/", headers={"X-Forwarded-For": "203.0.113.9"}
        )
        assert forwarded.status == 403
    assert site.get("/about/").getheader("X-Proxy-Cache") == "HIT"
    # From the app's address, PURGE empties that one page.
    assert Visitor(site.port, "127.0.0.1").request("PURGE", "/about/").status == 200
    assert site.get("/about/").getheader("X-Proxy-Cache") == "MISS"


def shows_within(site, path, predicate):
    """Seconds until a visitor through the proxy sees `predicate(html)` on `path`; fails after 5 s."""
    started = time.monotonic()
    while True:
        response = site.get(path)
        if response.status == 200 and predicate(response.text):
            return time.monotonic() - started
        assert time.monotonic() - started < SECONDS_TO_REACH_VISITORS, f"{path}: not seen within 5 s"
        time.sleep(0.1)


def test_an_alert_and_a_news_post_reach_visitors_through_the_proxy_within_5_seconds(site):
    for path in ("/", "/about/", "/news/"):
        site.get(path)
        cached = site.get(path)
        assert cached.getheader("X-Proxy-Cache") == "HIT" and "max-age=3600" in cached.getheader("Cache-Control")
        assert ALERT_HTML not in cached.text

    alert = SiteAlert.objects.create(message="911 is down in parts of the city.", level=SiteAlert.OUTAGE)
    seconds = shows_within(site, "/", lambda html: "911 is down in parts of the city." in html)
    logging.getLogger(__name__).warning("the alert reached a visitor through the proxy in %.2f s", seconds)
    shows_within(site, "/about/", lambda html: "911 is down in parts of the city." in html)

    alert.ends_at = timezone.now() - datetime.timedelta(seconds=1)
    alert.save()
    shows_within(site, "/about/", lambda html: ALERT_HTML not in html)

    alert.ends_at = None
    alert.save()
    shows_within(site, "/about/", lambda html: ALERT_HTML in html)
    alert.delete()
    shows_within(site, "/about/", lambda html: ALERT_HTML not in html)

    from news.models import NewsIndexPage

    post = make_post(
        NewsIndexPage.objects.get(), "Tornado sirens tested on Wednesday", timezone.localdate(), live=False
    )
    post.save_revision().publish()
    for path in ("/news/", "/"):
        shows_within(site, path, lambda html: "Tornado sirens tested on Wednesday" in html)
