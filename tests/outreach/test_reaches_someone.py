"""A speaker request must reach someone (issue 13, item 12).

Production refuses a deploy check without a supervisor address; the confirmation page says only what
is true; a request whose supervisor e-mail has not gone out within OUTREACH_ALERT_AFTER_MINUTES is shown
on every Outreach member's dashboard and e-mailed to them once.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from outreach.models import EmailDelivery
from tests.helpers import staff_member, text
from tests.outreach.support import make_request, submit, valid_data
from tests.production import CHECK_DEPLOY, PRODUCTION_ENV, run_production


def test_check_deploy_fails_without_a_supervisor_address():
    # (test_check_deploy_passes_with_a_realistic_environment: the same with OUTREACH_SUPERVISOR_EMAIL passes)
    result = run_production({**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/0"}, code=CHECK_DEPLOY)
    assert result.returncode != 0
    assert "outreach.E001" in result.stderr
    assert "OUTREACH_SUPERVISOR_EMAIL" in result.stderr


@pytest.mark.django_db
def test_the_confirmation_page_says_the_request_was_received_and_the_supervisor_will_reply(client, speaker_page):
    response = submit(client, valid_data(client))
    page = text(client.get(response["Location"]))
    assert "Your request has been received. The 911 outreach supervisor will reply by e-mail." in page
    assert "has gone to" not in page


def arrived(minutes_ago, state=EmailDelivery.State.RETRYING, **fields):
    request = make_request(created_at=timezone.now() - datetime.timedelta(minutes=minutes_ago), **fields)
    request.deliveries.filter(kind="supervisor").update(state=state, attempts=3, last_error="SMTPRecipientsRefused")
    return request


@pytest.fixture
def outreach_members(demo_site):
    return [staff_member("olive", "Outreach"), staff_member("omar", "Outreach")]


@pytest.mark.django_db
def test_the_dashboard_of_outreach_staff_shows_requests_that_have_not_reached_the_supervisor(client, outreach_members):
    stuck = arrived(90, organization="Stuck Block Club")
    failed = arrived(3000, state=EmailDelivery.State.FAILED, organization="Failed Block Club")
    recent = arrived(5, organization="Recent Block Club")
    delivered = arrived(90, state=EmailDelivery.State.SENT, organization="Delivered Block Club")

    client.force_login(outreach_members[0])
    dashboard = text(client.get("/admin/"))
    assert "Speaker requests not delivered to the supervisor" in dashboard
    assert stuck.reference in dashboard and failed.reference in dashboard
    assert recent.reference not in dashboard and delivered.reference not in dashboard

    client.force_login(staff_member("nellie", "News editors"))
    dashboard = text(client.get("/admin/"))
    assert "not delivered to the supervisor" not in dashboard and stuck.reference not in dashboard


@pytest.mark.django_db
def test_the_clock_emails_the_outreach_group_once_about_each_undelivered_request(outreach_members):
    staff_member("nellie", "News editors")
    stuck = arrived(90, organization="Stuck Block Club")
    arrived(5)

    call_command("clock", "--once", stdout=io.StringIO())
    [alert] = mail.outbox
    assert sorted(alert.bcc) == ["olive@example.test", "omar@example.test"]
    assert alert.to == []
    assert stuck.reference in alert.body
    assert f"/admin/snippets/outreach/speakerrequest/inspect/{stuck.pk}/" in alert.body
    assert "Stuck Block Club" not in alert.body and "Ana Lopez" not in alert.body  # references only

    call_command("clock", "--once", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # told once

    later = arrived(61)
    call_command("clock", "--once", stdout=io.StringIO())
    assert len(mail.outbox) == 2
    assert later.reference in mail.outbox[1].body and stuck.reference not in mail.outbox[1].body
