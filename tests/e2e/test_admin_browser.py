"""Staff work in the Wagtail admin under its Content-Security-Policy."""

import re

import pytest
from wagtail.models import Page


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
def test_editor_signs_in_and_publishes_under_the_admin_policy(browser, live_site, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.gov", "a-long-admin-password")
    about = Page.objects.get(slug="about")
    context = browser.new_context(base_url=live_site)
    page = context.new_page()
    page.set_default_timeout(20_000)
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    try:
        page.goto("/admin/login/")
        page.get_by_label("Username").fill("chief")
        page.get_by_label("Password").fill("a-long-admin-password")
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url("**/admin/")

        page.goto(f"/admin/pages/{about.pk}/edit/")
        title = page.locator("#id_title")
        title.fill("About the 911 center")
        page.locator("[data-w-dropdown-target='toggle']").last.click()
        page.get_by_role("button", name="Publish").click()
        # Publishing returns to the parent's page listing with a confirmation.
        page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
        assert "has been published" in page.locator(".messages").inner_text()
        page.goto("/about/")
        assert page.locator("h1").inner_text() == "About the 911 center"
    finally:
        context.close()
    assert violations == [], "\n".join(violations)
