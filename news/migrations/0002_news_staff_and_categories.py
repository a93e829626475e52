"""The news groups, their permissions, the review workflow and the starting categories.

Safe on any database: it only adds what is missing. The news index page's permissions and workflow are linked
when that page is created (news.workflow.link_news_index, called by the admin hook and the demo command)."""

from django.db import migrations

from news import workflow


def forwards(apps, schema_editor):
    workflow.setup_groups_and_workflow(apps)
    workflow.ensure_categories(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        # After Wagtail's own data migrations, which hand extra permissions to every admin group that exists
        # when they run (e.g. choose_document): the groups get exactly what news.workflow lists, on any database.
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
