import datetime

from django.core.management.base import BaseCommand

from outreach.tasks import requeue_stalled


class Command(BaseCommand):
    help = (
        "Queue again the speaker-request e-mails that are overdue by more than --minutes (a worker that was "
        "stopped or crashed mid-send). Safe to run at any time: an e-mail recorded as sent is never queued again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=15)

    def handle(self, *args, minutes=15, verbosity=1, **options):
        count = requeue_stalled(datetime.timedelta(minutes=minutes))
        if count or verbosity > 0:  # the clock runs it every minute with --verbosity 0
            self.stdout.write(f"Queued {count} overdue e-mail(s) again.")
