"""Redis breaks (paused, killed, full, read-only, restored from an old snapshot): residents still get
every page, editors' saves are kept, and no page shows content older than the last save.

Each test starts its own redis-server (tests/faults/redis_support.py) and points the site's cache at
it. The two tests that need other processes (gunicorn workers) run when the test database can be
shared with them: PostgreSQL, or the SQLite file the test settings use when REDIS_URL is set.
"""

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from site911.alerts import SiteAlert
from site911.caching import redis_backend as fail_open
from tests.faults.redis_support import RedisServer, site_cache_on
from tests.helpers import database_url, free_port, load_demo_content, stop_process_group, tel_links, text

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES = ["/", "/when-to-call/", "/about/", "/news/"]
OUTAGE = "911 is down in parts of the city. Call (612) 673-3000."


@pytest.fixture
def redis_server(tmp_path):
    if shutil.which("redis-server") is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("redis-server is missing in CI (.ci/run installs it)")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    server = RedisServer(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def site_on(redis_server):
    with site_cache_on(redis_server) as cache:
        yield cache


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.test", "a-long-password-1")


def every_page_answers(client):
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "tel:911" in tel_links(response), url


def post_alert_in_the_admin(client, editor):
    """What an editor does: Site alerts → Add site alert → Save. Returns the admin's response."""
    client.force_login(editor)
    url = reverse(SiteAlert.snippet_viewset.get_url_name("add"))
    response = client.post(url, {"message": OUTAGE, "level": SiteAlert.OUTAGE, "is_active": "on"})
    client.logout()
    client.cookies.clear()
    return response


def shows_the_alert(client, url="/"):
    return OUTAGE in text(client.get(url))


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url


# -- one process (the test client) ---------------------------------------------------------------


@pytest.mark.django_db
def test_full_redis_pages_still_served_and_an_outage_alert_is_saved(client, demo_site, site_on, redis_server, editor):
    """Redis is out of memory (noeviction): residents get every page and editors can post an alert.

    Before: every write failed with OutOfMemoryError, pages answered 500 and the alert save was rolled back.
    """
    warm(client, "/")
    redis_server.fill()
    every_page_answers(client)
    response = post_alert_in_the_admin(client, editor)
    assert response.status_code == 302, "the editor's save is accepted"
    assert SiteAlert.objects.filter(message=OUTAGE).exists(), "the alert is kept"
    for url in PAGES:
        assert shows_the_alert(client, url), url


@pytest.mark.django_db
def test_read_only_redis_pages_still_served_and_an_outage_alert_is_saved(
    client, demo_site, site_on, redis_server, editor
):
    """Redis became a read-only replica (a failover went wrong): pages are served and the alert is saved
    and shown, never the page cached before it."""
    warm(client, "/")
    redis_server.make_read_only()
    every_page_answers(client)
    assert post_alert_in_the_admin(client, editor).status_code == 302
    assert SiteAlert.objects.filter(message=OUTAGE).exists()
    for url in PAGES:
        assert shows_the_alert(client, url), url


@pytest.mark.django_db
def test_paused_redis_pages_served_and_a_page_made_private_stays_private(client, demo_site, site_on, redis_server):
    """Redis hangs (SIGSTOP): each request waits at most the short timeout, then the page is rendered.
    A page made private meanwhile is private at once, and stays private when Redis wakes up."""
    warm(client, "/about/", "/")
    redis_server.pause()
    try:
        every_page_answers(client)
        about = StandardPage.objects.get(slug="about")
        PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
        assert client.get("/about/").status_code == 302, "anonymous visitors are sent to sign in"
    finally:
        redis_server.resume()
    for _ in range(3):
        response = client.get("/about/")
        assert response.status_code == 302
        assert b"About Minneapolis 911" not in response.content


@pytest.mark.django_db
def test_killed_redis_pages_served_and_an_alert_posted_meanwhile_shows_when_it_is_back(
    client, demo_site, site_on, redis_server, editor
):
    """Redis is killed: pages come from the database; an alert posted meanwhile is kept and shown,
    before and after Redis comes back (empty)."""
    warm(client, "/", "/news/")
    redis_server.kill()
    every_page_answers(client)
    assert post_alert_in_the_admin(client, editor).status_code == 302
    assert shows_the_alert(client)
    redis_server.start()
    for url in PAGES:
        assert shows_the_alert(client, url), url
        assert shows_the_alert(client, url), url


@pytest.mark.django_db
def test_redis_restored_from_an_older_snapshot_does_not_bring_old_pages_back(
    client, demo_site, site_on, redis_server, editor
):
    """A Redis backup taken before an alert was posted is restored: pages still show the alert.

    Before: the snapshot's generation matched the snapshot's pages, which were served again (no alert).
    """
    warm(client, "/", "/about/")
    redis_server.snapshot()
    assert post_alert_in_the_admin(client, editor).status_code == 302
    assert shows_the_alert(client)
    redis_server.restart_from_snapshot()
    fail_open.reset()  # as RETRY_AFTER seconds later
    for url in ["/", "/about/", "/", "/about/"]:
        assert shows_the_alert(client, url), url


@pytest.mark.django_db
def test_a_late_notice_of_an_older_clear_does_not_bring_old_pages_back(client, demo_site, site_on, redis_server):
    """Two processes clear at once and their notices arrive in the wrong order: the page still shows
    the newer content. Before: this process went back to the older generation and served a page
    cached under it."""
    from site911.caching import generation

    client.get("/")
    older = generation.generation_now()
    warm(client, "/", "/about/")
    SiteAlert.objects.create(message=OUTAGE, level=SiteAlert.OUTAGE)
    assert shows_the_alert(client, "/")
    # The other process's notice (a Redis publish of its older generation) arrives late.
    redis_server.client().publish("site911-faults:1:page-cache:generation", older)
    for _ in range(3):
        assert shows_the_alert(client, "/about/")


# -- other processes (gunicorn workers) -----------------------------------------------------------


def get(base, path):
    """(status, body) without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(base + path, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.fixture
def gunicorn(request):
    """Start the site in two gunicorn workers (sync, as the Procfile) with the given REDIS_URL (or none)."""
    url = database_url()
    if url is None:
        pytest.skip("the test database is SQLite in memory: other processes cannot open it")
    load_demo_content()
    processes = []

    def start(redis_url):
        port = free_port()
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "site911.settings.test", "DATABASE_URL": url}
        env.pop("REDIS_URL", None)
        if redis_url:
            env["REDIS_URL"] = redis_url
        command = [sys.executable, "-m", "gunicorn", "site911.wsgi", "--bind", f"127.0.0.1:{port}"]
        command += ["--workers", "2", "--log-level", "warning"]
        process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "gunicorn exited"
            try:
                get(base, "/")
                return base
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start within a minute"
                time.sleep(0.2)

    yield start
    for process in processes:
        stop_process_group(process)


@pytest.mark.django_db(transaction=True)
def test_a_page_made_private_while_redis_paused_is_private_in_every_process(gunicorn, redis_server):
    """Redis hangs for a moment while an editor makes a page private: from the next request on, no
    process serves it publicly. Before: the other processes served their cached copy for minutes."""
    base = gunicorn(redis_server.url)
    for _ in range(12):  # both workers hold the page
        status, body = get(base, "/about/")
        assert status == 200
        assert "About Minneapolis 911" in body
    about = StandardPage.objects.get(slug="about")
    with site_cache_on(redis_server):
        redis_server.pause()
        try:
            PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
        finally:
            redis_server.resume()
    for _ in range(12):
        status, body = get(base, "/about/")
        assert status == 302, "sent to sign in, not shown the page"
        assert "About Minneapolis 911" not in body


@pytest.mark.django_db(transaction=True)
def test_without_redis_an_alert_reaches_every_process_at_once(gunicorn):
    """No REDIS_URL, two web processes (the Procfile's default): each keeps its own cache, and an alert
    saved through another process shows on the very next request to either.
    Before: each process kept its old pages until PAGE_CACHE_TIMEOUT (5 minutes)."""
    base = gunicorn(None)
    for _ in range(12):
        get(base, "/")
    SiteAlert.objects.create(message=OUTAGE, level=SiteAlert.OUTAGE)
    for _ in range(12):
        status, body = get(base, "/")
        assert status == 200
        assert OUTAGE in body
