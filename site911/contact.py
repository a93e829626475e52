"""The Contact numbers site setting: every way to reach help that the site shows (its lines: site911/lines.py)."""

from django.db import models
from django.utils import translation
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from site911 import contact_wording
from site911.caching.content_memo import memoized
from site911.lines import CRISIS, EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY, ContactLine


@register_setting(icon="mobile-alt")
class ContactNumbers(BaseSiteSetting):
    """Every way to reach help that the site shows. Staff edit them under Settings → Contact numbers.

    A blank field leaves its line out wherever it would show (never an empty phone or text link).
    """

    emergency_label = models.CharField(max_length=60, default="Emergency")
    emergency_number = models.CharField(max_length=30, default="911")
    emergency_when = models.CharField(
        max_length=200, default="Police, fire or medical help needed at your location now."
    )
    text_to_911_enabled = models.BooleanField(
        "text to 911 works here",
        default=False,
        help_text="Tick only where the 911 center takes texts. Unticked, no page mentions texting 911.",
    )
    text_to_911_instruction = models.CharField(
        "how to text 911",
        max_length=200,
        blank=True,
        default="Text 911 if you can't call: send your address and what is happening; no photos or group texts.",
        help_text="Shown after “Can't talk safely? Text 911”.",
    )
    tty_guidance = models.CharField(
        "TTY and relay guidance",
        max_length=300,
        blank=True,
        default=(
            "Call 911 with your TTY and press any key. A silent call is treated as a possible TTY call, "
            "so stay on the line. Relay and video relay users can also ask for 911."
        ),
        help_text="For Deaf, hard-of-hearing and speech-disabled callers. Blank: the section is left out.",
    )
    interpreter_guidance = models.CharField(
        max_length=300,
        blank=True,
        default="Say the language you speak, in English: an interpreter will join the call.",
        help_text="For callers who speak little English. Blank: the line is left out.",
    )
    non_emergency_label = models.CharField(max_length=60, default="Non-emergency")
    non_emergency_number = models.CharField(max_length=30, default="311")
    non_emergency_full_number = models.CharField(
        max_length=30,
        blank=True,
        help_text="The full local number for callers who cannot dial the short code, e.g. from outside the city.",
    )
    non_emergency_when = models.CharField(
        max_length=200,
        default="Crime reports and past incidents that do not need police to come now.",
    )
    non_emergency_hours = models.CharField(
        "hours",
        max_length=200,
        blank=True,
        help_text=(
            "When the non-emergency line answers, e.g. “Monday–Friday 7 a.m.–7 p.m.”. Check them with the "
            "line's managers whenever they change: residents plan their call on them."
        ),
    )
    non_emergency_online_report_url = models.URLField(
        "online reports",
        blank=True,
        help_text="Where residents can report a non-emergency online, e.g. when the line is closed.",
    )
    outside_city_label = models.CharField(max_length=60, default="Outside city limits")
    outside_city_number = models.CharField(
        max_length=30, help_text="The direct line for callers outside city limits who need city police now."
    )
    outside_city_when = models.CharField(
        max_length=200,
        default="You are outside city limits but need an immediate city police response.",
    )
    crisis_label = models.CharField(max_length=60, default="988 Suicide & Crisis Lifeline")
    crisis_number = models.CharField(
        "number to call", max_length=30, blank=True, default="988", help_text="Blank: no call link."
    )
    crisis_text_number = models.CharField(
        "number to text", max_length=30, blank=True, default="988", help_text="Blank: no text link."
    )
    crisis_when = models.CharField(
        max_length=300,
        blank=True,
        default="A mental-health, suicide or substance-use crisis, yours or someone else's: call or text, any time.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("emergency_label"),
                FieldPanel("emergency_number"),
                FieldPanel("emergency_when"),
                FieldPanel("text_to_911_enabled"),
                FieldPanel("text_to_911_instruction"),
                FieldPanel("tty_guidance"),
                FieldPanel("interpreter_guidance"),
            ],
            heading="Emergency",
        ),
        MultiFieldPanel(
            [
                FieldPanel("non_emergency_label"),
                FieldPanel("non_emergency_number"),
                FieldPanel("non_emergency_full_number"),
                FieldPanel("non_emergency_when"),
                FieldPanel("non_emergency_hours"),
                FieldPanel("non_emergency_online_report_url"),
            ],
            heading="Non-emergency",
        ),
        MultiFieldPanel(
            [FieldPanel("outside_city_label"), FieldPanel("outside_city_number"), FieldPanel("outside_city_when")],
            heading="Outside city limits",
        ),
        MultiFieldPanel(
            [
                FieldPanel("crisis_label"),
                FieldPanel("crisis_number"),
                FieldPanel("crisis_text_number"),
                FieldPanel("crisis_when"),
            ],
            heading="Crisis line (988)",
        ),
    ]

    class Meta:
        db_table = "home_contactnumbers"  # made by home's migrations; moved without renaming (site911 0002)
        verbose_name = "Contact numbers"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # The English text is the source the other languages are translated from (site911/contact_wording.py).
        contact_wording.ContactWording.copy_english(self)

    def get(self, kind):
        texting_911 = kind == EMERGENCY and self.text_to_911_enabled
        return ContactLine(
            kind=kind,
            label=getattr(self, f"{kind}_label"),
            number=getattr(self, f"{kind}_number"),
            when=getattr(self, f"{kind}_when"),
            alternate=self.non_emergency_full_number if kind == NON_EMERGENCY else "",
            hours=self.non_emergency_hours if kind == NON_EMERGENCY else "",
            online_report_url=self.non_emergency_online_report_url if kind == NON_EMERGENCY else "",
            text_number=self.emergency_number if texting_911 else (self.crisis_text_number if kind == CRISIS else ""),
            text_instruction=self.text_to_911_instruction if texting_911 else "",
        )

    def numbers(self):
        """The three numbers for "which number to call", most urgent first; a blank one is left out."""
        return [self.get(kind) for kind in (EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY) if getattr(self, f"{kind}_number")]


def numbers_for_request(request):
    """The request's site's Contact numbers setting in the active language, memoized per site, language and generation.

    The numbers are the setting's in every language; its words are the language's, where translated
    (site911/contact_wording.py).
    """
    site = Site.find_for_request(request)
    if site is None:
        return ContactNumbers()
    language = translation.get_language()
    # for_request also keeps it on the request, for when the memo is off.
    return memoized(
        ("contact_numbers", site.pk, language),
        lambda: contact_wording.overlay(ContactNumbers.for_request(request), language),
    )
