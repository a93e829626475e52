"""Browser tests: Playwright driving Debian's Chromium against a live server of the demo site.

Tests that only read share one server and one demo site per module. A test that writes (a form it sends,
a row it creates, an admin edit) is marked `django_db(transaction=True)`: it gets pytest-django's live
server and its own demo site, and the database is flushed after it.
"""

import os
import shutil

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.live_server_helper import LiveServer

from tests.helpers import demo_site_present, load_demo_content

# Playwright's sync API runs an event loop in this thread; the ORM calls made by fixtures are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
# As root, and on a machine with no internet: no sandbox, no background calls home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def pytest_collection_modifyitems(items):
    for item in items:
        if "/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"Chromium not found at {CHROMIUM}: CI must run the browser tests (.ci/run installs it).")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def shared_live_site(django_db_setup, django_db_blocker):
    """One live server of the demo site for a module's read-only tests; returns its base URL.

    Set up before the test's transaction begins, so the demo site it builds (only if a transactional test
    flushed the database before) is committed: on PostgreSQL the server thread has its own connection.
    """
    with django_db_blocker.unblock():
        if not demo_site_present():
            load_demo_content()
        server = LiveServer(os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS") or "localhost")
    server._live_server_modified_settings.enable()  # ALLOWED_HOSTS, as pytest-django's live_server does
    yield server.url
    server._live_server_modified_settings.disable()
    server.stop()


def is_transactional(request):
    marker = request.node.get_closest_marker("django_db")
    return bool(marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])))


@pytest.fixture
def live_site(request, shared_live_site, db):
    """The demo site served over HTTP; returns its base URL.

    Read-only tests get the module's shared server, and a check (on SQLite, where the server thread shares
    this connection) that nothing was written. Tests marked `django_db(transaction=True)` get a server and
    a demo site of their own.
    """
    if is_transactional(request):
        live_server = request.getfixturevalue("live_server")
        if not demo_site_present():  # flushed after the transactional test before this one
            load_demo_content(english_only=True)
        live_server._live_server_modified_settings.enable()
        yield live_server.url
        live_server._live_server_modified_settings.disable()
        return
    with CaptureQueriesContext(connection) as queries:
        yield shared_live_site
    writes = [q["sql"] for q in queries if q["sql"].lstrip().split(" ", 1)[0].upper() in WRITES]
    assert not writes, "a read-only browser test wrote (mark it django_db(transaction=True)):\n" + "\n".join(writes)


@pytest.fixture
def page(browser, live_site):
    context = browser.new_context(base_url=live_site, java_script_enabled=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()
