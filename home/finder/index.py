"""The situations staff maintain, prepared once per content generation for fast matching.

A situation matches on its title and keywords (never its reason: "so police can follow up" must not
answer "someone is following me"). Each word weighs by how rare it is among the situations, so "car"
counts less than "catalytic".
"""

import heapq
import math
from dataclasses import dataclass
from functools import lru_cache

from home.finder.reading import NEGATORS, NO_DANGER, STOPWORDS, Lexicon, editor_words
from home.finder.text import Corrector, words
from site911.text import clean_query

# Two-word forms that mean one thing.
_JOINED = {("break", "in"): "breakin", ("break", "into"): "breakin", ("spray", "paint"): "spraypaint"}
MAX_MATCHES = 20
# A word in more situations than this does not bring candidates of its own (it still scores).
MAX_POSTINGS = 25
# A match must cover at least this share of the description's known words.
CONFIDENT_SHARE = 0.5
# ...or this share, whatever its words.
SURE_SHARE = 0.8


@lru_cache(maxsize=8)
def lexicon(extra_emergency_words):
    """The compiled vocabulary, shared by every index with the same editor words."""
    return Lexicon(extra_emergency_words)


@dataclass(frozen=True)
class SituationEntry:
    """What the finder shows of a situation; holds no model instance, so it can live in the memo."""

    title: str
    number: str
    reason: str
    position: int


def terms(stems):
    """The set of meaningful stems, with two-word forms joined."""
    out = set()
    for i, token in enumerate(stems):
        if token is None or token in STOPWORDS or token in NEGATORS:
            continue
        out.add(token)
        if i + 1 < len(stems) and (token, stems[i + 1]) in _JOINED:
            out.add(_JOINED[(token, stems[i + 1])])
    return out


class SituationIndex:
    """The finder for one guidance page: its situations, the vocabulary and the spelling tolerance."""

    def __init__(self, situations, extra_emergency_words="", language="en"):
        # the per-language vocabulary arrives with the finder languages work
        self.lexicon = lexicon(tuple(editor_words(extra_emergency_words)))
        self.entries = []
        self.postings = {}
        self.terms_of = []
        situation_words = set()
        for position, situation in enumerate(situations):
            tokens = words(f"{situation.title} {situation.keywords}")
            situation_words.update(tokens)
            self.entries.append(SituationEntry(situation.title, situation.number, situation.reason, position))
            self.terms_of.append(terms(self.lexicon.match_stems(tokens)))
            for term in self.terms_of[-1]:
                self.postings.setdefault(term, []).append(position)
        count = max(len(self.entries), 1)
        # Rarer words weigh more, and the words the built-in vocabulary knows count double: they say
        # what a situation is about ("graffiti"), where other words say where ("building").
        signal_stems = self.lexicon.stems
        self.weight = {
            term: (1 + math.log(count / len(found))) * (2 if term in signal_stems else 1)
            for term, found in self.postings.items()
        }
        self.unknown_weight = 1 + math.log(count) / 2
        self.corrector = Corrector(self.lexicon.vocabulary | situation_words)

    def read(self, query):
        """The Reading of a raw description: cleaned, split, corrected."""
        tokens = [part for word in words(clean_query(query)) for part in self.corrector.correct(word)]
        return self.lexicon.read(tokens)

    def match(self, reading):
        """[(share, entry)] of the situations matching the description, best first.

        `share` is the part of the description's words (by weight) the situation holds.
        """
        described = terms(reading.match_stems)
        wanted = {t for t in described if t in self.weight}
        # A word no situation has still counts, as a common word would: "ice dam on the roof" is not
        # the drowning situation because "ice" is all it shares with it.
        total = sum(self.weight[t] for t in wanted) + len(described - wanted) * self.unknown_weight
        if not wanted:
            return []
        # Candidates come from the description's distinctive words, so the work stays the same with
        # 40 situations or 500; a situation sharing only common words ("car") would rank low anyway.
        distinctive = [t for t in wanted if len(self.postings[t]) <= MAX_POSTINGS] or wanted
        candidates = {position for term in distinctive for position in self.postings[term]}
        scores = {position: sum(self.weight[t] for t in wanted & self.terms_of[position]) for position in candidates}
        # Only the best few are ever shown or compared: no sort of every situation.
        ranked = heapq.nsmallest(MAX_MATCHES, scores.items(), key=lambda item: (-item[1], item[0]))
        return [(score / total, self.entries[position]) for position, score in ranked]

    def confident(self, reading, matches):
        """The matches good enough to answer from: they hold most of the description, and a word
        that says what it is about rather than only where ("house") or who ("neighbor")."""
        about = terms(reading.match_stems) & (self.lexicon.stems | {NO_DANGER})
        return [
            (share, entry)
            for share, entry in matches
            if share >= SURE_SHARE or (share >= CONFIDENT_SHARE and about & self.terms_of[entry.position])
        ]
