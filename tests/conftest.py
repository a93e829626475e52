import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture
def demo_site(db):
    """The whole demo site, as `make run` builds it."""
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return Site.objects.get(is_default_site=True)
