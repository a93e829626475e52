"""Known months of figures for the stats tests (the demo's are replaced, so every value is the test's own)."""

import datetime
from decimal import Decimal

from stats.models import MonthlyFigures


def month(index):
    """The first of the month `index` months after January 2000."""
    return datetime.date(2000 + index // 12, index % 12 + 1, 1)


def replace_figures(count, last=None, is_demo=False):
    """`count` months ending `last` (default October 2026), each with distinct values; returns them oldest first."""
    last = last or datetime.date(2026, 10, 1)
    end = (last.year - 2000) * 12 + last.month - 1
    MonthlyFigures.objects.all().delete()
    rows = []
    for i in range(end - count + 1, end + 1):
        pct_15 = Decimal(85) + Decimal(i % 13) * Decimal("0.7")
        rows.append(
            MonthlyFigures(
                month=month(i),
                calls_911=30000 + i,
                calls_non_emergency=15000 + i,
                pct_answered_15s=pct_15,
                pct_answered_20s=pct_15 + Decimal("3.5"),
                average_answer_seconds=Decimal("7.5"),
                abandoned_calls=400 + i % 50,
                text_sessions=20 + i % 9,
                is_demo=is_demo,
            )
        )
    MonthlyFigures.objects.bulk_create(rows)
    from site911.caching.generation import clear

    clear("test figures")
    return rows
