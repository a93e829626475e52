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
