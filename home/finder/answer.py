"""The decision: which number a description should be answered with, and why.

Danger always wins; then a caller outside the city whose emergency is in it; then anything happening
now that is more than a nuisance; then what is over or a nuisance; then the situations; and when
none of that settles it, 911 with two questions that let the resident say more.
"""

from dataclasses import dataclass, field

from home.finder import vocabulary as v
from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

MAX_SITUATIONS = 5
# A situation sharing less of the description than this is not shown.
MIN_SHOWN_SHARE = 0.3
# An emergency situation scoring this close to a better non-emergency one makes the answer unsure.
CLOSE_SHARE = 0.75
YES, NO = "yes", "no"


@dataclass
class Answer:
    kind: str  # EMERGENCY, NON_EMERGENCY or OUTSIDE_CITY
    reason: str
    situations: list = field(default_factory=list)  # SituationEntry, best first
    sure: bool = True
    ask_danger: bool = False  # "Is anyone hurt or in danger right now?"
    ask_now: bool = False  # "Is it still happening?"
    signals: list = field(default_factory=list)  # the danger categories found

    def as_json(self, number=""):
        """What `?format=json` returns: no query, nothing personal. `number` is the one to call."""
        return {
            "answer": self.kind,
            "call": number,
            "reason": str(self.reason),
            "sure": self.sure,
            "signals": self.signals,
            "situations": [{"title": s.title, "number": s.number, "reason": s.reason} for s in self.situations],
        }


def answer_for(index, query, danger=None, now=None):
    """The Answer to `query` from the situations in `index`.

    `danger` and `now` are the resident's answers ("yes"/"no") to the two questions, when given.
    """
    reading = index.read(query)
    matches = index.match(reading)
    if danger is None and reading.safe:  # "nobody is hurt" answers the first question
        danger = NO
    outside_emergency = reading.outside_caller and reading.in_city

    if reading.danger:
        category = reading.danger[0]
        if outside_emergency:
            return _answer(OUTSIDE_CITY, v.REASON_OUTSIDE, matches, reading)
        reason = v.REASON_EDITOR if category == "editor" else v.DANGER_REASONS[category]
        return _answer(EMERGENCY, reason, matches, reading)
    if outside_emergency and not reading.over:
        return _answer(OUTSIDE_CITY, v.REASON_OUTSIDE, matches, reading)
    if reading.now and (reading.crime or not reading.nuisance):
        return _answer(EMERGENCY, v.REASON_NOW, matches, reading)
    if YES in (danger, now):
        return _answer(EMERGENCY, v.REASON_ANSWERED_DANGER, matches, reading)
    confident = index.confident(reading, matches)
    # "Over" says when, not what: it answers the non-emergency line only for a crime, a nuisance or a
    # situation it recognises ("he was just in the yard a minute ago" is not a report).
    known = (
        reading.crime
        or reading.nuisance
        or any(entry.number == NON_EMERGENCY and share >= MIN_SHOWN_SHARE for share, entry in matches)
    )
    if (reading.over and known) or reading.nuisance or (danger, now) == (NO, NO):
        reason = v.REASON_PAST if reading.over else v.REASON_NUISANCE
        if (danger, now) == (NO, NO):
            reason = v.REASON_ANSWERED_SAFE
        reason = _situation_reason(confident, NON_EMERGENCY) or reason
        return _answer(NON_EMERGENCY, reason, matches, reading)
    return _from_situations(confident, matches, reading, danger, now)


def _from_situations(confident, matches, reading, danger, now):
    if confident:
        best_share, best = confident[0]
        close_kinds = {entry.number for share, entry in confident if share >= best_share * CLOSE_SHARE}
        # "car break-in" is close to both "someone is breaking into a car now" and "my car was broken
        # into": 911 first, and the questions let the resident say which.
        if close_kinds == {best.number}:
            return _answer(best.number, best.reason, matches, reading)
    unsure = _answer(EMERGENCY, v.REASON_UNSURE, matches, reading, sure=False)
    unsure.ask_danger = danger is None
    unsure.ask_now = now is None
    return unsure


def _situation_reason(matches, kind):
    return next((entry.reason for share, entry in matches if entry.number == kind), None)


def _answer(kind, reason, matches, reading, sure=True):
    """An Answer with the situations that agree with it (all of them, emergencies first, when unsure)."""
    matches = [(share, entry) for share, entry in matches if share >= MIN_SHOWN_SHARE]
    if sure:
        shown = [entry for share, entry in matches if entry.number == kind]
    else:
        shown = [entry for share, entry in sorted(matches, key=lambda m: (m[1].number != EMERGENCY, -m[0]))]
    return Answer(kind, reason, shown[:MAX_SITUATIONS], sure=sure, signals=list(reading.danger))
