"""The "needs review by a qualified translator" note on a translated page or snippet, until a reviewer clears it.

Why a small model of its own, keyed by the object, rather than a field on each page and snippet:

* wagtail-localize builds a translation from its English source: synchronised fields are copied
  from English, and every page save stores the fields in a revision. A field would be wiped by the
  next sync, or brought back by publishing an older revision; a row beside the object is neither
  content nor revision, so only a reviewer's "Clear" removes it;
* one model serves pages and snippets (the Contact numbers wording) alike, with no migration per model.

A row is "awaiting review" while `cleared_at` is empty; clearing keeps who did it and when.
Staff see the note at the top of the page or snippet's editor (Wagtail's, `ReviewNotePanel`, and
wagtail-localize's translation editor, site911/templates/wagtail_localize/admin/edit_translation.html)
and in the dashboard's "Translations awaiting review" panel (site911/wagtail_hooks.py).
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import Panel
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page

NEEDS_REVIEW = (
    "Needs review by a qualified translator: this translation is a draft written for the demo. "
    "A reviewer checks every segment against the English page, then clears this note."
)
CLEAR_PERMISSION = "site911.change_translationreviewnote"


class TranslationReviewNote(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    object_repr = models.CharField(max_length=255)
    note = models.CharField(max_length=300, default=NEEDS_REVIEW)
    created_at = models.DateTimeField(auto_now_add=True)
    cleared_at = models.DateTimeField(null=True, blank=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="one_review_note_per_object")]
        ordering = ["locale__language_code", "created_at"]

    def __str__(self):
        return f"{self.object_repr} ({self.locale.language_code}): needs review"

    @property
    def edit_url(self):
        """The object's edit view (wagtail-localize's translation editor while the translation is synced)."""
        model = self.content_type.model_class()
        if issubclass(model, Page):
            return reverse("wagtailadmin_pages:edit", args=[self.object_id])
        return reverse(model.snippet_viewset.get_url_name("edit"), args=[self.object_id])

    def clear(self, user):
        self.cleared_at = timezone.now()
        self.cleared_by = user
        self.save(update_fields=["cleared_at", "cleared_by"])


def _key(instance):
    model = Page if isinstance(instance, Page) else type(instance)
    return ContentType.objects.get_for_model(model), str(instance.pk)


def mark(instance):
    """Put the note on `instance` (a page or snippet translation); a note a reviewer cleared stays cleared."""
    content_type, object_id = _key(instance)
    return TranslationReviewNote.objects.get_or_create(
        content_type=content_type,
        object_id=object_id,
        defaults={"locale_id": instance.locale_id, "object_repr": str(instance)[:255]},
    )[0]


def note_for(instance):
    """The note awaiting review on `instance`, or None."""
    if instance is None or instance.pk is None:
        return None
    content_type, object_id = _key(instance)
    return TranslationReviewNote.objects.filter(
        content_type=content_type, object_id=object_id, cleared_at__isnull=True
    ).first()


def awaiting_review():
    return TranslationReviewNote.objects.filter(cleared_at__isnull=True).select_related("locale", "content_type")


def can_clear(user):
    return user.has_perm(CLEAR_PERMISSION)


class ReviewNotePanel(Panel):
    """The note at the top of Wagtail's editor of a translation awaiting review; nothing otherwise."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "site911/admin/translation_review_note.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.note = note_for(self.instance)

        def is_shown(self):
            return self.note is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(note=self.note, can_clear=can_clear(self.request.user), request=self.request)
            return context


class AwaitingReviewPanel(Component):
    """The dashboard's "Translations awaiting review" panel; shown while any note awaits review."""

    name = "translations_awaiting_review"
    order = 90
    template_name = "site911/admin/translations_awaiting_review.html"

    def __init__(self, request):
        self.request = request
        self.notes = list(awaiting_review())

    def get_context_data(self, parent_context):
        return {"notes": self.notes, "can_clear": can_clear(self.request.user)}


def clear_view(request, pk):
    """Confirm, then clear a note (reviewers: CLEAR_PERMISSION); back to `next` or the dashboard."""
    if not can_clear(request.user):
        raise PermissionDenied
    note = get_object_or_404(TranslationReviewNote, pk=pk, cleared_at__isnull=True)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    if request.method == "POST":
        note.clear(request.user)
        messages.success(request, f"Cleared the needs-review note on '{note.object_repr}'.")
        return redirect(next_url)
    return TemplateResponse(
        request,
        "site911/admin/clear_review_note.html",
        {
            "note": note,
            "next": next_url,
            "page_title": "Clear the needs-review note",
            "header_title": "Clear the needs-review note",
        },
    )
