"""`make eval-finder`: how the finder answers the labelled descriptions in evaluation/.

English: descriptions.tsv is the set the finder is tuned on; holdout*.tsv were written apart from
it, to check the bar on descriptions the tuning never saw. Other languages have a folder each
(es/, so/, hmn/) with the same kinds of file, scored against the demo situations in that language
and the finder's vocabulary of that language. Sets only grow: a case is never removed to pass.

Prints, per file and per language, a confusion table (expected × answered) and three rates:
- under-triage: an emergency whose first answer is not 911 (an outside-city emergency must get the
  outside-city line or 911);
- over-triage: a non-emergency answered 911;
- no match: answered "not sure" (911 first, with the two questions).
Exits non-zero when under-triage is above 0 in any language, or non-emergency accuracy is below
the language's bar (MIN_NON_EMERGENCY_ACCURACY_IN).
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
# The bar per language. Lower outside English because the vocabularies are younger (written for the
# demo, without a native speaker's review) and Somali and Hmong have only the 15 most common
# situations and no spelling dictionary: a non-emergency they do not recognise is answered "not sure"
# (911 first, with the two questions), which costs accuracy but never safety. Under-triage stays 0
# in every language.
MIN_NON_EMERGENCY_ACCURACY_IN = {"en": MIN_NON_EMERGENCY_ACCURACY, "es": 0.8, "so": 0.7, "hmn": 0.7}


@dataclass(frozen=True)
class DemoSituation:
    title: str
    keywords: str
    number: str
    reason: str


def files(language):
    """The evaluation files of `language`, relative to FOLDER: the English ones at the top."""
    if language == "en":
        return [name for name in FILES if (FOLDER / name).exists()]
    return sorted(f"{language}/{path.name}" for path in (FOLDER / language).glob("*.tsv"))


def load(name):
    with open(FOLDER / name, encoding="utf-8", newline="") as f:
        return [(row["answer"], row["description"]) for row in csv.DictReader(f, delimiter="\t")]


def demo_index(language="en"):
    """The finder of the demo guidance page in `language`."""
    from home.demo_situations import situations_in
    from home.finder import SituationIndex

    return SituationIndex([DemoSituation(*s) for s in situations_in(language)], language=language)


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
    ok = True
    for language, bar in MIN_NON_EMERGENCY_ACCURACY_IN.items():
        index = demo_index(language)
        total = Counter()
        if not files(language):
            out.write(f"\n{language}: NO evaluation set\n")
            ok = False
            continue
        for name in files(language):
            table, failures = score(load(name), index)
            report(name, table, failures, out)
            total += table
            r = rates(table)
            ok = ok and r["under-triage"] == 0 and r["non-emergency accuracy"] >= bar
        report(f"{language}, all files", total, [], out)
        out.write(f"  bar: under-triage 0 and non-emergency accuracy >= {bar:.0%} in every file\n")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
