from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("site911", "0004_english_locale")]

    operations = [BootstrapTranslatableModel("site911.SiteAlert", language_code="en")]
