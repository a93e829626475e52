from django.core.management.base import BaseCommand

from outreach.undelivered import alert_group


class Command(BaseCommand):
    help = (
        "E-mail the Outreach group about speaker requests whose supervisor e-mail has not gone out "
        "OUTREACH_ALERT_AFTER_MINUTES after they arrived (each request once). The clock runs it every minute."
    )

    def handle(self, *args, verbosity=1, **options):
        count = alert_group()
        if count or verbosity > 0:
            self.stdout.write(f"Told the Outreach group about {count} undelivered request(s).")
