from django.apps import AppConfig


class OutreachConfig(AppConfig):
    name = "outreach"
    # Run by site911's `clock` command (site911/management/commands/clock.py).
    clock_every_minute = [
        # E-mail a worker left unsent (stopped, or killed mid-send and restarted at once) goes out again.
        ("requeue_speaker_emails", "--verbosity", "0"),
        # A request whose supervisor e-mail has not gone out for an hour: the Outreach group is e-mailed.
        ("alert_outreach_group", "--verbosity", "0"),
    ]
    clock_daily = [
        ("delete_old_speaker_requests",),
        ("prune_db_task_results", "--backend", "email", "--queue-name", "*"),
    ]

    def ready(self):
        from django.core import checks

        from outreach.checks import check_supervisor_address

        checks.register(check_supervisor_address, checks.Tags.compatibility, deploy=True)
