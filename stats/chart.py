"""The chart of the last 24 months, as numbers for a small SVG template (stats/includes/chart.svg).

Why a template and not a chart library: pygal, the one well-kept pure-Python SVG library, embeds
scripts and ECMAScript tooltips by default, and with them off still writes a large style block
and ids meant for its JavaScript; matplotlib is a heavy dependency whose SVG (paths for every glyph,
no <title>/<desc> of our own) is several times larger and not accessible. The chart here is two
lines and two standard lines: about sixty lines of arithmetic and one template give a few
kilobytes of SVG with role="img", a <title> and a <desc>, no scripts and no inline styles (the
Content Security Policy allows none), scaled by its viewBox to any width, and series told apart
by dash and marker shape, not colour alone.

Coordinates are in the viewBox's units; a month with no figures leaves a gap in its line.
"""

import datetime
import math
from dataclasses import dataclass, field

from stats.figures import month_name

WIDTH, HEIGHT = 420, 270
LEFT, RIGHT, TOP, BOTTOM = 44, 60, 12, 40  # margins: value labels left, standard labels right, months below


@dataclass
class Series:
    field: str
    points: list = field(default_factory=list)  # [(x, y, month, value)]
    segments: list = field(default_factory=list)  # "x,y x,y …" runs of consecutive months


def _months_between(first, last):
    return (last.year - first.year) * 12 + last.month - first.month


def _add_months(month, count):
    index = month.year * 12 + month.month - 1 + count
    return datetime.date(index // 12, index % 12 + 1, 1)


def build(months, targets, span=24):
    """The chart's geometry for `months` (oldest first, at least one), with `targets`' lines."""
    last = months[-1].month
    first = _add_months(last, -(span - 1))
    months = [m for m in months if m.month >= first]
    values = [getattr(m, t.field) for m in months for t in targets] + [t.pct for t in targets]
    low = max(0, min(5 * math.floor((float(min(values)) - 1) / 5), 90))
    step = 5 if 100 - low <= 30 else 10
    low = step * (low // step)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(month):
        return round(LEFT + plot_w * _months_between(first, month) / (span - 1), 1)

    def y(value):
        return round(TOP + plot_h * (100 - float(value)) / (100 - low), 1)

    series = []
    for target in targets:
        line = Series(target.field)
        run, previous = [], None
        for m in months:
            point = (x(m.month), y(getattr(m, target.field)), m.month, getattr(m, target.field))
            if previous is not None and _months_between(previous, m.month) != 1 and run:
                line.segments.append(run)
                run = []
            run.append(point)
            line.points.append(point)
            previous = m.month
        line.segments.append(run)
        line.segments = [" ".join(f"{px},{py}" for px, py, _, _ in run) for run in line.segments]
        series.append(line)

    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "bottom": HEIGHT - BOTTOM,
        "grid": [(y(v), v) for v in range(low, 101, step)],
        "ticks": [(x(_add_months(first, i)), _add_months(first, i)) for i in range(span - 1, -1, -6)][::-1],
        "standards": [(y(t.pct), t) for t in targets],
        "series": series,
        "first": first,
        "last": last,
        "first_label": month_name(first),
        "last_label": month_name(last),
    }
