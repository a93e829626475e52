"""The words of the Contact numbers setting in each language; the numbers themselves are never translated.

Why a snippet beside the setting: a site setting is one row per site, so it cannot have a row per
locale, and wagtail-localize translates only translatable models (pages and snippets). So:

* the numbers, switches and links stay in the one Contact numbers setting, read by every locale;
* `ContactWording` holds the setting's text fields (labels, when-texts, text-to-911, TTY and
  interpreter guidance, 311 hours, crisis when), one row per site and locale. The English row is a
  copy of the setting's English text, written each time the setting is saved: it is the source
  staff translate with wagtail-localize (Snippets → Contact wording → Translate), and its changes
  mark the translations out of date there. Staff edit English in the setting, never here;
* `numbers_for_request` (site911/contact.py) lays the request's language's row over the setting.
  A blank translated field keeps the English text, so an untranslated line still shows.
"""

import copy

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Site, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from site911.languages import ENGLISH
from site911.translation_review import ReviewNotePanel

FIELD_NAMES = [
    "emergency_label",
    "emergency_when",
    "text_to_911_instruction",
    "tty_guidance",
    "interpreter_guidance",
    "non_emergency_label",
    "non_emergency_when",
    "non_emergency_hours",
    "outside_city_label",
    "outside_city_when",
    "crisis_label",
    "crisis_when",
]


class ContactWording(TranslatableMixin, models.Model):
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+", editable=False)
    # The setting's text fields, same names and lengths; blank in a translation: the English text shows.
    emergency_label = models.CharField(max_length=60, blank=True)
    emergency_when = models.CharField(max_length=200, blank=True)
    text_to_911_instruction = models.CharField(max_length=200, blank=True)
    tty_guidance = models.CharField(max_length=300, blank=True)
    interpreter_guidance = models.CharField(max_length=300, blank=True)
    non_emergency_label = models.CharField(max_length=60, blank=True)
    non_emergency_when = models.CharField(max_length=200, blank=True)
    non_emergency_hours = models.CharField(max_length=200, blank=True)
    outside_city_label = models.CharField(max_length=60, blank=True)
    outside_city_when = models.CharField(max_length=200, blank=True)
    crisis_label = models.CharField(max_length=60, blank=True)
    crisis_when = models.CharField(max_length=300, blank=True)

    translatable_fields = [SynchronizedField("site")] + [TranslatableField(name) for name in FIELD_NAMES]
    panels = [ReviewNotePanel(), *(FieldPanel(name) for name in FIELD_NAMES)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "contact wording"
        verbose_name_plural = "contact wording"
        constraints = [
            models.UniqueConstraint(fields=["site", "locale"], name="contact_wording_one_per_site_and_locale")
        ]

    def __str__(self):
        return f"Contact numbers wording ({self.site})"

    @classmethod
    def copy_english(cls, setting):
        """Write the setting's English text to the English row of its site (the translations' source)."""
        wording = cls.objects.filter(site=setting.site_id, locale__language_code=ENGLISH).first()
        if wording is None:
            wording = cls(site_id=setting.site_id, locale=Locale.objects.get(language_code=ENGLISH))
        for name in FIELD_NAMES:
            setattr(wording, name, getattr(setting, name))
        wording.save()
        return wording


def overlay(setting, language):
    """`setting` with the words of `language`'s row laid over it (non-blank fields); the setting itself for English."""
    if language == ENGLISH or setting.site_id is None:
        return setting
    wording = ContactWording.objects.filter(site=setting.site_id, locale__language_code=language).first()
    if wording is None:
        return setting
    translated = copy.copy(setting)  # never the instance Wagtail keeps on the request
    for name in FIELD_NAMES:
        if value := getattr(wording, name):
            setattr(translated, name, value)
    return translated
