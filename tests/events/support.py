"""Helpers for the event tests: events made under the demo event list."""

import datetime

from django.utils import timezone

from events.models import EventIndexPage, EventPage


def event_index():
    return EventIndexPage.objects.get(slug="events")


def add_event(slug, days, hours=2, public=True, title=None, **fields):
    """A published event `days` from now (negative: past), `hours` long."""
    start = timezone.now().replace(microsecond=0, second=0) + datetime.timedelta(days=days)
    page = EventPage(
        title=title or f"Event {slug}",
        slug=slug,
        start=start,
        end=start + datetime.timedelta(hours=hours),
        location="Powderhorn Park",
        event_type=EventPage.EventType.COMMUNITY_MEETING,
        public_may_attend=public,
        **fields,
    )
    event_index().add_child(instance=page)
    page.save_revision().publish()
    return page


def add_many_events(count):
    """`count` events, half to come and half past, added in bulk through the tree (one publish each is slow)."""
    index = event_index()
    now = timezone.now()
    for n in range(count):
        start = now + datetime.timedelta(days=(n % 2 and 1 or -1) * (n + 2))
        index.add_child(
            instance=EventPage(
                title=f"Bulk event {n}",
                slug=f"bulk-{n}",
                start=start,
                end=start + datetime.timedelta(hours=1),
                location="Downtown",
                event_type=EventPage.EventType.OPEN_HOUSE,
                live=True,
            )
        )
