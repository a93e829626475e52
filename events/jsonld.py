"""schema.org `Event` JSON-LD for an event page (carried by site911/jsonld.py's `script`)."""

from django.conf import settings
from django.utils import timezone
from wagtail.models import Site
from wagtail.rich_text import get_text_for_indexing


def event(page, request=None):
    site = Site.find_for_request(request) if request else page.get_site()
    site_name = (site and site.site_name) or settings.WAGTAIL_SITE_NAME
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "startDate": timezone.localtime(page.start).isoformat(),
        "endDate": timezone.localtime(page.end).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": {"@type": "Place", "name": page.location, "address": page.location},
        "organizer": {"@type": "Organization", "name": site_name, "url": site.root_url + "/" if site else ""},
        "url": page.get_full_url(request),
    }
    description = get_text_for_indexing(page.description) if page.description else ""
    if description:
        data["description"] = description
    return data
