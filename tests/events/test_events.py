"""The event list (upcoming, past), event pages with Event JSON-LD, the .ics downloads and the public feed."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import timezone

from tests.events.support import add_event, add_many_events

pytestmark = pytest.mark.django_db
CHICAGO = ZoneInfo("America/Chicago")


def titles(response):
    return re.findall(r'<h2 class="news-item__title"><a href="[^"]+">([^<]+)</a></h2>', response.content.decode())


def test_upcoming_soonest_first_and_past_newest_first(client, demo_site):
    add_event("later", days=60, title="Later meeting")
    add_event("soon", days=1, title="Soon meeting")
    add_event("last-week", days=-7, title="Last week meeting")
    add_event("last-year", days=-300, title="Last year meeting")
    upcoming = titles(client.get("/events/"))
    assert upcoming.index("Soon meeting") < upcoming.index("Later meeting")
    assert "Last week meeting" not in upcoming
    past = titles(client.get("/events/past/"))
    assert past.index("Last week meeting") < past.index("Last year meeting")
    assert "Soon meeting" not in past


def test_event_in_progress_is_still_upcoming(client, demo_site):
    add_event("now", days=0, hours=3, title="Happening now")
    assert "Happening now" in titles(client.get("/events/"))


def test_listing_is_paginated_and_a_page_beyond_is_not_found(client, demo_site):
    add_many_events(30)
    second = client.get("/events/?page=2")
    assert second.status_code == 200 and "Page 2 of" in second.content.decode()
    assert client.get("/events/?page=99").status_code == 404


def test_event_page_shows_local_time_with_the_zone_and_carries_event_json_ld(client, demo_site):
    page = add_event("summer", days=30, title="Summer <open> house")
    response = client.get("/events/summer/")
    body = response.content.decode()
    local = timezone.localtime(page.start, CHICAGO)
    assert local.strftime("%B") in body and ("CST" in body or "CDT" in body) and "America/Chicago" in body
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Event" and data["name"] == "Summer <open> house"
    assert datetime.datetime.fromisoformat(data["startDate"]) == page.start
    assert data["startDate"].endswith(("-06:00", "-05:00"))
    assert data["location"]["name"] == "Powderhorn Park"
    assert "<open>" not in match.group(1)  # escaped: a title cannot close the script


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_parses_with_the_time_zone_and_a_stable_uid(client, demo_site):
    page = add_event("winter", days=20, title="Winter meeting")
    cal = parse(client.get("/events/winter/ics/"))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/Chicago"]
    (event,) = cal.walk("VEVENT")
    assert event["SUMMARY"] == "Winter meeting"
    assert event["DTSTART"].params["TZID"] == "America/Chicago"
    assert event.decoded("DTSTART") == page.start and event.decoded("DTEND") == page.end
    assert event.decoded("DTSTART").utcoffset() == timezone.localtime(page.start, CHICAGO).utcoffset()
    assert "DTSTAMP" in event and event["URL"].endswith("/events/winter/")
    again = parse(client.get("/events/winter/ics/"))
    assert again.walk("VEVENT")[0]["UID"] == event["UID"]


def test_feed_lists_public_events_in_local_time_across_daylight_saving(client, demo_site):
    year = timezone.localdate().year + 1
    for slug, title, month in (("summer-feed", "Summer feed", 7), ("winter-feed", "Half a year on", 1)):
        add_event(slug, days=(datetime.date(year, month, 15) - timezone.localdate()).days, title=title)
    add_event("private-class", days=5, public=False, title="Class visit")
    cal = parse(client.get("/events/calendar/"))
    events = {e["SUMMARY"]: e for e in cal.walk("VEVENT")}
    assert "Summer feed" in events and "Half a year on" in events
    assert "Class visit" not in events  # the public may not attend: not in the public feed
    offsets = {events[name].decoded("DTSTART").utcoffset() for name in ("Summer feed", "Half a year on")}
    assert offsets == {datetime.timedelta(hours=-5), datetime.timedelta(hours=-6)}
    assert len({e["UID"] for e in cal.walk("VEVENT")}) == len(cal.walk("VEVENT"))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["America/Chicago"]


def test_event_slug_that_is_a_route_of_the_list_is_refused(demo_site):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        add_event("past", days=3)


def test_query_counts_stay_constant_with_500_events(assert_page_queries, demo_site):
    before = {url: assert_page_queries(url, 40) for url in ("/events/", "/events/past/", "/events/calendar/")}
    add_many_events(500)
    after = {url: assert_page_queries(url, 40) for url in ("/events/", "/events/past/", "/events/calendar/")}
    assert after == before


def test_demo_events_are_idempotent_and_linked_from_home(client, demo_site):
    from events.models import EventPage
    from tests.helpers import load_demo_content

    count = EventPage.objects.count()
    load_demo_content()
    assert EventPage.objects.count() == count
    assert 'href="/events/"' in client.get("/").content.decode()
    assert titles(client.get("/events/")) and titles(client.get("/events/past/"))
