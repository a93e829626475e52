import os

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the demo site once per run; each test's transaction rolls its own changes back.

    pytest-django runs transactional tests (which flush the database) after all the others.
    """
    with django_db_blocker.unblock():
        load_demo_content()


def load_demo_content():
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def demo_site(db):
    """The whole demo site, as `make run` builds it."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:  # a transactional test before this one flushed the database
        load_demo_content()
        site = Site.objects.get(is_default_site=True)
    return site


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
