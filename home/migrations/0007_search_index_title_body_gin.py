"""A GIN index on the search index's `title || body`: the vector Wagtail 8's PostgreSQL backend searches.

Wagtail's search index table has GIN indexes on `title` and on `body` alone, but its queries match
`title || body`, which neither serves: each search read every index entry. (modelsearch mentions
such an index in a comment, but no migration creates it.) SQLite and other databases have no use for it.
"""

from django.db import migrations

INDEX = "wagtailsearch_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING GIN ((title || body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_finder_rule_of_thumb_and_emergency_words"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
