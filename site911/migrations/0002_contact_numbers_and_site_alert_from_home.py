"""ContactNumbers and SiteAlert move from home to site911 with their tables, rows and content types.

No table is created or renamed: site911's models keep home's tables (`db_table`), so this migration
only tells Django's state that site911 has them now (home 0008 forgets them).

Their content types are renamed in place (app_label home -> site911) first: everything keyed by
content type stays attached to the same rows: permissions (and so groups' permissions), admin log
entries, Wagtail's model log entries and reference index, search index entries. Without this,
`migrate` would leave home's content types stale and create new site911 ones with new permissions
that no group has.
"""

import django.db.models.deletion
import site911.alerts
from django.db import migrations, models

MOVED = ["contactnumbers", "sitealert"]


def _move(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        old = ContentType.objects.filter(app_label=source, model=model).first()
        if old is None:
            continue  # a new database: post_migrate creates site911's content types
        # A content type already made for the target (by a post_migrate of a partial run) has no history:
        # the old one, with its permissions and log entries, replaces it.
        ContentType.objects.filter(app_label=target, model=model).delete()
        old.app_label = target
        old.save(update_fields=["app_label"])
    from django.contrib.contenttypes.models import ContentType as CurrentContentType

    CurrentContentType.objects.clear_cache()


def move_content_types(apps, schema_editor):
    _move(apps, "home", "site911")


def move_content_types_back(apps, schema_editor):
    _move(apps, "site911", "home")



class Migration(migrations.Migration):

    dependencies = [
        ('site911', '0001_page_cache_generation'),
        ('wagtailcore', '0098_apitoken'),
        # home's tables exist in their final form before site911 takes them over.
        ('home', '0007_search_index_title_body_gin'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.RunPython(move_content_types, move_content_types_back, elidable=False),
        # The tables stay as home made them (db_table): nothing is created, renamed or copied.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SiteAlert',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('message', models.CharField(help_text='Plain text, one or two short sentences. Say what to do, e.g. which number to call.', max_length=200)),
                        ('level', models.CharField(choices=[('information', 'Information'), ('warning', 'Warning'), ('outage', 'Outage')], default='information', help_text='Outage is announced at once by screen readers; use it when people cannot reach 911.', max_length=20)),
                        ('link_url', models.CharField(blank=True, help_text='Optional: where to read more, e.g. /news/outage/ or https://…', max_length=300, validators=[site911.alerts.validate_alert_link], verbose_name='link')),
                        ('link_text', models.CharField(blank=True, help_text='Required with a link, e.g. “Read the update”.', max_length=60)),
                        ('alternate_number', models.CharField(blank=True, help_text='During an outage: the line that works, e.g. (612) 673-3000. Shown as a phone link.', max_length=30, verbose_name='number to call instead')),
                        ('area', models.CharField(blank=True, help_text='E.g. “North Minneapolis”.', max_length=120, verbose_name='area affected')),
                        ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='problem started')),
                        ('expected_back_at', models.DateTimeField(blank=True, null=True, verbose_name='service expected back')),
                        ('ends_at', models.DateTimeField(blank=True, help_text='The alert leaves every page by itself at this time, with nobody in the admin. Blank: it stays up.', null=True, verbose_name='take down at')),
                        ('is_active', models.BooleanField(default=True, help_text='Untick to take the alert off every page.', verbose_name='active')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                    ],
                    options={
                        'verbose_name': 'site alert',
                        'db_table': 'home_sitealert',
                        'ordering': ['-updated_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ContactNumbers',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('emergency_label', models.CharField(default='Emergency', max_length=60)),
                        ('emergency_number', models.CharField(default='911', max_length=30)),
                        ('emergency_when', models.CharField(default='Police, fire or medical help needed at your location now.', max_length=200)),
                        ('text_to_911_enabled', models.BooleanField(default=False, help_text='Tick only where the 911 center takes texts. Unticked, no page mentions texting 911.', verbose_name='text to 911 works here')),
                        ('text_to_911_instruction', models.CharField(blank=True, default="Text 911 if you can't call: send your address and what is happening; no photos or group texts.", help_text="Shown after “Can't talk safely? Text 911”.", max_length=200, verbose_name='how to text 911')),
                        ('tty_guidance', models.CharField(blank=True, default='Call 911 with your TTY and press any key. A silent call is treated as a possible TTY call, so stay on the line. Relay and video relay users can also ask for 911.', help_text='For Deaf, hard-of-hearing and speech-disabled callers. Blank: the section is left out.', max_length=300, verbose_name='TTY and relay guidance')),
                        ('interpreter_guidance', models.CharField(blank=True, default='Say the language you speak, in English: an interpreter will join the call.', help_text='For callers who speak little English. Blank: the line is left out.', max_length=300)),
                        ('non_emergency_label', models.CharField(default='Non-emergency', max_length=60)),
                        ('non_emergency_number', models.CharField(default='311', max_length=30)),
                        ('non_emergency_full_number', models.CharField(blank=True, help_text='The full local number for callers who cannot dial the short code, e.g. from outside the city.', max_length=30)),
                        ('non_emergency_when', models.CharField(default='Crime reports and past incidents that do not need police to come now.', max_length=200)),
                        ('non_emergency_hours', models.CharField(blank=True, help_text="When the non-emergency line answers, e.g. “Monday–Friday 7 a.m.–7 p.m.”. Check them with the line's managers whenever they change: residents plan their call on them.", max_length=200, verbose_name='hours')),
                        ('non_emergency_online_report_url', models.URLField(blank=True, help_text='Where residents can report a non-emergency online, e.g. when the line is closed.', verbose_name='online reports')),
                        ('outside_city_label', models.CharField(default='Outside city limits', max_length=60)),
                        ('outside_city_number', models.CharField(help_text='The direct line for callers outside city limits who need city police now.', max_length=30)),
                        ('outside_city_when', models.CharField(default='You are outside city limits but need an immediate city police response.', max_length=200)),
                        ('crisis_label', models.CharField(default='988 Suicide & Crisis Lifeline', max_length=60)),
                        ('crisis_number', models.CharField(blank=True, default='988', help_text='Blank: no call link.', max_length=30, verbose_name='number to call')),
                        ('crisis_text_number', models.CharField(blank=True, default='988', help_text='Blank: no text link.', max_length=30, verbose_name='number to text')),
                        ('crisis_when', models.CharField(blank=True, default="A mental-health, suicide or substance-use crisis, yours or someone else's: call or text, any time.", max_length=300)),
                        ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
                    ],
                    options={
                        'verbose_name': 'Contact numbers',
                        'db_table': 'home_contactnumbers',
                    },
                ),
            ],
        ),
    ]
