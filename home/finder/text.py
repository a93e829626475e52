"""Text as residents type it, in any of the finder's languages: normalised words, their stems, and
tolerance for misspellings. What differs between languages is data in languages/<code>.py.

In English, words reduce to one stem ("broke", "breaking", "break-in" all meet), contractions are spelt out
("isn't" is "is not", "someone's" is "someone is"), and a word that is neither in the finder's
vocabulary nor a known word of the language is corrected to the nearest vocabulary word when it is a
plausible typo of it ("somone", "folowed", "breathin", "siezure").
"""

import re
import threading
import unicodedata
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel, Levenshtein

from home.finder.languages import DEFAULT, code_of, vocabulary


def fold(text):
    """The text without accents: "está" -> "esta"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def words(text, language=DEFAULT):
    """Lower-case ASCII words with accents folded and contractions spelt out:
    "He's NOT breathin'" -> he is not breathin; "está sangrando" -> esta sangrando."""
    v = vocabulary(language)
    text = fold(text).lower()
    text = text.replace("’", "'").replace("‘", "'")
    if v.KEEP_APOSTROPHES:  # part of the word ("ma'aha"), written or not
        text = text.replace("'", "")
    text = re.sub(r"(\w)'s\b", lambda m: m.group(1) + " 's", text)
    text = text.replace("n't", "nt").replace("'m", "m").replace("'re", "re").replace("'ve", "ve")
    out = []
    for part in re.findall(r"'s|[a-z0-9]+", text):
        if part == "'s":
            if out and out[-1] in v.IS_AFTER:
                out.append("is")
            continue
        out.extend(v.CONTRACTIONS.get(part, part).split())
    return out


@lru_cache(maxsize=40_000)
def stem(word, language=DEFAULT):
    """One stem for a word's common forms: breaking, breaks, broke -> break; sangrando, sangra -> sangr."""
    irregular = _irregular_stems(code_of(language))
    if word in irregular:
        return irregular[word]
    return vocabulary(language).strip(word)


@cache
def _irregular_stems(language):
    """A form that maps to itself ("happened", "breakin") is kept whole; others meet their target's stem."""
    strip = vocabulary(language).strip
    return {
        form: target if target == form else strip(target) for form, target in vocabulary(language).IRREGULAR.items()
    }


_known = {}
_known_lock = threading.Lock()


def known_words(language=DEFAULT):
    """The real words of the language (pyspellchecker's list, none when it has no dictionary for it):
    a real word is never "corrected" into another."""
    code = code_of(language)
    if code not in _known:
        with _known_lock:
            if code not in _known:
                spelling = vocabulary(code).SPELLING
                if spelling is None:
                    _known[code] = frozenset()
                else:
                    from spellchecker import SpellChecker

                    known = SpellChecker(language=spelling, distance=1).word_frequency.dictionary
                    _known[code] = frozenset(map(fold, known))
    return _known[code]


def _plausible_typo(typed, word):
    """True when `typed` is one slip away from `word`: a letter missed, doubled or swapped; in long
    words also one letter wrong or two missed. Short words may not have a letter replaced, since
    that links real words ("shoes" and "shots")."""
    if typed[0] != word[0]:
        return False
    if Indel.distance(typed, word) <= 1:
        return True
    if OSA.distance(typed, word) == 1 and sorted(typed) == sorted(word):
        return True
    if len(typed) >= 7:
        return Levenshtein.distance(typed, word) <= 1 or Indel.distance(typed, word) <= 2
    return False


class Corrector:
    """Corrects a misspelt word to the nearest word of `vocabulary`, or splits run-together words."""

    MIN_LENGTH = 4

    def __init__(self, vocabulary, language=DEFAULT):
        self.vocabulary = frozenset(vocabulary)
        self.language = language
        self._choices = sorted(self.vocabulary)
        self._cache = {}

    def correct(self, word):
        """The words `word` stands for: itself, its correction, or the two words it ran together."""
        if word in self.vocabulary or len(word) < self.MIN_LENGTH or word.isdigit():
            return (word,)
        found = self._cache.get(word)
        if found is None:
            found = self._correct(word)
            if len(self._cache) < 5000:
                self._cache[word] = found
        return found

    def _correct(self, word):
        if word in known_words(self.language):
            return (word,)
        candidates = process.extract(word, self._choices, scorer=Levenshtein.distance, score_cutoff=2, limit=8)
        plausible = [(score, len(choice), choice) for choice, score, _ in candidates if _plausible_typo(word, choice)]
        if plausible:
            return (min(plausible)[2],)
        for cut in range(3, len(word) - 2):
            head, tail = word[:cut], word[cut:]
            if head in self.vocabulary and tail in self.vocabulary:
                return (head, tail)
        return (word,)
