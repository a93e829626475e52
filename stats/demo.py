"""Demo answer-time figures (24 illustrative months ending last month, marked is_demo) and the page.

Figures are added only when there are none at all: demo months never mix with the center's record.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from site911.caching.generation import clear
from site911.demo import ensure_child
from stats.models import AnswerTimesPage, MonthlyFigures

MONTHS = 24
# Made-up but plausible: a few months below the 15-second standard, one with a note.
PCT_15 = [93.4, 92.8, 91.5, 89.7, 90.6, 92.1, 94.0, 93.2, 88.9, 91.8, 92.5, 93.7]
PCT_20 = [96.8, 96.5, 95.9, 94.6, 95.2, 96.0, 97.1, 96.7, 94.1, 95.8, 96.3, 97.0]


def load(demo):
    if demo.home is None:
        return
    page, _ = ensure_child(
        demo.home,
        AnswerTimesPage,
        "how-fast-we-answer",
        title="How fast we answer",
        search_description="How quickly Minneapolis 911 answers calls each month, against the national standard.",
        intro="Every month we count how quickly 911 calls are answered, and compare it with the national standard.",
        explanation=(
            "A call counts as answered when a 911 operator picks it up; the time starts when the call reaches "
            "the center. The figures come from the center's phone system."
        ),
    )
    demo.links.append((page, "", "How quickly 911 calls are answered each month, against the national standard."))
    if not MonthlyFigures.objects.exists():
        MonthlyFigures.objects.bulk_create(demo_months(timezone.localdate()))
        clear("demo figures added")  # bulk_create sends no post_save


def demo_months(today):
    first_of_this_month = today.replace(day=1)
    months = []
    for back in range(MONTHS, 0, -1):
        index = first_of_this_month.year * 12 + first_of_this_month.month - 1 - back
        month = datetime.date(index // 12, index % 12 + 1, 1)
        i = index % 12
        calls = 38000 + 400 * ((index * 7) % 11)
        months.append(
            MonthlyFigures(
                month=month,
                calls_911=calls,
                calls_non_emergency=17500 + 300 * ((index * 5) % 7),
                pct_answered_15s=Decimal(str(PCT_15[i])),
                pct_answered_20s=Decimal(str(PCT_20[i])),
                average_answer_seconds=Decimal(str(round(6.5 + (94 - PCT_15[i]) * 0.6, 1))),
                abandoned_calls=calls // 70,
                text_sessions=30 + (index * 3) % 17,
                note="Phone system outage on the 12th (illustrative)." if PCT_15[i] < 89 else "",
                is_demo=True,
            )
        )
    return months
