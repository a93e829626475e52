import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from outreach.models import SpeakerRequest


class Command(BaseCommand):
    help = (
        "Delete speaker requests (and their e-mail records) whose event was more than OUTREACH_RETENTION_DAYS "
        "ago. Run it daily, from cron or the host's scheduler."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep requests for this many days after their event (default: OUTREACH_RETENTION_DAYS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Say how many would be deleted; delete nothing.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.OUTREACH_RETENTION_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days must be 0 or more")
        cutoff = timezone.localdate() - datetime.timedelta(days=days)
        old = SpeakerRequest.objects.filter(event_date__lt=cutoff)
        count = old.count()
        if dry_run:
            self.stdout.write(f"{count} speaker request(s) with an event before {cutoff} would be deleted.")
            return
        old.delete()
        self.stdout.write(self.style.SUCCESS(f"Deleted {count} speaker request(s) with an event before {cutoff}."))
