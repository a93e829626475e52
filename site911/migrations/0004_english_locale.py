"""The English locale is "en" (LANGUAGE_CODE), and every existing page and snippet stays in it.

Wagtail made the first locale from LANGUAGE_CODE, then "en-us": depending on LANGUAGES at that time it
is "en" or "en-us". A variant is renamed (its pages keep it), so English is never a second, empty locale.
"""

from django.db import migrations


def english_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    if Locale.objects.filter(language_code="en").exists():
        return
    variant = Locale.objects.filter(language_code__istartswith="en-").order_by("pk").first()
    if variant is None:
        Locale.objects.create(language_code="en")
    else:
        variant.language_code = "en"
        variant.save(update_fields=["language_code"])


class Migration(migrations.Migration):
    dependencies = [
        ("site911", "0003_site_alert_translatable_bootstrap"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(english_locale, migrations.RunPython.noop)]
