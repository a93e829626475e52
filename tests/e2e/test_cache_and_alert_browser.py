"""In the browser: a second visitor gets the cached home page; staff alerts show and are announced."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from site911.alerts import SiteAlert


def new_visitor(browser, live_site):
    context = browser.new_context(base_url=live_site)
    return context, context.new_page()


def test_second_visitor_gets_the_cached_home_page(browser, live_site):
    first_context, first = new_visitor(browser, live_site)
    first.goto("/")
    second_context, second = new_visitor(browser, live_site)
    try:
        response = second.goto("/")
        assert response.headers["x-cache"] == "HIT"
        assert response.headers["cache-control"].startswith("public, max-age=")
        assert second.locator("main a[href='tel:911']").first.is_visible()
        assert second.locator("h1").inner_text() == first.locator("h1").inner_text()
    finally:
        first_context.close()
        second_context.close()


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
def test_outage_alert_is_shown_first_and_announced_on_a_cached_page(browser, live_site):
    for _ in range(2):  # two earlier visitors; the second got the cached page
        earlier_context, earlier = new_visitor(browser, live_site)
        response = earlier.goto("/when-to-call/")
        earlier_context.close()
    assert response.headers["x-cache"] == "HIT"
    context, page = new_visitor(browser, live_site)
    try:
        SiteAlert.objects.create(
            message="911 is down in parts of the city. If you cannot get through, call (612) 673-3000.",
            level=SiteAlert.OUTAGE,
            link_url="tel:+16126733000",
            link_text="Call (612) 673-3000",
        )
        page.goto("/when-to-call/")
        alert = page.get_by_role("alert")
        assert alert.is_visible()
        assert "911 is down in parts of the city" in alert.inner_text()
        assert alert.get_by_role("link", name="Call (612) 673-3000").is_visible()
        # Above the header: the first thing on the page, and the first thing the keyboard reaches.
        alert_box, header_box = alert.bounding_box(), page.locator(".site-header").bounding_box()
        assert alert_box["y"] < header_box["y"]
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == "Call (612) 673-3000"
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
@pytest.mark.parametrize("level", [SiteAlert.INFORMATION, SiteAlert.WARNING, SiteAlert.OUTAGE])
def test_every_alert_level_has_enough_contrast(browser, live_site, level):
    SiteAlert.objects.create(
        message="Phones are busy; please wait on the line.",
        level=level,
        link_url="/about/",
        link_text="Why",
        # The outage details too: the number to call instead, the area and times on their own line.
        alternate_number="(612) 673-3000",
        area="North Minneapolis",
        started_at=timezone.now() - datetime.timedelta(hours=1),
        expected_back_at=timezone.now() + datetime.timedelta(hours=1),
    )
    context, page = new_visitor(browser, live_site)
    try:
        page.goto("/")
        role = "alert" if level == SiteAlert.OUTAGE else "status"
        assert "Phones are busy" in page.get_by_role(role).first.inner_text()
        results = Axe().run(page, context=".site-alerts", options={"runOnly": ["color-contrast", "link-in-text-block"]})
        assert results.violations_count == 0, results.generate_report()
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
def test_deactivated_alert_is_gone_for_the_next_visitor(browser, live_site):
    alert = SiteAlert.objects.create(message="Storm warning.", level=SiteAlert.WARNING)
    context, page = new_visitor(browser, live_site)
    try:
        page.goto("/")
        assert page.get_by_role("status").filter(has_text="Storm warning.").is_visible()
        alert.is_active = False
        alert.save()
        # The same visitor reloading (the browser revalidates its copy) and a new visitor: no alert.
        page.reload()
        assert page.locator(".site-alert").count() == 0
        other_context, other = new_visitor(browser, live_site)
        other.goto("/")
        assert other.locator(".site-alert").count() == 0
        other_context.close()
    finally:
        context.close()


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
def test_two_visitors_arriving_from_cached_pages_both_send_the_speaker_form(browser, live_site):
    import datetime
    import re

    from django.utils import timezone

    from outreach.models import SpeakerRequest
    from tests.e2e.support import fill_form

    references = []
    for name in ("Ana Lopez", "Ben Okafor"):
        context, page = new_visitor(browser, live_site)
        try:
            home = page.goto("/")
            page.get_by_role("link", name="Request a speaker").first.click()
            page.wait_for_url("**/request-a-speaker/")
            form_response = page.reload()
            # The form page is never stored by a shared cache, so its CSRF token is this visitor's own.
            assert "no-store" in form_response.headers["cache-control"]
            assert form_response.headers.get("x-cache") != "HIT"
            fill_form(page, timezone.localdate() + datetime.timedelta(days=20))
            page.get_by_label("Your name").fill(name)
            page.get_by_role("button", name="Send request").click()
            page.wait_for_url("**/request-a-speaker/?confirmation=*")
            references.append(re.search(r"SR-\d{6}", page.get_by_role("status").inner_text()).group(0))
        finally:
            context.close()
    assert home.headers["x-cache"] == "HIT"  # the second visitor's home page came from the cache
    assert len(set(references)) == 2
    assert sorted(SpeakerRequest.objects.values_list("name", flat=True)) == ["Ana Lopez", "Ben Okafor"]
