"""In the browser: a resident switches the guidance page to Spanish and stays on the same page."""

from home.models import GuidancePage


def test_switching_language_keeps_the_same_page(page, live_site):
    from wagtail.models import Locale

    english = GuidancePage.objects.get(slug="when-to-call", locale__language_code="en")
    spanish = english.get_translation(Locale.objects.get(language_code="es"))  # the demo's Spanish page
    page.goto("/when-to-call/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Español").click()
    page.wait_for_url(f"**{spanish.url}")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == spanish.title
    current = page.locator(".language-switcher [aria-current='true']")
    assert current.inner_text() == "Español"
    # And back: English is one click away, on the same page.
    page.get_by_role("link", name="English").click()
    page.wait_for_url("**/when-to-call/")
    assert page.locator("html").get_attribute("lang") == "en"
