"""Fixtures every part of the suite uses. Each app's own fixtures are in its folder's conftest.py;
plain helpers (imported by name) are in tests/helpers.py and tests/<app>/support.py."""

import pytest
from django.core.cache import cache
from wagtail.models import Site

from site911.languages import compile_catalogs
from tests.helpers import load_demo_content


def pytest_configure(config):
    # Django reads the compiled catalogs (.mo, not in git): without one, a language is not available.
    compile_catalogs()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per run; each test's transaction rolls its own changes back.

    pytest-django runs transactional tests (which flush the database) after all the others.
    """
    with django_db_blocker.unblock():
        load_demo_content()


@pytest.fixture
def demo_site(db):
    """The whole demo site, as `make run` builds it."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:  # a transactional test before this one flushed the database
        load_demo_content(english_only=True)
        site = Site.objects.get(is_default_site=True)
    return site


@pytest.fixture
def clear_cache():
    """Rate-limit counters live in the cache: the test starts with none (tests/outreach and tests/faults
    use it for every test; other modules that post forms ask for it with `pytest.mark.usefixtures`)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def speaker_page(demo_site):
    from outreach.models import SpeakerRequestPage

    return SpeakerRequestPage.objects.get(slug="request-a-speaker")


@pytest.fixture(autouse=True)
def fresh_page_cache(request):
    """Every test that uses the database starts with an empty page cache and memo (tests share one
    process and, in CI, one Redis): a new generation, rolled back with the test's other changes."""
    from site911.caching import generation

    if request.node.get_closest_marker("django_db") or "_django_db_helper" in request.fixturenames:
        request.getfixturevalue("_django_db_helper")  # pytest-django's database access, `db` or transactional
        generation.clear("test start")


@pytest.fixture
def assert_page_queries(client, settings, django_assert_max_num_queries):
    """`assert_page_queries(url, max_queries)`: render `url` (page cache off) in at most that many queries.

    Returns the count of the second of two renders: what every later visitor costs.

    Use it twice around adding many items (situations, news posts, menu pages) to show the count does
    not grow: e.g. the news list and a news post with 100 posts.
    """
    settings.PAGE_CACHE_ENABLED = False

    def check(url, max_queries):
        client.get(url)  # warm the process-wide caches (content types, Wagtail's site root paths)
        with django_assert_max_num_queries(max_queries) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        return len(captured)

    return check
