"""iCalendar (RFC 5545) files built with the `icalendar` library: one event, the public feed, the staff feed.

Times are written in the site's TIME_ZONE (DTSTART;TZID=America/Chicago) with its VTIMEZONE, which
`add_missing_timezones()` generates from the zone database, so calendar apps show the right local
time on both sides of a daylight-saving change.
"""

import datetime
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone

PRODID = "-//site911//Events//EN"


def calendar(name, description=""):
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    if description:
        cal.add("x-wr-caldesc", description)
    return cal


def vevent(*, uid, start, end, summary, location="", description="", url="", stamp=None, categories=()):
    """One VEVENT; `start` and `end` are aware datetimes, written in the site's time zone."""
    zone = ZoneInfo(settings.TIME_ZONE)
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", (stamp or timezone.now()).astimezone(datetime.UTC))
    event.add("dtstart", start.astimezone(zone))
    event.add("dtend", end.astimezone(zone))
    event.add("summary", summary)
    if location:
        event.add("location", location)
    if description:
        event.add("description", description)
    if url:
        event.add("url", url)
    if categories:
        event.add("categories", list(categories))
    return event


def response(cal, filename, private=False):
    cal.add_missing_timezones()
    result = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    result["Content-Disposition"] = f'inline; filename="{filename}"'
    if private:
        # A secret address: neither the page cache nor any other cache may keep it (see events/staff_calendar.py).
        result["Cache-Control"] = "private, no-store"
    return result
