"""The site alert snippet, which alerts show now, and when that changes by itself (an alert's end time)."""

import copy

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from site911.caching.content_memo import memoized
from site911.languages import ENGLISH
from site911.phone import tel_href


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


class SiteAlert(TranslatableMixin, models.Model):
    """A notice at the top of every public page, e.g. “911 is down in parts of the city”.

    Staff add one under Site alerts in the admin; saving, deactivating or deleting it clears the page
    cache, so every page shows the change within seconds.

    Alerts are written in English and translated with wagtail-localize (Translate). Whether an alert
    shows, and until when, is the English alert's alone, on every page of every locale: an outage
    is never hidden because nobody translated it, and deactivating the English alert takes down
    every translation. A translation only gives the words (message, link text, area).
    """

    TEXT_FIELDS = ["message", "link_text", "area"]

    INFORMATION = "information"
    WARNING = "warning"
    OUTAGE = "outage"
    # Shown to residents before the message, so translated (lazily: no migration, each reader's language).
    LEVEL_CHOICES = [(INFORMATION, _("Information")), (WARNING, _("Warning")), (OUTAGE, _("Outage"))]
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

    # The numbers, the link and the times are the English alert's in every language.
    translatable_fields = [TranslatableField(name) for name in TEXT_FIELDS] + [
        SynchronizedField(name)
        for name in ("level", "link_url", "alternate_number", "started_at", "expected_back_at", "ends_at", "is_active")
    ]
    # The language of the words shown, when it is not the page's (an untranslated alert: "en").
    lang = ""

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

    class Meta(TranslatableMixin.Meta):
        db_table = "home_sitealert"  # made by home's migrations; moved without renaming (site911 0002)
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


def active_alerts():
    """Active English alerts not yet ended when read, kept for the content generation (caching/content_memo.py)."""
    return memoized(("site_alerts",), lambda: list(SiteAlert.objects.active().filter(locale__language_code=ENGLISH)))


def _in_language(language):
    """The active alerts in `language`: each English one with its translation's words, or as it is, marked lang="en"."""

    def build():
        english = active_alerts()
        translations = {
            alert.translation_key: alert
            for alert in SiteAlert.objects.filter(
                translation_key__in=[alert.translation_key for alert in english], locale__language_code=language
            )
        }
        shown = []
        for alert in english:
            alert = copy.copy(alert)  # the memoized English alert stays as it is
            translated = translations.get(alert.translation_key)
            if translated is None:
                alert.lang = ENGLISH
            else:
                for name in SiteAlert.TEXT_FIELDS:
                    setattr(alert, name, getattr(translated, name) or getattr(alert, name))
            shown.append(alert)
        return shown

    if language == ENGLISH:
        return active_alerts()
    return memoized(("site_alerts", language), build)


def showing(now=None):
    """The alerts on the site at `now`, in the active language: one whose end time has passed since is left out."""
    now = now or timezone.now()
    return [alert for alert in _in_language(translation.get_language()) if alert.is_showing(now)]


def next_end():
    """The earliest end time among the alerts showing now; None when none ends by itself.

    The page cache keeps no page, and lets no browser keep one, past it (settings.PAGE_CACHE_DEADLINE).
    """
    return min((alert.ends_at for alert in showing() if alert.ends_at), default=None)
