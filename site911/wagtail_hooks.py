"""The Site alerts menu item of the admin, the Contact numbers wording snippet (the setting registers itself),
and translation review: the dashboard's "Translations awaiting review", clearing a note, and
"Submit to Translation review" in wagtail-localize's translation editor."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site911 import translation_review, translation_workflow
from site911.alerts import SiteAlert
from site911.contact_wording import ContactWording


class SiteAlertViewSet(SnippetViewSet):
    model = SiteAlert
    icon = "warning"
    menu_label = "Site alerts"
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["message", "level", "is_active", "ends_at", "is_showing", "updated_at"]
    list_filter = ["is_active", "level"]
    ordering = ["-is_active", "-updated_at"]


register_snippet(SiteAlertViewSet)


class ContactWordingViewSet(SnippetViewSet):
    """Under Snippets: the Contact numbers' words per language, translated from English with Translate."""

    model = ContactWording
    icon = "mobile-alt"
    list_display = ["site", "locale"]


register_snippet(ContactWordingViewSet)


@hooks.register("construct_homepage_panels")
def add_awaiting_review_panel(request, panels):
    panel = translation_review.AwaitingReviewPanel(request)
    if panel.notes:
        panels.append(panel)


@hooks.register("register_admin_urls")
def register_review_note_urls():
    return [
        path(
            "translation-review/<int:pk>/clear/",
            translation_review.clear_view,
            name="site911_clear_review_note",
        )
    ]


# Before wagtail-localize's own hook, which replaces the page editor with its translation editor.
@hooks.register("before_edit_page", order=-1)
def submit_translation_for_review(request, page):
    if request.method == "POST" and translation_workflow.SUBMIT_ACTION in request.POST:
        return translation_workflow.submit_for_review(request, page)
