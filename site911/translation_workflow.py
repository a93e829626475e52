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


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )[0]


def setup_groups_and_workflow(apps):
    """The two groups, their model permissions and the workflow, each when missing. Returns the workflow."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    groups = {}
    for name, by_model in MODEL_PERMISSIONS.items():
        groups[name], _ = Group.objects.get_or_create(name=name)
        for (app_label, model), codenames in by_model.items():
            for codename in codenames:
                groups[name].permissions.add(_permission(apps, app_label, model, codename))

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        task.groups.add(groups[REVIEWERS])
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def link_locale_root(page):
    """Give both groups their permissions on this locale's home page (and so the whole locale) and assign the workflow.

    Adds what is missing; keeps a workflow an administrator already chose for the page.
    """
    from django.apps import apps
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission, WorkflowPage

    workflow = setup_groups_and_workflow(apps)
    for group_name, codenames in PAGE_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission(apps, "wagtailcore", "page", codename)
            )
    WorkflowPage.objects.get_or_create(page=page, defaults={"workflow": workflow})


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
