from django import template
from wagtail.models import Site

from home.models import SiteAlert, numbers_for_request
from site911.content_memo import memoized

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_number(context, kind):
    """`{% contact_number "emergency" as n %}`: one number from the Contact numbers setting."""
    return numbers_for_request(context.get("request")).get(kind)


@register.simple_tag(takes_context=True)
def contact_numbers(context):
    """`{% contact_numbers as numbers %}`: every configured number, most urgent first."""
    return numbers_for_request(context.get("request")).numbers()


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The live pages under the site root that editors marked “Show in menus”."""
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return []
    return memoized(
        ("menu_pages", site.pk),
        lambda: list(site.root_page.get_children().live().in_menu().specific(defer=True)),
    )


@register.simple_tag
def site_alerts():
    """`{% site_alerts as alerts %}`: the active site alerts, most severe first."""
    return memoized(("site_alerts",), lambda: list(SiteAlert.objects.active()))


@register.filter
def whole_hours(duration):
    """A timedelta in whole hours (the admin lockout page says how long a lockout lasts)."""
    return int(duration.total_seconds() // 3600)
