"""A scheduled speaker request becomes a public event page, when the requester ticked "You may list this event
on the public calendar" (outreach sends `speaker_request_scheduled`; outreach never imports events).

What is published, and what never is: the event's type, date and time, and the title and place the supervisor
typed when scheduling (a venue or neighbourhood, e.g. "Powderhorn Park"). Never the requester's name, e-mail,
phone, street address, topics, access needs or language: a block party's address is often someone's home.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.html import format_html
from django.utils.text import slugify
from wagtail.models import Site

from events.models import EventIndexPage, EventPage
from outreach.models import SpeakerRequest
from outreach.signals import speaker_request_scheduled

# Staff can change the end on the page; a visit's usual length.
DEFAULT_LENGTH = datetime.timedelta(hours=2)
EVENT_TYPES = {
    SpeakerRequest.EventType.BLOCK_PARTY: EventPage.EventType.BLOCK_PARTY,
    SpeakerRequest.EventType.COMMUNITY_MEETING: EventPage.EventType.COMMUNITY_MEETING,
    SpeakerRequest.EventType.SCHOOL: EventPage.EventType.SCHOOL_VISIT,
    SpeakerRequest.EventType.SCHOOL_CLASS: EventPage.EventType.SCHOOL_VISIT,
    SpeakerRequest.EventType.TOUR: EventPage.EventType.TOUR,
}
# A class or a tour group is not an event anyone may walk into.
CLOSED_TYPES = {EventPage.EventType.SCHOOL_VISIT, EventPage.EventType.TOUR}


def connect():
    speaker_request_scheduled.connect(publish_event, dispatch_uid="events.from_requests.publish_event")


def publish_event(sender, speaker_request, public_title="", public_location="", **kwargs):
    """The published EventPage for a scheduled request with consent (made once), else None."""
    if not speaker_request.publish_consent:
        return None
    existing = EventPage.objects.filter(speaker_request=speaker_request).first()
    if existing:
        return existing
    site = speaker_request.site or Site.objects.filter(is_default_site=True).first()
    index = EventIndexPage.objects.live().descendant_of(site.root_page).first() if site else None
    if index is None:
        return None
    start = datetime.datetime.combine(
        speaker_request.event_date, speaker_request.start_time, tzinfo=ZoneInfo(settings.TIME_ZONE)
    )
    event_type = EVENT_TYPES.get(speaker_request.event_type, EventPage.EventType.COMMUNITY_MEETING)
    title = public_title or f"{speaker_request.get_event_type_display()}: {speaker_request.organization}"
    page = EventPage(
        title=title,
        slug=slugify(f"{title}-{speaker_request.reference}")[:200],
        start=start,
        end=start + DEFAULT_LENGTH,
        location=public_location,
        event_type=event_type,
        public_may_attend=event_type not in CLOSED_TYPES,
        description=format_html(
            "<p>{} public education staff will be there to answer questions about calling 911.</p>",
            site.site_name or settings.WAGTAIL_SITE_NAME,
        ),
        speaker_request=speaker_request,
    )
    index.add_child(instance=page)
    # Published for the supervisor, who may decide on requests but need not have publish rights on pages.
    user = speaker_request.decided_by
    page.save_revision(user=user).publish(user=user, skip_permission_checks=True)
    speaker_request.public_event_url = page.get_full_url()
    speaker_request.save(update_fields=["public_event_url"])
    return page
