"""`{% load stats_tags %}`: the answer-time sentence any page may show, generated from the latest figures."""

from django import template

from stats.figures import latest_summary, percent, sentences

register = template.Library()


@register.inclusion_tag("stats/includes/answer_time_sentence.html")
def answer_time_sentence():
    """`{% answer_time_sentence %}`: "In October 2026, 93 % of 911 calls were answered within 15 seconds…",
    with a link to the figures; nothing when no figures are entered."""
    summary = latest_summary()
    if summary is None:
        return {}
    ((sentence, standard, _met),) = sentences(summary["latest"], [summary["target"]])
    return {"sentence": sentence, "standard": standard, "page": summary["page"], "is_demo": summary["latest"].is_demo}


@register.filter
def pct(value):
    """93.00 → "93"."""
    return percent(value)
