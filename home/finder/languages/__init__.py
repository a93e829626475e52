"""The finder's languages: one module per language (en, es, so, hmn), each defining the same names.

A module holds the built-in signals (DANGER by category, NOW_STRONG, PAST, NUISANCE, OUTSIDE_CALLER…,
see en.py for what each one means), the words the engine treats specially (STOPWORDS, NEGATORS,
NOW_WORDS…) and how the language is written: CONTRACTIONS, IRREGULAR forms, `strip` (its light
stemmer) and SPELLING (pyspellchecker's dictionary for it, or None). The engine (text.py,
reading.py) is the same for every language. Words are compared with accents folded ("está" is
"esta").
"""

import importlib
from functools import cache

CODES = ("en", "es", "so", "hmn")
DEFAULT = "en"


def code_of(language):
    """The finder language for a locale code: "es" -> es, "en-us" -> en, and anything unknown -> en."""
    base = str(language or "").lower().replace("_", "-").split("-")[0]
    return base if base in CODES else DEFAULT


@cache
def vocabulary(language=DEFAULT):
    """The module of `language`'s vocabulary (English for a language the finder does not know)."""
    return importlib.import_module(f"{__name__}.{code_of(language)}")
