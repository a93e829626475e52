"""The "Translation review" workflow, its two groups, and submitting a translation to it.

- "Translators" (a translation agency's accounts) edit pages in the non-English locales and submit
  them for review; they cannot publish.
- "Translation reviewers" (qualified translators) approve (which publishes), publish, edit the
  Contact numbers wording and clear the "needs review" note (site911/translation_review.py).
- The "Translation review" workflow has one task, "Translation reviewer approval".

Every page of a locale lives under that locale's home page (the translation of the site's root
page), so the groups' page permissions and the workflow are given there: `link_locale_root(page)`,
run whenever such a page is created (a post_save receiver, site911/apps.py: the demo's and
wagtail-localize's "Translate this page" alike). `setup_groups_and_workflow(apps)` takes an app
registry so the data migration (site911 0009) and `link_locale_root` share it.

wagtail-localize's translation editor knows nothing of workflows: its "Publish in <language>" button
shows only to users who may publish, and publishes at once. So the editor gets a "Submit to
Translation review" button (the template override beside it) that saves the translation as a
draft revision and starts the page's workflow (`submit_for_review`, from a before_edit_page hook).
A new translation starts as a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False), never live.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect

from site911 import staff_groups
from site911.languages import ENGLISH

TRANSLATORS = "Translators"
REVIEWERS = "Translation reviewers"
WORKFLOW_NAME = "Translation review"
TASK_NAME = "Translation reviewer approval"
SUBMIT_ACTION = "site911-submit-translation-review"

PAGE_PERMISSIONS = {
    TRANSLATORS: ["add_page", "change_page"],
    REVIEWERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Model permissions, by (app_label, model): codenames. Snippet permissions are not per locale, so the
# site alert (whose English row decides what shows) stays with the staff who post alerts.
MODEL_PERMISSIONS = {
    TRANSLATORS: {
        ("wagtailadmin", "admin"): ["access_admin"],
        ("wagtail_localize", "translation"): ["submit_translation"],
    },
    REVIEWERS: {
        ("wagtailadmin", "admin"): ["access_admin"],
        ("wagtail_localize", "translation"): ["submit_translation"],
        ("site911", "contactwording"): ["add_contactwording", "change_contactwording", "view_contactwording"],
        ("site911", "translationreviewnote"): ["change_translationreviewnote"],
    },
}


def setup_groups_and_workflow(apps):
    """The two groups, their model permissions and the workflow, each when missing. Returns the workflow."""
    groups = staff_groups.ensure_groups(apps, MODEL_PERMISSIONS)
    return staff_groups.ensure_approval_workflow(apps, WORKFLOW_NAME, TASK_NAME, groups[REVIEWERS])


def link_locale_root(page):
    """Both groups' permissions on this locale's home page (and so the whole locale), and the workflow."""
    from django.apps import apps

    staff_groups.link_page(page, setup_groups_and_workflow(apps), PAGE_PERMISSIONS)


def on_page_created(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new non-English locale root (depth 2: a translation of the site's root page) is linked."""
    from wagtail.models import Page

    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        if instance.locale.language_code != ENGLISH:
            link_locale_root(instance)


def submit_for_review(request, page):
    """The translation editor's "Submit to Translation review": a draft revision of the translation, in the workflow."""
    from wagtail.models import WorkflowState
    from wagtail_localize.models import Translation

    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    workflow = page.get_workflow()
    if translation is None or workflow is None or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation.save_target(user=request.user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        if state:  # already in review: review the new revision instead
            state.cancel(user=request.user)
        workflow.start(page, request.user)
    messages.success(
        request,
        f"Submitted '{page.get_admin_display_title()}' in {page.locale.get_display_name()} to {workflow.name}: "
        "it goes live when a reviewer approves it.",
    )
    return redirect(request.path)
