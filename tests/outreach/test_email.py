"""Speaker-request e-mail through a real SMTP server (aiosmtpd) and the real worker (db_worker --backend email)."""

import datetime
import email
import email.policy
import email.utils
import time

import pytest
from aiosmtpd.controller import Controller
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from outreach import tasks
from outreach.models import DeliveryAttempt, EmailDelivery, OutreachSettings, SpeakerRequest
from tests.helpers import free_port
from tests.outreach.support import (
    HangingServer,
    RefusingInbox,
    run_worker,
    run_worker_until,
    smtp_server,
    smtp_settings,
    submit,
    valid_data,
)


def body(message):
    return message.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")


def deliveries():
    return {d.kind: d for d in EmailDelivery.objects.all()}


def test_request_reaches_the_supervisor_with_reply_to_and_the_requester_gets_a_confirmation(
    transactional_db, client, speaker_page
):
    with smtp_server() as inbox:
        data = valid_data(client, name='Lopez, Ana "Block Captain"', topics="CPR?\nWhen to call 311.")
        response = submit(client, data)
        assert response.status_code == 302
        run_worker()
    request = SpeakerRequest.objects.get()
    reference = request.reference

    [supervisor_mail] = inbox.to("supervisor@example.test")  # OUTREACH_SUPERVISOR_EMAIL in test settings
    assert reference in supervisor_mail["Subject"]
    assert "Block party" in supervisor_mail["Subject"]
    assert email.utils.getaddresses([supervisor_mail["Reply-To"]])[0][1] == "ana@example.org"
    assert "Lopez, Ana" in supervisor_mail["Reply-To"]
    assert supervisor_mail.get_content_type() == "text/plain"
    text = body(supervisor_mail)
    for detail in [
        reference,
        'Lopez, Ana "Block Captain"',
        "ana@example.org",
        "612-555-0100",
        "Powderhorn Block Club",
        "Block party",
        f"{request.event_date:%B} {request.event_date.day}, {request.event_date.year}",
        "6:30 PM",
        "3400 15th Ave S, Minneapolis",
        "60",
        "CPR?\nWhen to call 311.",
        f"http://testserver/admin/snippets/outreach/speakerrequest/inspect/{request.pk}/",
    ]:
        assert detail in text, detail

    [confirmation] = inbox.to("ana@example.org")
    assert reference in confirmation["Subject"]
    assert email.utils.getaddresses([confirmation["Reply-To"]])[0][1] == "supervisor@example.test"
    assert confirmation["To"] == "ana@example.org"  # no name: it is whatever the visitor typed
    text = body(confirmation)
    assert reference in text
    assert "Powderhorn Block Club" not in text and "Lopez" not in text
    assert "not for emergencies" in text and "911" in text
    assert len(inbox.messages) == 2

    assert {kind: d.state for kind, d in deliveries().items()} == {"supervisor": "sent", "requester": "sent"}
    assert all(d.attempts == 1 and d.sent_at for d in deliveries().values())
    # The admin link works for staff.
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("boss", "boss@example.test", "correct horse battery")
    client.force_login(admin)
    assert client.get(f"/admin/snippets/outreach/speakerrequest/inspect/{request.pk}/").status_code == 200


PHISHING = "Your city water account is overdue, pay at https://water-bill.example.net"


def test_the_confirmation_carries_none_of_what_was_typed_and_the_supervisor_gets_everything(
    transactional_db, client, speaker_page
):
    """The review's phishing: the victim's address in the form, the lure in every other field."""
    with smtp_server() as inbox:
        data = valid_data(
            client,
            name=PHISHING,
            email="victim@example.org",
            organization=PHISHING,
            address="Pay now at https://water-bill.example.net",
            topics=f"{PHISHING}\nLog in at https://water-bill.example.net/login",
        )
        assert submit(client, data).status_code == 302
        run_worker()
    [confirmation] = inbox.to("victim@example.org")
    raw = confirmation.as_string()
    assert "water-bill" not in raw and "overdue" not in raw
    assert confirmation["To"] == "victim@example.org"
    assert SpeakerRequest.objects.get().reference in body(confirmation)
    [supervisor_copy] = inbox.to("supervisor@example.test")
    assert PHISHING in body(supervisor_copy)
    assert "https://water-bill.example.net/login" in body(supervisor_copy)


def test_an_address_gets_at_most_three_confirmations_a_day_and_every_request_reaches_the_supervisor(
    transactional_db, client, speaker_page
):
    with smtp_server() as inbox:
        pages = []
        for n in range(4):
            response = submit(client, valid_data(client, email="Victim@Example.org", organization=f"Group {n}"))
            assert response.status_code == 302
            pages.append(client.get(response["Location"]).content.decode())
        run_worker()
    assert len(inbox.to("Victim@Example.org")) == 3
    assert len(inbox.to("supervisor@example.test")) == 4
    assert "We are e-mailing a confirmation" in pages[2]
    assert "not sending another one" in pages[3]
    held = EmailDelivery.objects.get(state="held")
    assert held.request.organization == "Group 3" and held.kind == "requester"


