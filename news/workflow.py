"""The news review workflow and the two groups in it: who may write and who may publish news.

- "News editors" create and edit posts and submit them for review; they cannot publish.
- "Communications" approve (which publishes), publish, schedule and unpublish, and manage categories.
- The "News review" workflow has one task, "Communications approval"; superusers may approve it too.

`setup_groups_and_workflow(apps)` takes an app registry, so the data migration (historical models) and the demo
command (the live registry) share it; it uses only long-standing Django and Wagtail models. A news index page does
not exist when migrations run, so `link_news_index(page)` grants the groups their page permissions on it and assigns
the workflow. The demo command calls it, and so does the admin whenever someone creates a news index page.
"""

NEWS_EDITORS = "News editors"
COMMUNICATIONS = "Communications"
WORKFLOW_NAME = "News review"
TASK_NAME = "Communications approval"

PAGE_PERMISSIONS = {
    NEWS_EDITORS: ["add_page", "change_page"],
    COMMUNICATIONS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Model permissions, by (app_label, model): codenames.
MODEL_PERMISSIONS = {
    NEWS_EDITORS: {("wagtailadmin", "admin"): ["access_admin"]},
    COMMUNICATIONS: {
        ("wagtailadmin", "admin"): ["access_admin"],
        ("news", "newscategory"): ["add_newscategory", "change_newscategory", "view_newscategory"],
    },
}
# A fresh site starts with these categories (name, slug); staff add, rename or remove them under Snippets.
DEFAULT_CATEGORIES = [
    ("Awards", "awards"),
    ("Nominations", "nominations"),
    ("Community", "community"),
    ("Service updates", "service-updates"),
]
# Both groups may upload images and choose them for posts, in the root collection (and so every collection).
IMAGE_PERMISSIONS = ["add_image", "choose_image"]


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ").capitalize()}
    )
    return permission


def setup_groups_and_workflow(apps):
    """Create the two groups, their permissions and the review workflow when missing. Safe to run again."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    groups = {}
    for name, by_model in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for (app_label, model), codenames in by_model.items():
            for codename in codenames:
                group.permissions.add(_permission(apps, app_label, model, codename))

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection:
        for group in groups.values():
            for codename in IMAGE_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, "wagtailimages", "image", codename),
                )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
        task.groups.add(groups[COMMUNICATIONS])
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def ensure_categories(apps):
    """The default categories, each unless one with its slug or name exists. Returns them by slug."""
    NewsCategory = apps.get_model("news", "NewsCategory")
    categories = {}
    for name, slug in DEFAULT_CATEGORIES:
        category = NewsCategory.objects.filter(slug=slug).first() or NewsCategory.objects.filter(name=name).first()
        categories[slug] = category or NewsCategory.objects.create(name=name, slug=slug)
    return categories


def link_news_index(page):
    """Give the groups their permissions on this news index (and so its posts) and assign the review workflow.

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
