"""The Procfile's `clock` process: each app's jobs every minute, its housekeeping once a day.

Apps register their jobs on their AppConfig (management commands with their arguments), run in
INSTALLED_APPS order:

    clock_every_minute = [("publish_scheduled",)]
    clock_daily = [("delete_old_speaker_requests",)]

Today: every minute, `publish_scheduled` (site911: scheduled pages go live, expired ones come down),
`requeue_speaker_emails` (outreach: speaker-request e-mail overdue by 15 minutes is queued again)
and `alert_outreach_group` (outreach: requests not delivered to the supervisor within the hour are
e-mailed to the Outreach group). Once a day, at start and then every 24 hours (outreach):
`delete_old_speaker_requests` (the requesters' personal data is kept OUTREACH_RETENTION_DAYS after
their event, not longer) and `prune_db_task_results` for the e-mail queue (finished e-mail tasks
older than 14 days; each attempt stays recorded on its speaker request).

A job that fails is logged and the clock goes on: one bad minute must not stop publishing.

Several instances may each run a clock (one Procfile per server). On PostgreSQL each job runs under
an advisory lock named after it: while one clock runs a job, another skips it (it comes round again
next minute). The jobs are idempotent once finished (what they did is recorded in the database),
so only overlapping runs could do a thing twice, e.g. e-mail the Outreach group twice. SQLite is
one server's file: no lock needed.
"""

import logging
import time
from contextlib import contextmanager

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connection

logger = logging.getLogger(__name__)


def registered_jobs(attribute):
    """The jobs every installed app lists in its AppConfig's `attribute`, in INSTALLED_APPS order."""
    return [tuple(job) for config in apps.get_app_configs() for job in getattr(config, attribute, ())]


EVERY_MINUTE = registered_jobs("clock_every_minute")
DAILY = registered_jobs("clock_daily")
DAY = 24 * 60 * 60
LOCK_SPACE = 911  # the first half of the advisory lock's key: the clock's jobs


@contextmanager
def job_lock(name):
    """True when this process may run job `name` now: no other clock is running it (PostgreSQL)."""
    if connection.vendor != "postgresql":
        yield True
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))", [LOCK_SPACE, name])
        locked = cursor.fetchone()[0]
    try:
        yield locked
    finally:
        if locked:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", [LOCK_SPACE, name])


class Command(BaseCommand):
    help = "Run scheduled publishing every minute and the daily housekeeping, until stopped."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run every job once, then exit (for cron).")
        parser.add_argument("--interval", type=int, default=60, help="Seconds between runs of the minute jobs.")

    def handle(self, *args, once=False, interval=60, **options):
        next_daily = time.monotonic()
        while True:
            jobs = list(EVERY_MINUTE)
            if time.monotonic() >= next_daily:
                jobs += DAILY
                next_daily = time.monotonic() + DAY
            failed = [job[0] for job in jobs if not self.run(job)]
            if once:
                if failed:
                    raise CommandError(f"failed: {', '.join(failed)} (see the log)")
                return
            close_old_connections()  # a long-running process: drop connections the database closed
            time.sleep(interval)

    def run(self, job):
        try:
            with job_lock(job[0]) as mine:
                if not mine:
                    logger.info("clock: %s is running on another instance; skipped this time", job[0])
                    return True
                call_command(*job, stdout=self.stdout, stderr=self.stderr)
        except Exception:
            logger.exception("clock: %s failed", job[0])
            return False
        return True
