"""`make eval-finder`: how the finder answers the labelled descriptions in evaluation/.

descriptions.tsv is the set the finder is tuned on; holdout.tsv was written apart from it, to check
the bar on descriptions the tuning never saw. Both only grow: a case is never removed to pass.

Prints, per file, a confusion table (expected × answered) and three rates:
- under-triage: an emergency whose first answer is not 911 (an outside-city emergency must get the
  outside-city line or 911);
- over-triage: a non-emergency answered 911;
- no match: answered "not sure" (911 first, with the two questions).
Exits non-zero when under-triage is above 0 or non-emergency accuracy below 90 %.
"""

import csv
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "evaluation"
FILES = ["descriptions.tsv", "holdout.tsv", "holdout2.tsv", "holdout3.tsv"]
UNSURE = "unsure"
MIN_NON_EMERGENCY_ACCURACY = 0.9


@dataclass(frozen=True)
class DemoSituation:
    title: str
    keywords: str
    number: str
    reason: str


def load(name):
    with open(FOLDER / name, encoding="utf-8", newline="") as f:
        return [(row["answer"], row["description"]) for row in csv.DictReader(f, delimiter="\t")]


def demo_index():
    from home.demo_situations import SITUATIONS
    from home.finder import SituationIndex

    return SituationIndex([DemoSituation(*s) for s in SITUATIONS])


def answered(answer):
    """The column an Answer counts in: its kind, or "unsure" when it asks instead."""
    return answer.kind if answer.sure else UNSURE


def score(cases, index):
    """Counter of (expected, answered), and the failing cases."""
    from home.finder import answer_for
    from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

    table = Counter()
    failures = []
    for expected, description in cases:
        got = answered(answer_for(index, description))
        table[(expected, got)] += 1
        safe_for_emergency = got in (EMERGENCY, UNSURE) or (expected == OUTSIDE_CITY and got == OUTSIDE_CITY)
        if (expected in (EMERGENCY, OUTSIDE_CITY) and not safe_for_emergency) or (
            expected == NON_EMERGENCY and got != NON_EMERGENCY
        ):
            failures.append((expected, got, description))
    return table, failures


def rates(table):
    from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

    def total(expected):
        return sum(n for (e, _), n in table.items() if e == expected) or 1

    urgent = total(EMERGENCY) + total(OUTSIDE_CITY)
    under = sum(
        n
        for (e, got), n in table.items()
        if (e == EMERGENCY and got not in (EMERGENCY, UNSURE))
        or (e == OUTSIDE_CITY and got not in (EMERGENCY, UNSURE, OUTSIDE_CITY))
    )
    return {
        "under-triage": under / urgent,
        "over-triage": table[(NON_EMERGENCY, EMERGENCY)] / total(NON_EMERGENCY),
        "no match": sum(n for (_, got), n in table.items() if got == UNSURE) / sum(table.values()),
        "non-emergency accuracy": table[(NON_EMERGENCY, NON_EMERGENCY)] / total(NON_EMERGENCY),
        "outside-city accuracy": table[(OUTSIDE_CITY, OUTSIDE_CITY)] / total(OUTSIDE_CITY),
    }


def report(name, table, failures, out):
    from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

    columns = [EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY, UNSURE]
    out.write(f"\n{name}: {sum(table.values())} descriptions\n")
    out.write(f"{'expected → answered':<22}" + "".join(f"{c:>15}" for c in columns) + "\n")
    for expected in columns[:3]:
        out.write(f"{expected:<22}" + "".join(f"{table[(expected, c)]:>15}" for c in columns) + "\n")
    for label, value in rates(table).items():
        out.write(f"  {label}: {value:.1%}\n")
    for expected, got, description in failures:
        out.write(f"  MISS expected {expected}, answered {got}: {description}\n")


def main(out=sys.stdout):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site911.settings.dev")
    import django

    django.setup()
    index = demo_index()
    ok = True
    for name in FILES:
        if not (FOLDER / name).exists():
            continue
        table, failures = score(load(name), index)
        report(name, table, failures, out)
        r = rates(table)
        ok = ok and r["under-triage"] == 0 and r["non-emergency accuracy"] >= MIN_NON_EMERGENCY_ACCURACY
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