def test_the_outreach_setting_overrides_the_environment_address(transactional_db, client, speaker_page, demo_site):
    OutreachSettings.objects.update_or_create(site=demo_site, defaults={"supervisor_email": "maryam@example.test"})
    with smtp_server() as inbox:
        submit(client, valid_data(client))
        run_worker()
    assert len(inbox.to("maryam@example.test")) == 1
    assert inbox.to("supervisor@example.test") == []


def test_markup_arrives_as_plain_text(transactional_db, client, speaker_page):
    script = "<script>alert(1)</script>"
    with smtp_server() as inbox:
        submit(client, valid_data(client, organization=f"Club {script}", topics=f"<b>{script}</b>"))
        run_worker()
    for _, message in inbox.messages:
        assert not message.is_multipart()  # no HTML part to execute anything
        assert message.get_content_type() == "text/plain"
    supervisor_mail = inbox.to("supervisor@example.test")[0]
    assert f"Club {script}" in body(supervisor_mail)  # as typed, not escaped into &lt; noise
    assert "\n" not in supervisor_mail["Subject"]


def test_with_the_mail_server_down_the_request_is_kept_retried_and_delivered_once_it_is_back(
    transactional_db, client, speaker_page
):
    port = free_port()  # nothing listens here yet
    with smtp_settings(port):
        response = submit(client, valid_data(client))
        assert response.status_code == 302
        reference = SpeakerRequest.objects.get().reference
        assert reference in client.get(response["Location"]).content.decode()  # the visitor is not affected

        before = timezone.now()
        run_worker()
        for delivery in deliveries().values():
            assert delivery.state == EmailDelivery.State.RETRYING
            assert delivery.attempts == 1
            assert "Connection refused" in delivery.last_error or "ConnectionRefused" in delivery.last_error
            assert before < delivery.next_attempt_at <= before + datetime.timedelta(seconds=61)
        assert DeliveryAttempt.objects.filter(succeeded=False).count() == 2
        assert DBTaskResult.objects.filter(status="READY").count() == 2  # the retries, waiting for run_after

        # Still down at the first retry: tried again, later.
        time.sleep(1.1)
        run_worker()
        assert {d.attempts for d in deliveries().values()} == {2}
        assert {d.state for d in deliveries().values()} == {"retrying"}

    with smtp_server(port) as inbox:
        assert run_worker_until(lambda: all(d.state == "sent" for d in deliveries().values()))
        # Nothing is sent again, however often the worker runs.
        run_worker()
        time.sleep(0.5)
        run_worker()
    assert len(inbox.to("supervisor@example.test")) == 1
    assert len(inbox.to("ana@example.org")) == 1
    assert len(inbox.messages) == 2
    assert DBTaskResult.objects.filter(status="READY").count() == 0
    for delivery in deliveries().values():
        log = list(delivery.attempt_log.order_by("at"))
        assert [a.succeeded for a in log][-1] is True
        assert not any(a.succeeded for a in log[:-1])


def test_a_hanging_mail_server_does_not_block_the_worker_past_the_timeout(transactional_db, client, speaker_page):
    server = HangingServer()
    try:
        with smtp_settings(server.port, timeout=1):
            submit(client, valid_data(client))
            started = time.monotonic()
            run_worker()
            elapsed = time.monotonic() - started
    finally:
        server.close()
    assert elapsed < 6, elapsed  # two messages, about a second each
    for delivery in deliveries().values():
        assert delivery.state == EmailDelivery.State.RETRYING
        assert "timed out" in delivery.last_error.lower()


@override_settings(OUTREACH_SUPERVISOR_EMAIL="")
def test_without_a_supervisor_address_the_message_waits_until_one_is_set(
    transactional_db, client, speaker_page, demo_site
):
    with smtp_server() as inbox:
        submit(client, valid_data(client))
        run_worker()
        assert deliveries()["supervisor"].state == "retrying"
        assert "No supervisor address" in deliveries()["supervisor"].last_error
        assert deliveries()["requester"].state == "sent"
        OutreachSettings.objects.update_or_create(site=demo_site, defaults={"supervisor_email": "maryam@example.test"})
        assert run_worker_until(lambda: deliveries()["supervisor"].state == "sent")
    assert len(inbox.to("maryam@example.test")) == 1


