from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from home import finder
from home.blocks import BodyBlock, CallOptionBlock, LinkBlock
from home.contact import CRISIS, EMERGENCY, NON_EMERGENCY, NUMBER_CHOICES, OUTSIDE_CITY, ContactNumber
from home.finder.json import finder_json
from home.phone import tel_href
from site911.content_memo import memoized
from site911.view_restrictions import MemoizedViewRestrictionsMixin


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
        verbose_name = "Contact numbers"

    def get(self, kind):
        texting_911 = kind == EMERGENCY and self.text_to_911_enabled
        return ContactNumber(
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
    """The request's site's Contact numbers setting, memoized per content generation."""
    site = Site.find_for_request(request)
    if site is None:
        return ContactNumbers()
    # for_request also keeps it on the request, for when the memo is off.
    return memoized(("contact_numbers", site.pk), lambda: ContactNumbers.for_request(request))


def validate_alert_link(value):
    """A web address, a path on this site, or a tel:/mailto: link."""
    if not value.startswith(("https://", "http://", "/", "tel:", "mailto:")) or value.startswith("//"):
        raise ValidationError("Enter a web address (https://…), a path on this site (/…), or a tel: link.")


class SiteAlertQuerySet(models.QuerySet):
    def active(self):
        """Active alerts that have not reached their end time, most severe first, then newest."""
        severity = models.Case(
            *(models.When(level=level, then=rank) for rank, level in enumerate(SiteAlert.LEVELS_BY_SEVERITY)),
            default=len(SiteAlert.LEVELS_BY_SEVERITY),
        )
        not_ended = models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=timezone.now())
        return self.filter(not_ended, is_active=True).order_by(severity, "-updated_at", "-pk")


