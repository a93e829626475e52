"""What a description signals: danger, happening now, over already, a nuisance, a caller outside the city."""

import re
from dataclasses import dataclass, field
from functools import partial

from home.finder.languages import DEFAULT, code_of, vocabulary
from home.finder.text import stem, words

GAP = "..."
NO_DANGER = "nodanger"
MAX_GAP = 3


@dataclass(frozen=True)
class Phrase:
    items: tuple  # stems, GAP, ("@", group name) or ("=", a word exactly as written)
    label: str  # the category, e.g. "medical"
    text: str


def _compile(text, label, language=DEFAULT):
    items = []
    for word in text.split():
        if word == GAP:
            items.append(GAP)
        elif word.startswith("@"):
            items.append(("@", word[1:]))
        elif word.startswith("="):
            items.append(("=", word[1:]))
        else:
            items.extend(stem(w, language) for w in words(word, language))
    return Phrase(tuple(items), label, text)


def _phrases(spec, label, language=DEFAULT):
    return [_compile(part.strip(), label, language) for part in spec.split("|") if part.strip()]


class PhraseSet:
    """Phrases indexed by their first stem, found in a list of stems."""

    def __init__(self, phrases, groups, stem):
        self.groups = groups
        self.by_first = {}
        self.wildcard = []
        for phrase in phrases:
            first = phrase.items[0]
            if isinstance(first, tuple) and first[0] == "@":
                self.wildcard.append(phrase)
            else:
                key = stem(first[1]) if isinstance(first, tuple) else first
                self.by_first.setdefault(key, []).append(phrase)

    def _item_matches(self, item, token, word):
        if isinstance(item, tuple):
            return token in self.groups[item[1]] if item[0] == "@" else word == item[1]
        return token == item

    def _match_at(self, items, stems, tokens, i):
        """The end of `items` matched from position i, or None."""
        if not items:
            return i
        item, rest = items[0], items[1:]
        if item == GAP:
            for skip in range(MAX_GAP + 1):
                end = self._match_at(rest, stems, tokens, i + skip)
                if end is not None:
                    return end
            return None
        if i < len(stems) and stems[i] is not None and self._item_matches(item, stems[i], tokens[i]):
            return self._match_at(rest, stems, tokens, i + 1)
        return None

    def find(self, stems, tokens):
        """Every (start, end, phrase) found in `stems` (None where masked) of the words `tokens`."""
        hits = []
        for i, token in enumerate(stems):
            if token is None:
                continue
            for phrase in self.by_first.get(token, []) + self.wildcard:
                end = self._match_at(phrase.items, stems, tokens, i)
                if end is not None:
                    hits.append((i, end, phrase))
        return hits


@dataclass
class Reading:
    """The signals found in one description."""

    words: list
    stems: list
    danger: list = field(default_factory=list)  # categories, most telling first
    negated: list = field(default_factory=list)  # (start, end) of negated danger words and "everyone is fine"
    now_strong: bool = False
    now_weak: bool = False
    past: bool = False
    crime: bool = False
    nuisance: bool = False
    outside_caller: bool = False
    in_city: bool = False

    @property
    def match_stems(self):
        """The stems for matching situations: a negated danger word ("nobody is hurt", "no injuries")
        becomes the one term NO_DANGER, so it matches situations that say the same, not the danger."""
        out = list(self.stems)
        for start, end in self.negated:
            out[start:end] = [NO_DANGER] + [None] * (end - start - 1)
        return out

    @property
    def safe(self):
        """Danger words, all negated: the description itself says nobody is in danger."""
        return bool(self.negated) and not self.danger

    @property
    def now(self):
        return self.now_strong or (self.now_weak and not self.past)

    @property
    def over(self):
        return self.past and not self.now_strong


# The order in which a category's reason is preferred when several are found.
DANGER_ORDER = ["crisis", "medical", "fire", "violence", "missing", "intruder", "driving", "fear", "editor"]


