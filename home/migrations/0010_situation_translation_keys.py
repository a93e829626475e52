from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_situation_translatable_bootstrap"),
        ("site911", "0004_english_locale"),
    ]

    operations = [BootstrapTranslatableModel("home.Situation", language_code="en")]
