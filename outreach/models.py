from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from site911.caching.view_restrictions import MemoizedViewRestrictionsMixin
from site911.translation_review import ReviewNotePanel

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


@register_setting(icon="mail")
class OutreachSettings(BaseSiteSetting):
    """Where speaker requests go. Staff edit it under Settings → Outreach."""

    page_cache_invalidates = False  # no public page shows it (site911/caching/invalidation.py)

    supervisor_email = models.EmailField(
        blank=True,
        verbose_name="Outreach supervisor's e-mail address",
        help_text="Speaker requests are sent here. Leave blank to use the address the server is configured with.",
    )

    supervisor_name = models.CharField(
        "supervisor's name",
        max_length=100,
        blank=True,
        help_text="As the speaker page should name them, e.g. “911 Supervisor Maryam Williams”.",
    )
    public_email = models.EmailField(
        "public e-mail address",
        blank=True,
        help_text=(
            "Shown on the speaker page for questions and for events less than 7 days away. It may be the address "
            "above; blank: no address is shown."
        ),
    )
    public_phone = models.CharField(
        "public phone line",
        max_length=30,
        blank=True,
        help_text="Shown with the e-mail address. With neither, the page says to call the non-emergency number.",
    )

    panels = [
        FieldPanel("supervisor_email"),
        MultiFieldPanel(
            [FieldPanel("supervisor_name"), FieldPanel("public_email"), FieldPanel("public_phone")],
            heading="On the speaker page",
        ),
    ]

    class Meta:
        verbose_name = "Outreach"

    @classmethod
    def supervisor_address(cls, site=None):
        """The address from this setting, else OUTREACH_SUPERVISOR_EMAIL; "" when neither is set."""
        if site is not None:
            value = cls.objects.filter(site=site).values_list("supervisor_email", flat=True).first()
            if value:
                return value
        return settings.OUTREACH_SUPERVISOR_EMAIL


