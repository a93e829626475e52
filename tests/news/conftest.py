"""The news tests' fixtures: the demo site built once per module, and its news index."""

import pytest
from django.db import transaction

from news.models import NewsIndexPage
from tests.helpers import demo_site_present, load_demo_content


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    """The demo site, built once for this module (if a transactional test flushed it) inside an outer
    transaction that is rolled back at the end.

    Each test still runs in its own savepoint inside it and is rolled back (as Django's TestCase.setUpTestData
    works), so tests stay independent without rebuilding the demo site for every one of them.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            if not demo_site_present():
                load_demo_content()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def news_index(demo_once, db):
    return NewsIndexPage.objects.get(slug="news")
