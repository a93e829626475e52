"""Demo translations made the way a translation agency's work arrives: through wagtail-localize and a PO file.

For an object and a language: its TranslationSource (the English content, segment by segment), a
Translation into the language, the PO file wagtail-localize would let staff download, filled in
from the demo's texts, imported with wagtail-localize's own PO import (what "Upload PO file" does),
then the translated page or snippet built from those strings. A segment the texts do not cover
keeps its English text (wagtail-localize's fallback), so nothing is ever missing, only untranslated.

The demo then publishes its pages directly (no review workflow) and marks each translated object
"needs review by a qualified translator" (site911/translation_review.py).

An object already translated into the language is left alone: running the demo again changes
nothing and never overwrites a translator's or reviewer's work.
"""

from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import Translation, TranslationSource

from site911 import translation_review

TOOL_NAME = "site911 demo drafts"


def translate(instance, language, translated_text):
    """`instance` in `language`, created when missing; `translated_text(po_entry)` gives an entry's text or "".

    Returns (translated instance, created).
    """
    locale, _ = Locale.objects.get_or_create(language_code=language)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing, False
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in list(po):
        entry.msgstr = translated_text(entry) or ""
        if not entry.msgstr:  # import_po reads the database for every entry, even a blank one it then skips
            po.remove(entry)
    translation.import_po(po, tool_name=TOOL_NAME)
    draftable = isinstance(instance, DraftStateMixin)
    # A page is saved as a draft revision and published here, in this transaction (wagtail-localize
    # would publish it after the commit); other snippets have no draft.
    target, _ = source.create_or_update_translation(locale, publish=not draftable, fallback=True)
    if draftable:
        target.get_latest_revision().publish()
    translation_review.mark(target)
    return target, True