class SpeakerRequestPage(MemoizedViewRestrictionsMixin, Page):
    """The form community groups use to ask 911 staff to speak at an event."""

    intro = RichTextField(features=RICH_TEXT_FEATURES, blank=True, help_text="Shown above the form.")
    thank_you = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        verbose_name="Thank-you text",
        help_text="Shown with the reference number after a request is sent: what happens next.",
    )

    content_panels = [
        ReviewNotePanel(),
        *Page.content_panels,
        HelpPanel(
            "The page always says, above the form, that it is not for emergencies, with the 911 and 311 numbers "
            "from Settings → Contact numbers."
        ),
        FieldPanel("intro"),
        FieldPanel("thank_you"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The supervisor's name and public address or phone (never cached: every response is no-store).
        context["outreach_settings"] = OutreachSettings.for_request(request)
        return context

    def serve(self, request, *args, **kwargs):
        from outreach.views import serve_speaker_page

        return serve_speaker_page(self, request)


class SpeakerRequest(models.Model):
    page_cache_invalidates = False  # a request arriving changes no public page (site911/caching/invalidation.py)

    # What the requester fills in, in form order: the form, duplicate detection, the admin and the export use it.
    REQUESTER_FIELDS = (
        "name",
        "email",
        "phone",
        "organization",
        "event_type",
        "event_date",
        "start_time",
        "address",
        "expected_attendance",
        "topics",
        "grade",
        "preferred_language",
        "access_needs",
        "publish_consent",
    )

    class Status(models.TextChoices):
        NEW = "new", "New"
        SCHEDULED = "scheduled", "Scheduled"
        DECLINED = "declined", "Declined"
        COMPLETED = "completed", "Completed"
        SPAM = "spam", "Spam"

    # The form's radio buttons and the confirmation page show these labels to the requester.
    class EventType(models.TextChoices):
        BLOCK_PARTY = "block_party", _("Block party")
        COMMUNITY_MEETING = "community_meeting", _("Community meeting")
        SCHOOL = "school", _("School or youth group")
        TOUR = "tour", _("Tour of the 911 center")
        SCHOOL_CLASS = "school_class", _("School class")
        OTHER = "other", _("Other")

    name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254, verbose_name="e-mail")
    phone = models.CharField(max_length=30, blank=True)
    organization = models.CharField(max_length=150, verbose_name="group or organization")
    event_type = models.CharField(max_length=20, choices=EventType.choices)
    event_date = models.DateField()
    start_time = models.TimeField()
    address = models.CharField(max_length=200, verbose_name="event address")
    expected_attendance = models.PositiveIntegerField(null=True, blank=True)
    topics = models.TextField(max_length=2000, blank=True)
    grade = models.CharField(max_length=30, blank=True, help_text="For a school class: the grade.")
    preferred_language = models.CharField(max_length=50, blank=True)
    access_needs = models.TextField(max_length=1000, blank=True)
    publish_consent = models.BooleanField(
        "may be listed on the public calendar",
        default=False,
        help_text="Ticked by the requester: scheduling publishes an event page (without their personal details).",
    )

    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, db_index=True)
    # The supervisor's decision (outreach/decisions.py): who goes, or why not, and who decided when.
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_speaker_requests",
        verbose_name="staff member assigned",
    )
    decline_reason = models.TextField(blank=True, help_text="Sent to the requester.")
    decided_at = models.DateTimeField(null=True, blank=True)
    # The public event page made when it was scheduled with the requester's consent (set by the events app).
    public_event_url = models.URLField(blank=True, editable=False)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    staff_notes = models.TextField(blank=True, help_text="Only staff see these notes.")
    created_at = models.DateTimeField(default=timezone.now, db_index=True, verbose_name="received")
    site = models.ForeignKey("wagtailcore.Site", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    # One per form shown: the same form sent twice (double click, back and resend) finds the first request.
    submission_token = models.CharField(max_length=64, unique=True, editable=False)
    # The same details sent again from a fresh copy of the form (back button, page reloaded) also find it.
    fingerprint = models.CharField(max_length=64, db_index=True, editable=False, default="")

    panels = [
        HelpPanel(template="outreach/admin/request_summary_panel.html"),
        FieldPanel("status", help_text="To schedule or decline and e-mail the requester, use Decide instead."),
        FieldPanel("staff_notes"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "speaker request"

    def __str__(self):
        return f"{self.reference}: {self.organization}"

    @property
    def reference(self):
        return format_reference(self.pk) if self.pk else ""

    def admin_url(self):
        path = reverse("wagtailsnippets_outreach_speakerrequest:inspect", args=[self.pk])
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path

    def delivery_summary(self):
        """E.g. "supervisor: sent; requester: retrying"."""
        return "; ".join(f"{d.get_kind_display()}: {d.get_state_display()}" for d in self.deliveries.all())

    delivery_summary.short_description = "E-mail"


def format_reference(pk):
    return f"SR-{pk:06d}"


def parse_reference(text):
    """`"SR-000042"`, `"sr42"` or `"42"` -> 42; None when it is not a reference."""
    value = text.strip().upper().removeprefix("SR").lstrip("- ")
    return int(value) if value.isdigit() and len(value) <= 12 else None


class EmailDelivery(models.Model):
    """One message a request sends (to the supervisor, to the requester) and where it has got to."""

    class Kind(models.TextChoices):
        SUPERVISOR = "supervisor", "To the supervisor"
        REQUESTER = "requester", "Confirmation to the requester"
        DECISION = "decision", "Decision to the requester"

    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        RETRYING = "retrying", "Retrying"
        FAILED = "failed", "Failed"
        # A confirmation not sent because its address had OUTREACH_CONFIRMATIONS_PER_ADDRESS today.
        HELD = "held", "Not sent (daily limit for this address)"

    request = models.ForeignKey(SpeakerRequest, on_delete=models.CASCADE, related_name="deliveries")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    state = models.CharField(max_length=20, choices=State.choices, default=State.QUEUED)
    # Each (re-)queue bumps the generation; a task carrying an older one does nothing, so a resend
    # never sends twice alongside a pending retry.
    generation = models.PositiveIntegerField(default=1)
    attempts = models.PositiveIntegerField(default=0)
    first_attempt_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    recipient = models.CharField(max_length=254, blank=True)
    # When the Outreach group was told this supervisor e-mail had not gone out (outreach/undelivered.py).
    group_alerted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["kind"]
        verbose_name = "e-mail delivery"
        verbose_name_plural = "e-mail deliveries"
        constraints = [models.UniqueConstraint(fields=["request", "kind"], name="one_delivery_per_kind")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.get_state_display()}"


class DeliveryAttempt(models.Model):
    """One try at sending one message, and what happened."""

    delivery = models.ForeignKey(EmailDelivery, on_delete=models.CASCADE, related_name="attempt_log")
    at = models.DateTimeField(default=timezone.now)
    succeeded = models.BooleanField(default=False)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {'sent' if self.succeeded else self.error}"
