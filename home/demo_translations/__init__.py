"""The demo's translations: DRAFTS written for the demo, NOT reviewed by a qualified translator.

Each language's module maps the English text of a segment (as wagtail-localize extracts it: one
paragraph or list item of rich text, one field, one list item) to its translation: `TEXTS`. The
demo builds a PO file from it for each page and snippet and imports it through wagtail-localize,
as a translation agency's upload would (site911/demo_translation.py). A text missing here, or an
English text an editor changed, stays in English (wagtail-localize's fallback): nothing is hidden.
The situations' translations are in home/demo_situations.py (`TRANSLATED`).

Every page and snippet translated from here carries the "needs review by a qualified translator"
note in the admin until a reviewer clears it (README "Languages").
"""

from importlib import import_module


def texts(language):
    """English text → `language`'s draft translation."""
    return import_module(f"{__name__}.{language}").TEXTS


# The demo pages (by slug, under the home page) each language translates, besides the home page itself.
PAGES = {
    "es": ["when-to-call", "about", "request-a-speaker"],
    "so": ["when-to-call"],
    "hmn": ["when-to-call"],
}
