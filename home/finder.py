"""The situation finder: match what a resident types against the situations staff maintain.

Server-side and dependency-free: words match in any order, and common variants of a word
("broke in", "break-in", "breaking") reduce to one stem before comparing.
"""

import re
import unicodedata

MAX_QUERY_LENGTH = 200

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are at be been by can do for from has have i if in into is it its me my of on or our "
    "should so some someone somebody that the their there they this to was we what when where who "
    "with you your call".split()
)
# Irregular forms that suffix stripping cannot reach.
_IRREGULAR = {
    "broke": "break",
    "broken": "break",
    "stole": "steal",
    "stolen": "steal",
    "hit": "hit",
    "fell": "fall",
    "fallen": "fall",
    "ran": "run",
    "burnt": "burn",
    "lost": "lose",
    "saw": "see",
    "seen": "see",
    "left": "leave",
    "children": "child",
    "kids": "child",
    "kid": "child",
    "men": "man",
    "women": "woman",
    "burglary": "breakin",
    "burglar": "breakin",
    "burgled": "breakin",
    "vehicle": "car",
    "auto": "car",
    "loud": "noise",
    "noisy": "noise",
    "music": "noise",
    "party": "noise",
    "fireworks": "firework",
}
# Two-word phrases that mean one thing.
_PHRASES = {("break", "in"): "breakin", ("break", "into"): "breakin", ("car", "accident"): "crash"}


def clean_query(raw):
    """Drop control characters and markup-significant noise; cap the length. Never raises."""
    text = "".join(ch for ch in str(raw) if unicodedata.category(ch)[0] != "C" or ch == " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _stem(word):
    word = _IRREGULAR.get(word, word)
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2]:  # "robb(ing)" -> "rob"
        word = word[:-1]
    if len(word) > 3 and word.endswith("e"):  # "bike" and "bik(es)" meet
        word = word[:-1]
    return _IRREGULAR.get(word, word)


def stems(text):
    """The set of meaningful stems in `text`, phrases joined."""
    words = _WORD.findall(unicodedata.normalize("NFKD", text).lower())
    out = set()
    previous = None
    for word in words:
        stem = _stem(word)
        if previous and (previous, word) in _PHRASES:
            out.add(_PHRASES[(previous, word)])
        if word == "breakin":
            stem = "breakin"
        if word not in _STOPWORDS and stem not in _STOPWORDS:
            out.add(stem)
        previous = stem
    return out


def match(situations, query):
    """Situations whose text holds every meaningful word of `query`, best first.

    When no situation holds all of them, those holding most of them (at least half) are returned.
    """
    wanted = stems(query)
    if not wanted:
        return list(situations)
    scored = []
    for position, situation in enumerate(situations):
        have = stems(situation.search_text)
        hits = len(wanted & have)
        if hits:
            scored.append((hits, -position, situation))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    complete = [s for hits, _, s in scored if hits == len(wanted)]
    if complete:
        return complete
    return [s for hits, _, s in scored if hits * 2 >= len(wanted)]
