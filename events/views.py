"""The event list (upcoming, past), one event's .ics and the public iCalendar feed, served as the pages' routes."""

import datetime

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site
from wagtail.rich_text import get_text_for_indexing

from events import ical
from site911.caching import keys

EVENTS_PER_PAGE = 10
# The feed carries the events of the last year and every one to come: old entries stay in subscribers' apps.
FEED_PAST_DAYS = 365


def listing(index, request, past):
    now = timezone.now()
    events = index.events()
    events = (
        events.filter(end__lt=now).order_by("-start", "pk")
        if past
        else events.filter(end__gte=now).order_by("start", "pk")
    )
    paginator = Paginator(events, EVENTS_PER_PAGE)
    try:
        page_of_events = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        raise Http404("No such page of events") from None
    keys.paginated(request, paginator.num_pages)
    base_url = index.get_url(request)
    list_url = base_url + index.reverse_subpage("past") if past else base_url
    return index.render(
        request,
        template="events/event_index_page.html",
        context_overrides={
            "events": page_of_events,
            "time_zone_name": settings.TIME_ZONE,
            "past": past,
            "list_url": list_url,
            "upcoming_url": base_url,
            "past_url": base_url + index.reverse_subpage("past"),
            "feed_url": base_url + index.reverse_subpage("calendar"),
            "previous_url": _page_url(list_url, page_of_events.previous_page_number())
            if page_of_events.has_previous()
            else "",
            "next_url": _page_url(list_url, page_of_events.next_page_number()) if page_of_events.has_next() else "",
        },
    )


def _page_url(url, number):
    return url if number == 1 else f"{url}?page={number}"


def _uid(page, host):
    """Stable per event: the page's translation key (its translations are the same event) at the site's host."""
    return f"event-{page.translation_key}@{host}"


def _vevent(page, request, host):
    return ical.vevent(
        uid=_uid(page, host),
        start=page.start,
        end=page.end,
        summary=page.title,
        location=page.location,
        description=" ".join(
            filter(
                None,
                [
                    get_text_for_indexing(page.description) if page.description else "",
                    "" if page.public_may_attend else _("Not open to the public."),
                ],
            )
        ),
        url=page.get_full_url(request),
        stamp=page.last_published_at,
        categories=[page.get_event_type_display()],
    )


def _host(request):
    site = Site.find_for_request(request)
    return (site.hostname if site else "") or request.get_host().split(":")[0]


def event_calendar(page, request):
    cal = ical.calendar(page.title)
    cal.add_component(_vevent(page, request, _host(request)))
    return ical.response(cal, f"{page.slug}.ics")


def index_calendar(index, request):
    since = timezone.now() - datetime.timedelta(days=FEED_PAST_DAYS)
    site = Site.find_for_request(request)
    name = (site.site_name if site else "") or index.title
    cal = ical.calendar(f"{name}: {index.title}", _("Public events of %(site)s.") % {"site": name})
    host = _host(request)
    for page in index.events().filter(end__gte=since, public_may_attend=True).order_by("start", "pk"):
        cal.add_component(_vevent(page, request, host))
    return ical.response(cal, "events.ics")
