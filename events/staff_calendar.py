"""Each staff member's private calendar feed of scheduled speaker visits, at a secret address they can revoke.

    /staff-calendar/<token>.ics

The feed lists every scheduled request (not only the member's own): staff cover for each other, and each
entry names who is assigned. An entry carries what a calendar needs and no more: the type of event, its
reference, date and time, the place, who is assigned and a link to the request in the admin (which asks
for a login). Never the requester's name, e-mail, phone, topics or access needs.

The address works while its token is not revoked, its owner is active and may still view speaker
requests. It is never cached: outside the page cache (PAGE_CACHE_EXCLUDE_PATHS) and `private, no-store`.
"""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from events import ical
from events.from_requests import DEFAULT_LENGTH
from events.models import StaffCalendarToken
from outreach.models import SpeakerRequest

PERMISSION = "outreach.view_speakerrequest"
# Past visits stay in the calendar for a month.
PAST_DAYS = 30


def feed_path(token):
    return reverse("staff_calendar", args=[token])


def feed(request, token):
    record = StaffCalendarToken.find(token)
    if record is None or not record.user.has_perm(PERMISSION):
        raise Http404("No such calendar")
    zone = ZoneInfo(settings.TIME_ZONE)
    cal = ical.calendar("Speaker visits (staff)", "Scheduled speaker requests. Private: do not share this address.")
    host = request.get_host().split(":")[0]
    visits = SpeakerRequest.objects.filter(
        status=SpeakerRequest.Status.SCHEDULED,
        event_date__gte=timezone.localdate() - datetime.timedelta(days=PAST_DAYS),
    ).select_related("assigned_to")
    for visit in visits.order_by("event_date", "start_time", "pk"):
        start = datetime.datetime.combine(visit.event_date, visit.start_time, tzinfo=zone)
        staff = visit.assigned_to
        staff_name = (staff.get_full_name() or staff.get_username()) if staff else "nobody yet"
        cal.add_component(
            ical.vevent(
                uid=f"speaker-request-{visit.pk}@{host}",
                start=start,
                end=start + DEFAULT_LENGTH,
                summary=f"{visit.get_event_type_display()} ({visit.reference}): {staff_name}",
                location=visit.address,
                description=f"Assigned: {staff_name}. Details: {visit.admin_url()}",
                url=visit.admin_url(),
                stamp=visit.decided_at,
            )
        )
    return ical.response(cal, "speaker-visits.ics", private=True)