class Lexicon:
    """A language's built-in vocabulary compiled once, plus the emergency words an editor added."""

    def __init__(self, extra_emergency_words=(), language=DEFAULT):
        self.language = language = code_of(language)
        v = vocabulary(language)
        self.stem = stem_of = partial(stem, language=language)
        self.words = partial(words, language=language)

        def phrases(spec, label):
            return PhraseSet(_phrases(spec, label, language), groups, stem_of)

        groups = {name: frozenset(stem_of(w) for w in spec.split()) for name, spec in v.GROUPS.items()}
        danger = [p for label, spec in v.DANGER.items() for p in _phrases(spec, label, language)]
        danger += [_compile(w, "editor", language) for w in extra_emergency_words if self.words(w)]
        self.danger = PhraseSet(danger, groups, stem_of)
        self.neutral = phrases(v.NEUTRAL, "neutral")
        self.safe = phrases(v.SAFE, "safe")
        self.now_strong = phrases(v.NOW_STRONG, "now")
        self.past = phrases(v.PAST, "past")
        self.crime = phrases(v.CRIME, "crime")
        self.nuisance = phrases(v.NUISANCE, "nuisance")
        self.outside_caller = phrases(v.OUTSIDE_CALLER, "outside")
        self.in_city = phrases(v.IN_CITY, "city")
        self.actors = frozenset(stem_of(w) for w in v.ACTORS.split())
        self.present_aux = frozenset(v.PRESENT_AUX.split())
        self.past_forms = frozenset(v.PAST_FORMS.split())
        self.negators = frozenset(v.NEGATORS.split())
        self.stopwords = frozenset(v.STOPWORDS.split())
        self.clause_breaks = frozenset(v.CLAUSE_BREAKS.split())
        self.continuing = frozenset(v.CONTINUING.split())
        self.now_words = frozenset(v.NOW_WORDS.split())
        self.just = v.JUST
        self.just_not_now = frozenset(v.JUST_NOT_NOW.split())
        self.progressive = v.PROGRESSIVE
        self.progressive_min_length = v.PROGRESSIVE_MIN_LENGTH
        self.not_verbs = frozenset(v.NOT_VERBS.split())
        self.joined = v.JOINED
        spec_text = " ".join(
            list(v.DANGER.values())
            + [v.NEUTRAL, v.SAFE, v.NOW_STRONG, v.NOW_WORDS, v.JUST, v.PAST, v.PAST_FORMS, v.CRIME, v.NUISANCE]
            + [v.OUTSIDE_CALLER, v.IN_CITY, v.ACTORS, v.PRESENT_AUX, *v.GROUPS.values()]
            + list(extra_emergency_words)
        )
        # The words the spelling tolerance corrects towards.
        self.vocabulary = frozenset(self.words(spec_text)) | self.stopwords | self.negators
        signal_text = " ".join([*v.DANGER.values(), v.CRIME, v.NUISANCE])
        # The words that say what something is about (not where or who): they weigh more in matching.
        self.unmatched = self.stopwords | self.negators  # compared with stems: no term of matching
        self.stems = frozenset(stem_of(w) for w in self.words(signal_text)) - self.unmatched

    def _read_danger(self, tokens):
        """A Reading with its danger and negations, and the stems with neutral phrases masked."""
        stems = [self.stem(w) for w in tokens]
        reading = Reading(words=tokens, stems=stems)
        masked = _mask(stems, self.neutral.find(stems, tokens))
        reading.danger, reading.negated = self._danger(tokens, masked)
        reading.negated += [(start, end) for start, end, _ in self.safe.find(masked, tokens)]
        return reading, masked

    def match_stems(self, tokens):
        """Only what matching needs of a text (a situation's title and keywords): its stems, negations marked."""
        return self._read_danger(tokens)[0].match_stems

    def read(self, tokens):
        """The Reading of a description already split into (corrected) words."""
        reading, masked = self._read_danger(tokens)
        past_hits = self.past.find(masked, tokens)
        reading.past = bool(past_hits) or self._past_form(tokens)
        after_past = _mask(masked, past_hits)
        reading.now_strong = bool(self.now_strong.find(after_past, tokens))
        reading.now_weak = self._now_weak(tokens, after_past)
        reading.crime = bool(self.crime.find(masked, tokens))
        reading.nuisance = bool(self.nuisance.find(reading.stems, tokens))  # "car alarm" is neutral for danger only
        reading.outside_caller = bool(self.outside_caller.find(masked, tokens))
        reading.in_city = bool(self.in_city.find(masked, tokens))
        return reading

    def _danger(self, tokens, stems):
        """The danger categories found, and the spans of danger words that were negated ("nobody hurt")."""
        found, negated = [], []
        for start, end, phrase in self.danger.find(stems, tokens):
            if phrase.items[0] not in self.negators and self._negated(tokens, start):
                negated.append((start, end))
            elif phrase.label not in found:
                found.append(phrase.label)
        return sorted(found, key=DANGER_ORDER.index), negated

    def _past_form(self, tokens):
        """A crime verb in the past ("stole", "broke") not preceded by "just"."""
        for i, word in enumerate(tokens):
            if word in self.past_forms and (i == 0 or tokens[i - 1] != self.just):
                return True
        return False

    def _now_weak(self, tokens, stems):
        for i, word in enumerate(tokens):
            if stems[i] is None:
                continue
            if word in self.now_words:
                return True
            if word == self.just and i + 1 < len(tokens) and tokens[i + 1] not in self.just_not_now:
                return True
            if self._is_progressive(word) and i > 0:
                before = tokens[max(0, i - 2) : i]
                if any(w in self.present_aux for w in before) or stems[i - 1] in self.actors:
                    return True
        return False

    def _is_progressive(self, word):
        return (
            word.endswith(self.progressive) and len(word) >= self.progressive_min_length and word not in self.not_verbs
        )

    def _negated(self, tokens, start):
        """A negator shortly before position `start`, in the same clause ("will not stop bleeding" is not one)."""
        for word in reversed(tokens[max(0, start - MAX_GAP) : start]):
            if word in self.clause_breaks or word in self.continuing:
                return False
            if word in self.negators:
                return True
        return False


def _mask(stems, hits):
    masked = list(stems)
    for start, end, _phrase in hits:
        for i in range(start, end):
            masked[i] = None
    return masked


_SPLIT = re.compile(r"[,\n;]+")


def editor_words(text):
    """The phrases of an editor's comma- or line-separated list."""
    return [part.strip() for part in _SPLIT.split(text or "") if part.strip()]
