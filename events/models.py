"""Public education events (block parties, National Night Out, open houses, school visits, tours) and staff's
private calendar feed tokens."""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from site911.caching.view_restrictions import MemoizedViewRestrictionsMixin
from site911.jsonld import script

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
RESERVED_SLUGS = {"past", "calendar"}  # the event list's own routes, which would hide an event of that slug


class EventIndexPage(RoutablePageMixin, MemoizedViewRestrictionsMixin, Page):
    """/events/: upcoming events, past events (`past/`) and the iCalendar feed of public events (`calendar/`)."""

    intro = models.CharField(max_length=300, blank=True, help_text="One or two sentences shown under the title.")

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "event list"

    def events(self):
        """The live events under this list that anyone may see (no private pages)."""
        return EventPage.objects.child_of(self).live().public()

    @path("")
    def upcoming(self, request):
        from events import views

        return views.listing(self, request, past=False)

    @path("past/")
    def past(self, request):
        from events import views

        return views.listing(self, request, past=True)

    # Wagtail serves only paths of letters, digits, "-" and "_" ending in "/": the file name comes with the response.
    @path("calendar/")
    def calendar(self, request):
        from events import views

        return views.index_calendar(self, request)


class EventPage(RoutablePageMixin, MemoizedViewRestrictionsMixin, Page):
    class EventType(models.TextChoices):
        BLOCK_PARTY = "block_party", _("Block party")
        NATIONAL_NIGHT_OUT = "national_night_out", _("National Night Out")
        OPEN_HOUSE = "open_house", _("Open house")
        SCHOOL_VISIT = "school_visit", _("School visit")
        TOUR = "tour", _("Tour of the 911 center")
        COMMUNITY_MEETING = "community_meeting", _("Community meeting")

    start = models.DateTimeField(help_text="Date and time the event starts, in the site's time zone.")
    end = models.DateTimeField(help_text="Date and time it ends.")
    location = models.CharField(
        max_length=200,
        help_text="Where: a venue and neighbourhood or a public address. Never a private person's home address.",
    )
    event_type = models.CharField("type", max_length=30, choices=EventType.choices)
    description = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    public_may_attend = models.BooleanField(
        "the public may attend",
        default=True,
        help_text="Untick for events only for a group (a class, a club): the page says it is not open to everyone.",
    )
    # The speaker request this event was published from (events/from_requests.py); none for events staff add.
    speaker_request = models.OneToOneField(
        "outreach.SpeakerRequest",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("location")], heading="When and where"
        ),
        FieldPanel("event_type"),
        FieldPanel("public_may_attend"),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [index.SearchField("description"), index.SearchField("location")]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "event"
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": f"“{self.slug}” is an address of the event list itself: choose another."})
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": "The end must be after the start."})

    def get_context(self, request, *args, **kwargs):
        from events import jsonld

        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = script(jsonld.event(self, request))
        context["time_zone_name"] = settings.TIME_ZONE
        return context

    @path("ics/")
    def ics(self, request):
        from events import views

        return views.event_calendar(self, request)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class StaffCalendarTokenQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class StaffCalendarToken(models.Model):
    """A staff member's secret address of the scheduled-visits calendar (events/staff_calendar.py).

    Only a SHA-256 hash of the token is stored: the address is shown once, when it is made. A request is
    matched by the hash of the token it carries (an index lookup of a hash gives a timing attacker nothing).
    """

    page_cache_invalidates = False  # no public page shows a token (site911/caching/invalidation.py)

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_tokens")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    objects = StaffCalendarTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "staff calendar address"

    def __str__(self):
        return f"{self.user} ({'revoked' if self.revoked_at else 'active'})"

    @classmethod
    def issue(cls, user):
        """A new token for `user`: (StaffCalendarToken, the token itself, which is not stored)."""
        token = secrets.token_urlsafe(32)
        return cls.objects.create(user=user, token_hash=hash_token(token)), token

    @classmethod
    def find(cls, token):
        """The active token record for `token`, or None."""
        return cls.objects.active().select_related("user").filter(token_hash=hash_token(token)).first()

    def revoke(self):
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
