"""The "Translators" and "Translation reviewers" groups, their permissions and the "Translation review" workflow.

Safe on any database: it only adds what is missing. Each locale's home page gets the groups' page
permissions and the workflow when it is created (site911.translation_workflow.link_locale_root).
"""

from django.db import migrations

from site911 import translation_workflow


def forwards(apps, schema_editor):
    translation_workflow.setup_groups_and_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("site911", "0008_translation_review_note"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        # Its "Can submit translations" permission, and after Wagtail's data migrations that hand extra
        # permissions to every admin group existing when they run (as news 0002 explains).
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
