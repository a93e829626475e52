"""The "Outreach" group: staff who work through speaker requests (personal data) and set the supervisor address."""

from django.db import migrations

GROUP = "Outreach"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("outreach", "speakerrequest", "view_speakerrequest", "Can view speaker request"),
    ("outreach", "speakerrequest", "change_speakerrequest", "Can change speaker request"),
    ("outreach", "speakerrequest", "delete_speakerrequest", "Can delete speaker request"),
    ("outreach", "outreachsettings", "change_outreachsettings", "Can change Outreach"),
]


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=GROUP)
    for app_label, model, codename, name in PERMISSIONS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("outreach", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
