"""An outage-ready alert: a number that works, when it started, when service is back, the area, and an end time
after which it leaves every page by itself, cached pages included."""

import datetime
import time

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from site911.alerts import SiteAlert
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def banner(response):
    found = soup(response).select(".site-alert")
    return found[0] if found else None


def max_age(response):
    return int(response["Cache-Control"].split("max-age=")[1].split(",")[0])


def test_outage_details_show_on_the_banner(client, demo_site):
    SiteAlert.objects.create(
        message="911 calls from some cell phones are not getting through.",
        level=SiteAlert.OUTAGE,
        alternate_number="(612) 673-3000",
        area="North Minneapolis",
        started_at=datetime.datetime(2026, 3, 4, 20, 15, tzinfo=datetime.UTC),  # 2:15 p.m. in Minneapolis
        expected_back_at=datetime.datetime(2026, 3, 4, 23, 0, tzinfo=datetime.UTC),
    )
    for url in ["/", "/when-to-call/", "/no-such-page/"]:
        shown = banner(client.get(url))
        words = " ".join(shown.get_text().split())
        assert "Call (612) 673-3000 instead." in words, url
        assert shown.select_one("a[href^='tel:']")["href"] == "tel:+16126733000"
        assert "Area affected: North Minneapolis." in words
        assert "Since 2:15 p.m. on Wednesday, March 4." in words
        assert "Expected back by 5 p.m. on Wednesday, March 4." in words


def test_optional_details_left_blank_show_nothing(client, demo_site):
    SiteAlert.objects.create(message="Phones are busy.", level=SiteAlert.WARNING)
    shown = banner(client.get("/"))
    assert not shown.select("a[href^='tel:']")
    assert not shown.select(".site-alert__details")


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"alternate_number": "call us"}, "alternate_number"),
        (
            {
                "started_at": datetime.datetime(2026, 3, 4, 20, tzinfo=datetime.UTC),
                "ends_at": datetime.datetime(2026, 3, 4, 19, tzinfo=datetime.UTC),
            },
            "ends_at",
        ),
        (
            {
                "started_at": datetime.datetime(2026, 3, 4, 20, tzinfo=datetime.UTC),
                "expected_back_at": datetime.datetime(2026, 3, 4, 20, tzinfo=datetime.UTC),
            },
            "expected_back_at",
        ),
    ],
)
def test_impossible_outage_details_are_refused(fields, field_in_error):
    with pytest.raises(ValidationError) as error:
        SiteAlert(message="911 is down.", **fields).full_clean()
    assert field_in_error in error.value.message_dict


def test_an_alert_past_its_end_time_shows_nowhere(client, demo_site):
    SiteAlert.objects.create(message="Ended already.", ends_at=timezone.now() - datetime.timedelta(minutes=1))
    assert banner(client.get("/")) is None
    assert banner(client.get("/about/")) is None


def test_an_alert_far_from_its_end_keeps_the_usual_browser_lifetime(client, demo_site, settings):
    SiteAlert.objects.create(message="Road works.", ends_at=timezone.now() + datetime.timedelta(hours=2))
    client.get("/")
    response = client.get("/")
    assert response["X-Cache"] == "HIT"
    assert banner(response) is not None
    assert max_age(response) == settings.PAGE_CACHE_MAX_AGE


def test_cached_pages_drop_the_alert_at_its_end_time_by_themselves(client, demo_site, settings):
    # Real time, as in production: the alert ends 3 seconds from now and nobody touches it again.
    ends_at = timezone.now() + datetime.timedelta(seconds=3)
    SiteAlert.objects.create(message="Phones are down in Ward 3.", level=SiteAlert.OUTAGE, ends_at=ends_at)
    for url in ["/", "/about/"]:
        assert banner(client.get(url)) is not None
        cached = client.get(url)
        assert cached["X-Cache"] == "HIT"
        assert banner(cached) is not None
        # Neither a browser nor a CDN may keep this copy past the end time.
        assert max_age(cached) <= 3 < settings.PAGE_CACHE_MAX_AGE

    time.sleep(max(0, (ends_at - timezone.now()).total_seconds()) + 0.1)

    for url in ["/", "/about/"]:
        assert banner(client.get(url)) is None, url
