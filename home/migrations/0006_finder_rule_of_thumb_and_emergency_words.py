from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_site_alert_outage_details_and_end_time"),
    ]

    operations = [
        # The rule of thumb now shows above every finder answer, not only when nothing matches; its text is kept.
        migrations.RenameField(model_name="guidancepage", old_name="no_match_text", new_name="rule_of_thumb"),
        migrations.AlterField(
            model_name="guidancepage",
            name="rule_of_thumb",
            field=models.CharField(
                default="If anyone is in danger, or it is happening now, call 911.",
                help_text="Shown above every answer of the situation finder, with the emergency number.",
                max_length=300,
            ),
        ),
        migrations.AddField(
            model_name="guidancepage",
            name="extra_emergency_words",
            field=models.TextField(
                blank=True,
                help_text="More words or phrases that mean “call 911 now”, separated by commas or new lines. "
                "They add to the finder's built-in emergency words (danger, weapons, fire, medical, happening now), "
                "which cannot be removed.",
            ),
        ),
    ]