def test_retries_stop_after_the_retry_period_and_staff_can_resend(transactional_db, client, speaker_page):
    port = free_port()
    with smtp_settings(port):
        submit(client, valid_data(client))
        run_worker()
        long_ago = timezone.now() - datetime.timedelta(hours=73)
        EmailDelivery.objects.update(first_attempt_at=long_ago)
        DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
        run_worker()
        assert {d.state for d in deliveries().values()} == {"failed"}
        assert DBTaskResult.objects.filter(status="READY").count() == 0  # no more retries

    with smtp_server(port) as inbox:
        for delivery in deliveries().values():
            tasks.requeue(delivery)  # what the admin's Resend button does
        run_worker()
    assert {d.state for d in deliveries().values()} == {"sent"}
    assert len(inbox.messages) == 2


def test_a_resend_while_a_retry_is_pending_sends_once(transactional_db, client, speaker_page):
    port = free_port()
    with smtp_settings(port):
        submit(client, valid_data(client))
        run_worker()  # fails: retries are queued
    with smtp_server(port) as inbox:
        for delivery in deliveries().values():
            tasks.requeue(delivery)
        time.sleep(1.1)  # the old retries are due too
        run_worker()
        run_worker()
    assert len(inbox.messages) == 2


@pytest.mark.parametrize("base", [30, 1])
def test_backoff_starts_within_a_minute_grows_and_keeps_trying_for_48_hours(settings, base):
    settings.OUTREACH_EMAIL_RETRY_BASE_SECONDS = base
    delays = [tasks.retry_delay(n) for n in range(1, 40)]
    assert delays[0] <= 60
    assert all(b >= a for a, b in zip(delays, delays[1:], strict=False))
    assert delays[5] > delays[0]
    assert max(delays) <= settings.OUTREACH_EMAIL_RETRY_MAX_SECONDS
    assert settings.OUTREACH_EMAIL_RETRY_HOURS >= 48


def test_stalled_deliveries_are_queued_again(transactional_db, client, speaker_page):
    from django.core.management import call_command

    submit(client, valid_data(client))
    EmailDelivery.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(hours=1))
    DBTaskResult.objects.all().delete()  # the worker lost them
    call_command("requeue_speaker_emails", stdout=open("/dev/null", "w"))  # noqa: SIM115
    with smtp_server() as inbox:
        run_worker()
    assert len(inbox.messages) == 2


def test_the_clock_queues_again_what_a_killed_worker_left_sending(transactional_db, client, speaker_page, monkeypatch):
    from django.core.management import call_command

    from site911.management.commands import clock

    submit(client, valid_data(client))
    overdue = timezone.now() - datetime.timedelta(minutes=20)
    EmailDelivery.objects.update(state=EmailDelivery.State.SENDING, next_attempt_at=overdue)
    DBTaskResult.objects.all().delete()  # claimed by the worker that was killed
    monkeypatch.setattr(clock, "DAILY", [])
    call_command("clock", "--once", stdout=open("/dev/null", "w"))  # noqa: SIM115
    with smtp_server() as inbox:
        run_worker()
    assert len(inbox.messages) == 2
    assert set(EmailDelivery.objects.values_list("state", flat=True)) == {EmailDelivery.State.SENT}


def test_logs_never_contain_what_the_requester_typed(transactional_db, client, speaker_page, caplog):
    caplog.set_level("DEBUG")
    personal = {"name": "Zelda Quimby", "email": "zelda.quimby@example.org", "phone": "612-555-0142"}
    port = free_port()  # the mail server is down: failures are logged too
    with smtp_settings(port):
        response = submit(client, valid_data(client, **personal))
        assert response.status_code == 302
        run_worker()
        # Bad input is logged as well as good.
        submit(client, valid_data(client, email="zelda.quimby@", event_date="2000-01-01", name=personal["name"]))
    with smtp_server(port):
        assert run_worker_until(lambda: all(d.state == "sent" for d in deliveries().values()))
    # Everything the site logged; aiosmtpd (the test's own mail server, logger "mail.log") is not the site.
    records = [r for r in caplog.records if not r.name.startswith("mail.log")]
    assert records, "nothing was logged at all"
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in records)
    for value in personal.values():
        assert value not in logged
    assert "zelda" not in logged.lower()


def test_a_refused_recipient_is_logged_by_delivery_id_exception_class_and_smtp_code_only(
    transactional_db, client, speaker_page, caplog
):
    caplog.set_level("DEBUG")
    controller = Controller(RefusingInbox(), hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        with smtp_settings(controller.port):
            submit(client, valid_data(client, name="Maria Private", email="maria.private@example.org"))
            run_worker()
    finally:
        controller.stop()
    site_lines = [r.getMessage() for r in caplog.records if not r.name.startswith("mail.log")]
    logged = "\n".join(site_lines)
    assert "maria" not in logged.lower() and "Private" not in logged
    for delivery in deliveries().values():
        assert delivery.state == "retrying"
        assert f"delivery_id={delivery.pk} failed: SMTPRecipientsRefused 550" in logged
        assert "550" in delivery.last_error  # staff still see the server's answer on the request
