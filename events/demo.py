"""Demo events (written here): the event list under home, with a few events to come and a few past ones.

Idempotent (the contract: site911/demo.py): each page is made only when its slug is missing. Dates are
relative to the day the demo is loaded, so a fresh demo always has upcoming and past events.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from site911.demo import ensure_child

SLUG = "events"

# (slug, title, days from today, start hour, hours long, type, location, public may attend, description)
EVENTS = [
    (
        "open-house",
        "911 center open house",
        21,
        10,
        3,
        EventPage.EventType.OPEN_HOUSE,
        "Minneapolis Emergency Communications Center, Downtown",
        True,
        "<p>See where your 911 calls are answered, meet telecommunicators and learn when to call 911 and 311.</p>",
    ),
    (
        "national-night-out",
        "National Night Out",
        35,
        17,
        4,
        EventPage.EventType.NATIONAL_NIGHT_OUT,
        "Block parties across Minneapolis",
        True,
        "<p>Our public education staff visit block parties across the city. Ask us anything about calling 911.</p>",
    ),
    (
        "community-meeting-powderhorn",
        "Community meeting: calling 911 and 311",
        49,
        18,
        2,
        EventPage.EventType.COMMUNITY_MEETING,
        "Powderhorn Park Recreation Center, Powderhorn",
        True,
        "<p>What happens when you call, text-to-911, and which number to call when.</p>",
    ),
    (
        "spring-block-party-longfellow",
        "Spring block party",
        -40,
        16,
        3,
        EventPage.EventType.BLOCK_PARTY,
        "Longfellow neighborhood",
        True,
        "<p>911 staff answered questions from neighbors at this block party.</p>",
    ),
    (
        "school-visit-north",
        "School visit: learning to call 911",
        -75,
        9,
        1,
        EventPage.EventType.SCHOOL_VISIT,
        "An elementary school in North Minneapolis",
        False,
        "<p>A class learned when and how to call 911.</p>",
    ),
]


def load(demo):
    """The event list and its demo events; the list is among the home page's links."""
    index, _ = ensure_child(
        demo.home,
        EventIndexPage,
        SLUG,
        title="Events",
        show_in_menus=True,
        intro="Meet Minneapolis 911 at block parties, open houses, National Night Out and community meetings.",
        search_description="Public education events of Minneapolis 911: open houses, block parties, tours.",
    )
    for slug, title, days, hour, hours, event_type, location, public, description in EVENTS:
        ensure_child(
            index, EventPage, slug, **_event_fields(title, days, hour, hours, event_type, location, public, description)
        )
    demo.links.append((index, "", "Meet 911 staff at open houses, block parties and National Night Out."))


def _event_fields(title, days, hour, hours, event_type, location, public, description):
    day = timezone.localdate() + datetime.timedelta(days=days)
    start = datetime.datetime.combine(day, datetime.time(hour), tzinfo=ZoneInfo(settings.TIME_ZONE))
    return {
        "title": title,
        "start": start,
        "end": start + datetime.timedelta(hours=hours),
        "event_type": event_type,
        "location": location,
        "public_may_attend": public,
        "description": description,
    }
