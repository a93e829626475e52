"""The "Statistics" group edits the monthly figures; every other admin group may only view them."""

from django.db import migrations

GROUP = "Statistics"
ACTIONS = ["add", "change", "delete", "view"]


def _permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": f"Can {codename.replace('_', ' ')}"}
    )
    return permission


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    access_admin = _permission(apps, "wagtailadmin", "admin", "access_admin")
    view = _permission(apps, "stats", "monthlyfigures", "view_monthlyfigures")
    # Staff (Editors, Moderators, the news and outreach groups): view only.
    for group in Group.objects.filter(permissions=access_admin).exclude(name=GROUP):
        group.permissions.add(view)
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(access_admin)
    for action in ACTIONS:
        group.permissions.add(_permission(apps, "stats", "monthlyfigures", f"{action}_monthlyfigures"))


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("stats", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0002_initial_data"),
        # So that their groups exist and get the view permission on any database.
        ("news", "0002_news_staff_and_categories"),
        ("outreach", "0002_outreach_group"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
