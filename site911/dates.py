"""Dates and times in words, in the reader's language: each format is a translatable string.

Django's own DATE_FORMAT would change the English pages ("Nov. 30, 2026"), and it has no formats for
Somali or Hmong; the catalogs (locale/) give each language its order and words instead.
"""

from django.template.defaultfilters import date as date_filter
from django.template.defaultfilters import time as time_filter
from django.utils.timezone import template_localtime
from django.utils.translation import pgettext_lazy

# The `date` filter's format characters; a translation may reorder them, escape words, or use numbers.
FORMATS = {
    "date": pgettext_lazy("date format", "F j, Y"),
    "weekday_date": pgettext_lazy("date format", "l, F j, Y"),
    "month": pgettext_lazy("date format", "F Y"),
    "short_month": pgettext_lazy("date format", "M Y"),
    "time": pgettext_lazy("time format", "g:i A"),
    "time_and_day": pgettext_lazy("date and time format", "P \\o\\n l, F j"),
}


def in_words(value, kind="date"):
    """`value` (a date, time or datetime, shown in the current time zone) in the active language's words."""
    # Called from Python the filters skip the template engine's conversion to local time: do it here.
    return (time_filter if kind == "time" else date_filter)(template_localtime(value), str(FORMATS[kind]))
