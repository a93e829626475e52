"""The news review workflow and the two groups in it: who may write and who may publish news.

- "News editors" create and edit posts and submit them for review; they cannot publish.
- "Communications" approve (which publishes), publish, schedule and unpublish, and manage categories.
- The "News review" workflow has one task, "Communications approval"; superusers may approve it too.

`setup_groups_and_workflow(apps)` takes an app registry, so the data migration (historical models) and the demo
command (the live registry) share it; it uses only long-standing Django and Wagtail models. A news index page does
not exist when migrations run, so `link_news_index(page)` grants the groups their page permissions on it and assigns
the workflow. The demo command calls it, and so does the admin whenever someone creates a news index page.
"""

from site911 import staff_groups

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


def setup_groups_and_workflow(apps):
    """Create the two groups, their permissions and the review workflow when missing. Safe to run again."""
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    groups = staff_groups.ensure_groups(apps, MODEL_PERMISSIONS)
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection:
        for group in groups.values():
            for codename in IMAGE_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=staff_groups.permission(apps, "wagtailimages", "image", codename),
                )
    return staff_groups.ensure_approval_workflow(apps, WORKFLOW_NAME, TASK_NAME, groups[COMMUNICATIONS])


def ensure_categories(apps):
    """The default categories, each unless one with its slug or name exists. Returns them by slug."""
    NewsCategory = apps.get_model("news", "NewsCategory")
    categories = {}
    for name, slug in DEFAULT_CATEGORIES:
        category = NewsCategory.objects.filter(slug=slug).first() or NewsCategory.objects.filter(name=name).first()
        categories[slug] = category or NewsCategory.objects.create(name=name, slug=slug)
    return categories


def link_news_index(page):
    """Give the groups their permissions on this news index (and so its posts) and assign the review workflow."""
    from django.apps import apps

    staff_groups.link_page(page, setup_groups_and_workflow(apps), PAGE_PERMISSIONS)
