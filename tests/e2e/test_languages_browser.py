"""In the browser: a resident switches the guidance page to Spanish and stays on the same page."""

import pytest

from home.models import GuidancePage
from tests.helpers import translate


@pytest.mark.django_db(transaction=True)  # writes: the Spanish pages
def test_switching_language_keeps_the_same_page(page, live_site):
    from wagtail.models import Site

    translate(Site.objects.get(is_default_site=True).root_page.specific, "es", title="Inicio")
    translate(GuidancePage.objects.get(slug="when-to-call"), "es", title="Cuándo llamar al 911")
    page.goto("/when-to-call/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/when-to-call/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Cuándo llamar al 911"
    current = page.locator(".language-switcher [aria-current='true']")
    assert current.inner_text() == "Español"
    # And back: English is one click away, on the same page.
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/when-to-call/")
    assert page.locator("html").get_attribute("lang") == "en"
