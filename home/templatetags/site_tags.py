from django import template
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction, Site

from home.models import ContactNumbers, SiteAlert
from site911.content_memo import memoized

register = template.Library()


def _numbers(request):
    site = Site.find_for_request(request)
    if site is None:
        return ContactNumbers()
    # for_request also keeps it on the request, for when the memo is off.
    return memoized(("contact_numbers", site.pk), lambda: ContactNumbers.for_request(request))


@register.simple_tag(takes_context=True)
def contact_number(context, kind):
    """`{% contact_number "emergency" as n %}`: one number from the Contact numbers setting."""
    return _numbers(context.get("request")).get(kind)


@register.simple_tag(takes_context=True)
def contact_numbers(context):
    """`{% contact_numbers as numbers %}`: every configured number, most urgent first."""
    return _numbers(context.get("request")).numbers()


def _public(pages):
    """Wagtail's `.public()` in the same query: no view restriction on the page or above it.

    (`.public()` reads every restriction first, one more query on each page the memo does not hold.)
    """
    restricted_at_or_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted_at_or_above))


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The live pages under the site root that editors marked “Show in menus”, except private ones."""
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return []
    return memoized(
        ("menu_pages", site.pk),
        lambda: list(_public(site.root_page.get_children().live().in_menu()).specific(defer=True)),
    )


@register.simple_tag
def site_alerts():
    """`{% site_alerts as alerts %}`: the active site alerts, most severe first."""
    return memoized(("site_alerts",), lambda: list(SiteAlert.objects.active()))


@register.filter
def whole_hours(duration):
    """A timedelta in whole hours (the admin lockout page says how long a lockout lasts)."""
    return int(duration.total_seconds() // 3600)
