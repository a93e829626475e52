"""The Procfile's `clock` process: scheduled publishing every minute, retention and pruning daily."""

import datetime
import io
import os

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home.models import StandardPage
from outreach import tasks
from outreach.models import EmailDelivery, SpeakerRequest
from site911.management.commands import clock
from tests.helpers import text
from tests.outreach.support import make_request

pytestmark = pytest.mark.django_db


def schedule_intro(page, intro):
    """A revision approved to go live a minute ago, as if its scheduled time had just passed."""
    page.intro = intro
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # scheduled, not live yet
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()


def finished_email_task(days_ago):
    delivery = EmailDelivery.objects.filter(state=EmailDelivery.State.QUEUED).first()
    tasks.enqueue(delivery)
    result = DBTaskResult.objects.latest("enqueued_at")
    finished = timezone.now() - datetime.timedelta(days=days_ago)
    DBTaskResult.objects.filter(pk=result.pk).update(status="SUCCESSFUL", finished_at=finished)
    return result.pk


def test_once_publishes_what_is_due_and_does_the_daily_housekeeping(client, demo_site, settings):
    about = StandardPage.objects.get(slug="about")
    schedule_intro(about, "Scheduled introduction.")
    assert "Scheduled introduction." not in text(client.get("/about/"))

    settings.OUTREACH_RETENTION_DAYS = 365
    today = timezone.localdate()
    old = make_request(name="old", event_date=today - datetime.timedelta(days=400))
    upcoming = make_request(name="upcoming")
    old_task = finished_email_task(days_ago=20)
    recent_task = finished_email_task(days_ago=2)
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {old_task, recent_task}

    call_command("clock", "--once", stdout=io.StringIO())

    assert "Scheduled introduction." in text(client.get("/about/"))
    assert list(SpeakerRequest.objects.values_list("pk", flat=True)) == [upcoming.pk]
    assert not SpeakerRequest.objects.filter(pk=old.pk).exists()
    assert set(DBTaskResult.objects.values_list("pk", flat=True)) == {recent_task}  # the 20-day-old one pruned


def test_a_failing_job_does_not_stop_the_others(demo_site, monkeypatch, settings):
    settings.OUTREACH_RETENTION_DAYS = 365
    make_request(name="old", event_date=timezone.localdate() - datetime.timedelta(days=400))
    monkeypatch.setattr(clock, "EVERY_MINUTE", [("publish_scheduled", "--no-such-option")])

    with pytest.raises(CommandError, match="failed: publish_scheduled"):
        call_command("clock", "--once", stdout=io.StringIO())
    assert not SpeakerRequest.objects.exists()  # the daily job after it still ran


def test_minute_jobs_every_interval_daily_jobs_once_a_day(monkeypatch):
    ran, clock_time = [], [1000.0]
    monkeypatch.setattr(clock.Command, "run", lambda self, job: ran.append(job[0]) or True)
    monkeypatch.setattr(clock.time, "monotonic", lambda: clock_time[0])

    def sleep(seconds):
        clock_time[0] += seconds
        if clock_time[0] > 1000 + clock.DAY + 120:
            raise KeyboardInterrupt

    monkeypatch.setattr(clock.time, "sleep", sleep)
    with pytest.raises(KeyboardInterrupt):
        call_command("clock", "--interval", "60")

    minutes = clock.DAY // 60 + 3
    assert ran.count("publish_scheduled") == minutes
    assert ran.count("delete_old_speaker_requests") == 2  # at start, and a day later
    assert ran.count("prune_db_task_results") == 2


@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs PostgreSQL: the clocks of several instances share it through advisory locks",
)
def test_a_job_another_instance_is_running_is_skipped_then_runs_next_time(client, demo_site, monkeypatch):
    """Two instances, two clocks: a job runs on one at a time, so nothing is done twice at once."""
    import psycopg
    from django.db import connection

    about = StandardPage.objects.get(slug="about")
    schedule_intro(about, "Scheduled introduction.")
    monkeypatch.setattr(clock, "DAILY", [])
    db = connection.settings_dict
    other_instance = psycopg.connect(
        host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"], autocommit=True
    )
    try:  # the other clock is in the middle of publish_scheduled
        other_instance.execute("SELECT pg_advisory_lock(%s, hashtext('publish_scheduled'))", [clock.LOCK_SPACE])
        call_command("clock", "--once", stdout=io.StringIO())
        assert "Scheduled introduction." not in text(client.get("/about/"))
        other_instance.execute("SELECT pg_advisory_unlock(%s, hashtext('publish_scheduled'))", [clock.LOCK_SPACE])
    finally:
        other_instance.close()

    call_command("clock", "--once", stdout=io.StringIO())  # the next minute
    assert "Scheduled introduction." in text(client.get("/about/"))
