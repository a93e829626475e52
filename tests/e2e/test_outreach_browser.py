"""A community group fills the speaker-request form in Chromium (JavaScript on and off)."""

import datetime
import re

import pytest
from django.utils import timezone

from outreach.models import SpeakerRequest
from tests.e2e.support import fill_form

pytestmark = pytest.mark.usefixtures("clear_cache")  # no rate-limit counts carried over


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
def test_visitor_sends_a_request_and_reads_the_reference(page):
    page.goto("/")
    page.get_by_role("link", name="Request a speaker").first.click()
    page.wait_for_url("**/request-a-speaker/")
    assert "not for emergencies" in page.locator("main").inner_text()

    event_date = timezone.localdate() + datetime.timedelta(days=21)
    fill_form(page, event_date)
    page.get_by_role("button", name="Send request").click()
    page.wait_for_url("**/request-a-speaker/?confirmation=*")

    status = page.get_by_role("status").inner_text()
    reference = re.search(r"SR-\d{6}", status).group(0)
    request = SpeakerRequest.objects.get()
    assert reference == request.reference
    assert request.event_type == "community_meeting" and request.expected_attendance == 40

    # Back, and send the same again: still one request, and the visitor is told.
    page.go_back()
    page.wait_for_url("**/request-a-speaker/")
    if not page.get_by_label("Your name").input_value():  # the browser did not restore the answers
        fill_form(page, event_date)
    page.get_by_role("button", name="Send request").click()
    page.wait_for_url("**/request-a-speaker/?confirmation=*")
    assert reference in page.get_by_role("status").inner_text()
    assert "already sent this form" in page.locator("main").inner_text()
    assert SpeakerRequest.objects.count() == 1


@pytest.mark.parametrize("javascript", [False, True])
def test_errors_are_summarised_and_linked_to_their_fields(browser, live_site, javascript):
    context = browser.new_context(base_url=live_site, java_script_enabled=javascript)
    page = context.new_page()
    try:
        page.goto("/request-a-speaker/")
        fill_form(page, timezone.localdate() + datetime.timedelta(days=2))
        page.get_by_label("Your e-mail address").fill("ana@")
        page.get_by_role("button", name="Send request").click()
        page.wait_for_load_state()
        summary = page.get_by_role("alert")
        assert "Staff need at least 7 days" in summary.inner_text()
        assert page.title().startswith("Error:")
        summary.get_by_role("link", name=re.compile("e-mail address")).click()
        if javascript:  # without JavaScript the link only scrolls; focus stays where it was
            assert page.evaluate("document.activeElement.id") == "id_email"
        assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
        assert page.get_by_label("Your name").input_value() == "Ana Lopez"  # answers kept
        assert SpeakerRequest.objects.count() == 0
    finally:
        context.close()


def test_form_page_has_no_axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    page.goto("/request-a-speaker/")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    page.get_by_role("button", name="Send request").click()
    page.wait_for_load_state()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
