from django import template
from wagtail.models import Site

from home.models import ContactNumbers, SiteAlert

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_number(context, kind):
    """`{% contact_number "emergency" as n %}`: one number from the Contact numbers setting."""
    request = context.get("request")
    return ContactNumbers.for_request(request).get(kind)


@register.simple_tag(takes_context=True)
def contact_numbers(context):
    """`{% contact_numbers as numbers %}`: every configured number, most urgent first."""
    return ContactNumbers.for_request(context.get("request")).numbers()


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The live pages under the site root that editors marked “Show in menus”."""
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return []
    return list(site.root_page.get_children().live().in_menu().specific(defer=True))


@register.simple_tag(takes_context=True)
def site_alerts(context):
    """`{% site_alerts as alerts %}`: the active site alerts, most severe first, in one query per request."""
    request = context.get("request")
    alerts = getattr(request, "_site_alerts", None)
    if alerts is None:
        alerts = list(SiteAlert.objects.active())
        if request is not None:
            request._site_alerts = alerts
    return alerts