class SiteAlert(models.Model):
    """A notice at the top of every public page, e.g. “911 is down in parts of the city”.

    Staff add one under Site alerts in the admin; saving, deactivating or deleting it clears the page
    cache, so every page shows the change within seconds.
    """

    INFORMATION = "information"
    WARNING = "warning"
    OUTAGE = "outage"
    LEVEL_CHOICES = [(INFORMATION, "Information"), (WARNING, "Warning"), (OUTAGE, "Outage")]
    LEVELS_BY_SEVERITY = [OUTAGE, WARNING, INFORMATION]

    message = models.CharField(
        max_length=200, help_text="Plain text, one or two short sentences. Say what to do, e.g. which number to call."
    )
    level = models.CharField(
        max_length=20,
        choices=LEVEL_CHOICES,
        default=INFORMATION,
        help_text="Outage is announced at once by screen readers; use it when people cannot reach 911.",
    )
    link_url = models.CharField(
        "link",
        max_length=300,
        blank=True,
        validators=[validate_alert_link],
        help_text="Optional: where to read more, e.g. /news/outage/ or https://…",
    )
    link_text = models.CharField(max_length=60, blank=True, help_text="Required with a link, e.g. “Read the update”.")
    alternate_number = models.CharField(
        "number to call instead",
        max_length=30,
        blank=True,
        help_text="During an outage: the line that works, e.g. (612) 673-3000. Shown as a phone link.",
    )
    area = models.CharField("area affected", max_length=120, blank=True, help_text="E.g. “North Minneapolis”.")
    started_at = models.DateTimeField("problem started", null=True, blank=True)
    expected_back_at = models.DateTimeField("service expected back", null=True, blank=True)
    ends_at = models.DateTimeField(
        "take down at",
        null=True,
        blank=True,
        help_text="The alert leaves every page by itself at this time, with nobody in the admin. Blank: it stays up.",
    )
    is_active = models.BooleanField("active", default=True, help_text="Untick to take the alert off every page.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = SiteAlertQuerySet.as_manager()

    panels = [
        FieldPanel("message"),
        FieldPanel("level"),
        FieldPanel("link_url"),
        FieldPanel("link_text"),
        MultiFieldPanel(
            [
                FieldPanel("alternate_number"),
                FieldPanel("area"),
                FieldPanel("started_at"),
                FieldPanel("expected_back_at"),
            ],
            heading="Outage details (optional)",
        ),
        FieldPanel("ends_at"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = "site alert"
        ordering = ["-updated_at"]

    def __str__(self):
        return self.message

    def clean(self):
        if self.link_url and not self.link_text:
            raise ValidationError({"link_text": "Say where the link goes."})
        if self.link_text and not self.link_url:
            raise ValidationError({"link_url": "Add the link, or remove its text."})
        if self.alternate_number and not tel_href(self.alternate_number).removeprefix("tel:"):
            raise ValidationError({"alternate_number": "Enter a phone number, e.g. (612) 673-3000."})
        if self.started_at and self.ends_at and self.ends_at <= self.started_at:
            raise ValidationError({"ends_at": "Choose a time after the problem started."})
        if self.started_at and self.expected_back_at and self.expected_back_at <= self.started_at:
            raise ValidationError({"expected_back_at": "Choose a time after the problem started."})

    def is_showing(self, now=None):
        """Active and not past its end time."""
        return self.is_active and (self.ends_at is None or self.ends_at > (now or timezone.now()))

    is_showing.boolean = True
    is_showing.short_description = "On the site now"

    @property
    def alternate_href(self):
        return tel_href(self.alternate_number) if self.alternate_number else ""

    @property
    def role(self):
        """ARIA role of the banner: an outage interrupts (alert), the others are polite (status)."""
        return "alert" if self.level == self.OUTAGE else "status"


class HomePage(MemoizedViewRestrictionsMixin, Page):
    intro = models.CharField(max_length=250, help_text="What the center does, in one sentence.", default="", blank=True)
    links = StreamField([("link", LinkBlock())], blank=True, help_text="Where residents go next.")

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("links")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]


class StandardPage(MemoizedViewRestrictionsMixin, Page):
    intro = models.CharField(max_length=300, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]


class GuidancePage(MemoizedViewRestrictionsMixin, Page):
    """When to call which number, with a situation finder residents can search."""

    intro = models.CharField(max_length=300, blank=True)
    call_options = StreamField([("call_option", CallOptionBlock())], blank=True)
    prioritisation = RichTextField(
        blank=True, features=["bold", "italic", "link", "ol", "ul"], verbose_name="How calls are prioritised"
    )
    what_to_expect = RichTextField(
        blank=True, features=["bold", "italic", "link", "ol", "ul"], verbose_name="What to expect when you call"
    )
    rule_of_thumb = models.CharField(
        max_length=300,
        default="If anyone is in danger, or it is happening now, call 911.",
        help_text="Shown above every answer of the situation finder, with the emergency number.",
    )
    extra_emergency_words = models.TextField(
        blank=True,
        help_text="More words or phrases that mean “call 911 now”, separated by commas or new lines. "
        "They add to the finder's built-in emergency words (danger, weapons, fire, medical, happening now), "
        "which cannot be removed.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("call_options"),
        FieldPanel("prioritisation"),
        FieldPanel("what_to_expect"),
        MultiFieldPanel(
            [
                FieldPanel("rule_of_thumb"),
                FieldPanel("extra_emergency_words"),
                InlinePanel("situations", label="Situation"),
            ],
            "Situation finder",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("prioritisation"),
        index.SearchField("what_to_expect"),
        index.RelatedFields("situations", [index.SearchField("title"), index.SearchField("keywords")]),
    ]

    def finder_index(self, request):
        """The situation finder for this page, built once per content generation (a preview builds its own)."""

        def build():
            return finder.SituationIndex(self.situations.all(), self.extra_emergency_words)

        if getattr(request, "is_preview", False):
            return build()
        return memoized(("situation_finder", self.pk), build)

    def finder_answer(self, request):
        """The finder's Answer to the request's `q` (and the resident's answers to its questions), or None."""
        query = finder.clean_query(request.GET.get("q", ""))
        if not query:
            return None
        replies = {name: request.GET.get(name) for name in ("danger", "now")}
        replies = {name: value if value in (finder.YES, finder.NO) else None for name, value in replies.items()}
        answer = finder.answer_for(self.finder_index(request), query, **replies)
        if not numbers_for_request(request).get(answer.kind).number:  # a line left blank in the settings
            answer.kind = EMERGENCY
        return answer

    def serve(self, request, *args, **kwargs):
        if request.GET.get("format") == "json" and request.GET.get("q"):
            answer = self.finder_answer(request)
            return finder_json(answer, numbers_for_request(request).get(answer.kind).number)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["query"] = finder.clean_query(request.GET.get("q", ""))
        context["answer"] = self.finder_answer(request)
        context["situations"] = self.situations.all() if context["answer"] is None else context["answer"].situations
        return context


class Situation(Orderable):
    page = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="situations")
    title = models.CharField(max_length=120, help_text="As a resident would put it, e.g. “Someone broke into my car”.")
    keywords = models.CharField(
        max_length=300, blank=True, help_text="Other words people use for this, separated by spaces or commas."
    )
    number = models.CharField(max_length=20, choices=NUMBER_CHOICES)
    reason = models.CharField(max_length=300, help_text="Why this number, in one sentence.")

    panels = [FieldPanel("title"), FieldPanel("keywords"), FieldPanel("number"), FieldPanel("reason")]

    def __str__(self):
        return self.title

    @property
    def search_text(self):
        return f"{self.title} {self.keywords} {self.reason}"
