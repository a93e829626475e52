"""The site-wide template tags (`{% load site_tags %}`): contact numbers, menu, site alerts, languages, filters."""

from django import template
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils import translation
from wagtail.models import PageViewRestriction, Site

from site911 import alerts, dates, translations
from site911.caching.content_memo import memoized
from site911.contact import numbers_for_request
from site911.phone import tel_href

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_number(context, kind):
    """`{% contact_number "emergency" as n %}`: one line of the Contact numbers setting (a ContactLine).

    Kinds: "emergency" (`n.text_href` is `sms:911` where text-to-911 is on, else ""), "non_emergency"
    (`n.hours`, `n.online_report_url`, `n.alternate`), "outside_city", and "crisis" (988: `n.href`, `n.text_href`).
    """
    return numbers_for_request(context.get("request")).get(kind)


@register.simple_tag(takes_context=True)
def contact_settings(context):
    """`{% contact_settings as contact %}`: the whole setting, for the TTY and interpreter guidance."""
    return numbers_for_request(context.get("request"))


@register.simple_tag(takes_context=True)
def contact_numbers(context):
    """`{% contact_numbers as numbers %}`: every configured number, most urgent first."""
    return numbers_for_request(context.get("request")).numbers()


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
    """The live pages under the site root that editors marked “Show in menus”, except private ones.

    In another language, each one's translation; an untranslated one is the English page, with `lang` "en".
    """
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return []
    english = memoized(
        ("menu_pages", site.pk),
        lambda: list(_public(site.root_page.get_children().live().in_menu()).specific(defer=True)),
    )
    return translations.in_language(english, translation.get_language())


@register.simple_tag
def site_alerts():
    """`{% site_alerts as alerts %}`: the site alerts showing now, most severe first."""
    return alerts.showing()


@register.simple_tag(takes_context=True)
def language_links(context):
    """`{% language_links as languages %}`: (code, own name, URL or None for the current language) per language."""
    return translations.switcher_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def page_alternates(context):
    """`{% page_alternates as alternates %}`: the page's live versions, [(language, absolute URL)], English first."""
    page = context.get("page")
    return translations.alternates(page, context.get("request")) if page is not None else []


@register.filter(name="tel_href")
def tel_href_filter(number):
    """`{{ phone|tel_href }}`: a phone number as a tel: link's address."""
    return tel_href(number)


@register.filter
def full_stop(text):
    """Editors' text as a sentence: a full stop added unless it already ends with one (or ? or !)."""
    text = (text or "").strip()
    return text if not text or text.endswith((".", "?", "!")) else f"{text}."


@register.filter
def in_words(value, kind="date"):
    """`{{ page.date|in_words }}`, `{{ alert.started_at|in_words:"time_and_day" }}`: see site911/dates.py."""
    return dates.in_words(value, kind)


@register.filter
def whole_hours(duration):
    """A timedelta in whole hours (the admin lockout page says how long a lockout lasts)."""
    return int(duration.total_seconds() // 3600)
