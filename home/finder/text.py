"""Text as residents type it: normalised words, their stems, and tolerance for misspellings.

Words reduce to one stem ("broke", "breaking", "break-in" all meet), contractions are spelt out
("isn't" is "is not", "someone's" is "someone is"), and a word that is neither in the finder's
vocabulary nor a known English word is corrected to the nearest vocabulary word when it is a
plausible typo of it ("somone", "folowed", "breathin", "siezure").
"""

import re
import threading
import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, Indel, Levenshtein

_WORD = re.compile(r"[a-z0-9]+")
# Contractions, with or without the apostrophe.
_CONTRACTIONS = {
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "aint": "is not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "cannot": "can not",
    "couldnt": "could not",
    "wont": "will not",
    "wouldnt": "would not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "shouldnt": "should not",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
    "were": "were",
    "hes": "he is",
    "shes": "she is",
    "theres": "there is",
    "whats": "what is",
    "thats": "that is",
    "someones": "someone is",
    "somebodys": "somebody is",
    "theyve": "they have",
    "rn": "right now",
    "yr": "year",
    "yrs": "years",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "u": "you",
    "ppl": "people",
    "pls": "please",
    "plz": "please",
}
# "'s" after these is "is"; after anything else it marks a possessive and is dropped.
_IS_AFTER = {"he", "she", "it", "there", "that", "what", "who", "someone", "somebody", "here", "where"}

# Forms that suffix stripping cannot reach.
IRREGULAR = {
    "broke": "break",
    "broken": "break",
    "stole": "steal",
    "stolen": "steal",
    "stollen": "steal",
    "theft": "steal",
    "thief": "steal",
    "thieves": "steal",
    "fell": "fall",
    "fallen": "fall",
    "ran": "run",
    "burnt": "burn",
    "lost": "lose",
    "saw": "see",
    "seen": "see",
    "left": "leave",
    "took": "take",
    "taken": "take",
    "shot": "shoot",
    "fought": "fight",
    "beaten": "beat",
    "children": "child",
    "kids": "child",
    "kid": "child",
    "toddler": "child",
    "baby": "child",
    "men": "man",
    "guy": "man",
    "guys": "man",
    "dude": "man",
    "women": "woman",
    "lady": "woman",
    "breakin": "breakin",
    "burglary": "breakin",
    "burglar": "breakin",
    "burglarized": "breakin",
    "burgled": "breakin",
    "vehicle": "car",
    "auto": "car",
    "truck": "car",
    "suv": "car",
    "van": "car",
    "bicycle": "bike",
    "loud": "noise",
    "noisy": "noise",
    "music": "noise",
    "fireworks": "firework",
    "neighbour": "neighbor",
    "neighbours": "neighbor",
    "cops": "police",
    "cop": "police",
    "robbery": "rob",
    "robber": "rob",
    "accident": "crash",
    "collision": "crash",
    "wreck": "crash",
    "injured": "hurt",
    "injury": "hurt",
    "injuries": "hurt",
    "hurting": "hurt",
    "hurts": "hurt",
    "driveway": "driveway",
    "alarm": "alarm",
    "gunshot": "shoot",
    "gunshots": "shoot",
    "gunfire": "shoot",
    "od": "overdose",
    "odd": "odd",
    "happened": "happened",  # over, where "happening" is not
    "oding": "overdose",
    "odeing": "overdose",
}


def words(text):
    """Lower-case ASCII words with contractions spelt out: "He's NOT breathin'" -> he is not breathin."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = text.replace("’", "'").replace("‘", "'")
    text = re.sub(r"(\w)'s\b", lambda m: m.group(1) + " 's", text)
    text = text.replace("n't", "nt").replace("'m", "m").replace("'re", "re").replace("'ve", "ve")
    out = []
    for part in re.findall(r"'s|[a-z0-9]+", text):
        if part == "'s":
            if out and out[-1] in _IS_AFTER:
                out.append("is")
            continue
        out.extend(_CONTRACTIONS.get(part, part).split())
    return out


@lru_cache(maxsize=20_000)
def stem(word):
    """One stem for a word's common forms: breaking, breaks, broke -> break."""
    if word in _IRREGULAR_STEMS:
        return _IRREGULAR_STEMS[word]
    return _strip(word)


def _strip(word):
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "ls":  # "robb(ing)" -> "rob"
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):  # "bike" and "bik(es)" meet
        word = word[:-1]
    return word


# A form that maps to itself ("happened", "breakin") is kept whole; others meet their target's stem.
_IRREGULAR_STEMS = {form: target if target == form else _strip(target) for form, target in IRREGULAR.items()}

_english = None
_english_lock = threading.Lock()


def english_words():
    """Known English words (pyspellchecker's list): a real word is never "corrected" into another."""
    global _english
    if _english is None:
        with _english_lock:
            if _english is None:
                from spellchecker import SpellChecker

                _english = frozenset(SpellChecker(distance=1).word_frequency.dictionary)
    return _english


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

    def __init__(self, vocabulary):
        self.vocabulary = frozenset(vocabulary)
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
        if word in english_words():
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
