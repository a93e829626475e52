"""ContactNumbers and SiteAlert now belong to site911 (site911 0002): home forgets them, in state only.

The heading block's template moved to site911/blocks/: StandardPage.body's block definitions change,
no column does.
"""

import wagtail.fields
from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0007_search_index_title_body_gin'),
        ('site911', '0002_contact_numbers_and_site_alert_from_home'),
    ]

    operations = [
        # The tables stay (home_contactnumbers, home_sitealert): site911's models use them (db_table).
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='contactnumbers',
                    name='site',
                ),
                migrations.DeleteModel(
                    name='SiteAlert',
                ),
                migrations.AlterField(
                    model_name='standardpage',
                    name='body',
                    field=wagtail.fields.StreamField([('heading', 0), ('paragraph', 1), ('figure', 5), ('quote', 8), ('call_to_action', 12)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'form_classname': 'title', 'max_length': 120, 'template': 'site911/blocks/heading.html'}), 1: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul', 'h3']}), 2: ('wagtail.images.blocks.ImageChooserBlock', (), {}), 3: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe the image for people who cannot see it.', 'max_length': 250}), 4: ('wagtail.blocks.CharBlock', (), {'max_length': 250, 'required': False}), 5: ('wagtail.blocks.StructBlock', [[('image', 2), ('alt_text', 3), ('caption', 4)]], {}), 6: ('wagtail.blocks.TextBlock', (), {'max_length': 1000}), 7: ('wagtail.blocks.CharBlock', (), {'max_length': 120, 'required': False}), 8: ('wagtail.blocks.StructBlock', [[('quote', 6), ('attribution', 7)]], {}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': 'Says where the link goes, e.g. “Request a speaker”.', 'max_length': 80}), 10: ('wagtail.blocks.PageChooserBlock', (), {'required': False}), 11: ('wagtail.blocks.URLBlock', (), {'help_text': 'Used when no page is chosen.', 'required': False}), 12: ('wagtail.blocks.StructBlock', [[('text', 9), ('page', 10), ('url', 11)]], {})}),
                ),
                migrations.DeleteModel(
                    name='ContactNumbers',
                ),
            ],
        ),
    ]
