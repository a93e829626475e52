"""The figures in plain words: the answer-time sentences the page and the rest of the site show.

Every sentence names its month, so no claim outlives its data; the templates that show one also
say when the month is one of the demo content's illustrations.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from site911.caching.content_memo import memoized
from site911.dates import in_words


@dataclass(frozen=True)
class Target:
    """One line of the standard: `pct` % of 911 calls answered within `seconds` (the figure in `field`)."""

    pct: Decimal
    seconds: int
    field: str


def percent(value):
    """93.00 → "93", 93.50 → "93.5": the figure as people write it."""
    value = Decimal(value).normalize()
    return f"{value:f}"


def month_name(month):
    return in_words(month, "month")


def sentences(latest, targets):
    """[(sentence, standard sentence, met)] for each target, about the month `latest`."""
    result = []
    for target in targets:
        value = getattr(latest, target.field)
        result.append(
            (
                _("In %(month)s, %(value)s %% of 911 calls were answered within %(seconds)s seconds.")
                % {"month": month_name(latest.month), "value": percent(value), "seconds": target.seconds},
                _("The national standard is %(pct)s %%.") % {"pct": percent(target.pct)},
                value >= target.pct,
            )
        )
    return result


def _latest_summary():
    """What `{% answer_time_sentence %}` needs: the latest month and the page with its targets, or None.

    One query with the page (the guidance page's query budget, tests/site911/test_query_counts.py).
    """
    from django.db.models import Subquery

    from stats.models import AnswerTimesPage, MonthlyFigures

    newest = MonthlyFigures.objects.newest_first()
    fields = ["month", "pct_answered_15s", "is_demo"]
    page = (
        AnswerTimesPage.objects.live()
        .filter(view_restrictions__isnull=True)
        .annotate(**{f"latest_{name}": Subquery(newest.values(name)[:1]) for name in fields})
        .first()
    )
    if page is None:  # no page: the figures alone, against the standard's defaults (the page's field defaults)
        latest, page = newest.only(*fields).first(), None
    else:
        latest = MonthlyFigures(**{name: getattr(page, f"latest_{name}") for name in fields})
    if latest is None or latest.month is None:
        return None
    return {"latest": latest, "page": page, "target": (page or AnswerTimesPage()).targets()[0]}


def latest_summary():
    """Memoized per content generation: saving figures or publishing the page renews it."""
    return memoized(("stats_latest_summary",), _latest_summary)
