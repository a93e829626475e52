"""The supervisor's decision (Scheduled / Declined): permissions, the requester's e-mail through a real SMTP
server and the real worker, and the public event published only with the requester's consent."""

import importlib
import time

import pytest
from django.apps import apps

from events.models import EventPage
from outreach.models import EmailDelivery, SpeakerRequest
from tests.helpers import free_port, staff_member
from tests.outreach.support import make_request, run_worker, run_worker_until, smtp_server, smtp_settings

LIST = "/admin/snippets/outreach/speakerrequest/"


def refused(response):
    """Wagtail's answer to a permission it does not grant: back to the dashboard with a message."""
    return response.status_code == 302 and response["Location"] == "/admin/"


def decide_url(speaker_request):
    return f"{LIST}decide/{speaker_request.pk}/"


@pytest.fixture
def supervisor(client, demo_site):
    # A transactional test's flush empties the group the migration filled: fill it again.
    importlib.import_module("outreach.migrations.0002_outreach_group").create_group(apps, None)
    user = staff_member("maryam", "Outreach")
    user.first_name, user.last_name = "Maryam", "Williams"
    user.save()
    client.force_login(user)
    return user


def body(message):
    return message.get_body(preferencelist=("plain",)).get_content()


def schedule(client, speaker_request, staff, **extra):
    return client.post(decide_url(speaker_request), {"decision": "scheduled", "staff_member": staff.pk, **extra})


def decision(speaker_request):
    return EmailDelivery.objects.get(request=speaker_request, kind=EmailDelivery.Kind.DECISION)


def test_scheduling_e_mails_the_requester_and_publishes_the_event_they_agreed_to(transactional_db, client, supervisor):
    speaker_request = make_request(publish_consent=True, phone="612-555-0100", address="3412 Private Home Ave")
    with smtp_server() as inbox:
        response = schedule(
            client, speaker_request, supervisor, public_title="Block party", public_location="Powderhorn Park"
        )
        assert response.status_code == 302, response.content
        assert response["Location"].endswith(f"/inspect/{speaker_request.pk}/"), response["Location"]
        run_worker()
    speaker_request.refresh_from_db()
    assert speaker_request.status == "scheduled" and speaker_request.assigned_to == supervisor
    assert speaker_request.decided_by == supervisor and speaker_request.decided_at
    [mail] = inbox.to("ana@example.org")
    assert speaker_request.reference in mail["Subject"] and "scheduled" in mail["Subject"]
    text = body(mail)
    assert "Maryam Williams" in text and speaker_request.public_event_url in text
    assert decision(speaker_request).state == "sent" and decision(speaker_request).attempt_log.get().succeeded

    event = EventPage.objects.get(speaker_request=speaker_request)
    assert event.live and event.title == "Block party" and event.location == "Powderhorn Park"
    page = client.get(event.url).content.decode()
    for private in ("Ana Lopez", "ana@example.org", "612-555-0100", "3412 Private Home Ave"):
        assert private not in page
    assert "Block party" in client.get("/events/").content.decode()


def test_scheduling_without_consent_publishes_nothing(transactional_db, client, supervisor):
    speaker_request = make_request(publish_consent=False)
    with smtp_server() as inbox:
        assert schedule(client, speaker_request, supervisor).status_code == 302
        run_worker()
    assert len(inbox.to("ana@example.org")) == 1
    assert not EventPage.objects.filter(speaker_request=speaker_request).exists()
    speaker_request.refresh_from_db()
    assert speaker_request.public_event_url == ""


def test_with_consent_the_public_place_is_required(client, supervisor):
    speaker_request = make_request(publish_consent=True)
    response = schedule(client, speaker_request, supervisor, public_location=" ")
    assert response.status_code == 200
    assert "Enter the place to show on the public calendar." in response.content.decode()
    speaker_request.refresh_from_db()
    assert speaker_request.status == "new"


def test_scheduling_needs_a_staff_member(client, supervisor):
    speaker_request = make_request()
    response = client.post(decide_url(speaker_request), {"decision": "scheduled"})
    assert "Choose the staff member who will go." in response.content.decode()


def test_declining_needs_a_reason_and_e_mails_it(transactional_db, client, supervisor):
    speaker_request = make_request()
    response = client.post(decide_url(speaker_request), {"decision": "declined", "reason": "  "})
    assert response.status_code == 200 and "Enter the reason" in response.content.decode()
    assert not EmailDelivery.objects.filter(kind=EmailDelivery.Kind.DECISION).exists()
    with smtp_server() as inbox:
        response = client.post(
            decide_url(speaker_request), {"decision": "declined", "reason": "No staff are free that evening."}
        )
        assert response.status_code == 302
        run_worker()
    speaker_request.refresh_from_db()
    assert speaker_request.status == "declined" and speaker_request.assigned_to is None
    [mail] = inbox.to("ana@example.org")
    assert "declined" in mail["Subject"] and "No staff are free that evening." in body(mail)
    assert not EventPage.objects.filter(speaker_request=speaker_request).exists()


def test_a_failed_decision_e_mail_is_retried_shown_in_the_admin_and_delivered_once_back(
    transactional_db, client, supervisor
):
    speaker_request = make_request()
    port = free_port()
    with smtp_settings(port, timeout=1):  # nothing listens: connection refused
        schedule(client, speaker_request, supervisor)
        run_worker()
        delivery = decision(speaker_request)
        assert delivery.state == "retrying" and delivery.attempts == 1 and delivery.last_error
        inspect = client.get(f"{LIST}inspect/{speaker_request.pk}/").content.decode()
        assert "Decision to the requester: Retrying" in inspect
        time.sleep(1.1)
    with smtp_server(port) as inbox:
        assert run_worker_until(lambda: decision(speaker_request).state == "sent")
        run_worker()
    assert len(inbox.to("ana@example.org")) == 1
    assert [a.succeeded for a in decision(speaker_request).attempt_log.order_by("at", "pk")] == [False, True]


def test_deciding_again_sends_the_new_decision(transactional_db, client, supervisor):
    speaker_request = make_request()
    with smtp_server() as inbox:
        schedule(client, speaker_request, supervisor)
        run_worker()
        client.post(decide_url(speaker_request), {"decision": "declined", "reason": "The event was cancelled."})
        run_worker()
    subjects = [m["Subject"] for m in inbox.to("ana@example.org")]
    assert len(subjects) == 2 and "declined" in subjects[1]


def test_editors_outside_outreach_cannot_decide(client, demo_site):
    speaker_request = make_request()
    client.force_login(staff_member("eddie", "Editors"))
    assert refused(client.get(decide_url(speaker_request)))
    assert refused(client.post(decide_url(speaker_request), {"decision": "declined", "reason": "No."}))
    speaker_request.refresh_from_db()
    assert speaker_request.status == SpeakerRequest.Status.NEW
    assert not EmailDelivery.objects.filter(kind=EmailDelivery.Kind.DECISION).exists()


def test_the_inspect_page_links_to_the_decision_for_the_outreach_group(client, supervisor):
    speaker_request = make_request()
    assert decide_url(speaker_request) in client.get(f"{LIST}inspect/{speaker_request.pk}/").content.decode()


def test_the_edit_form_leaves_scheduling_and_declining_to_decide(client, supervisor):
    """Scheduled or Declined set in the plain edit form would tell the requester nothing: it is refused there."""
    speaker_request = make_request()
    edit = f"{LIST}edit/{speaker_request.pk}/"
    response = client.post(edit, {"status": "declined", "staff_notes": ""})
    assert response.status_code == 200
    assert "use “Decide: schedule or decline”" in response.content.decode()
    speaker_request.refresh_from_db()
    assert speaker_request.status == SpeakerRequest.Status.NEW
    # Completed and Spam are still set here.
    assert client.post(edit, {"status": "spam", "staff_notes": ""}).status_code == 302
    speaker_request.refresh_from_db()
    assert speaker_request.status == SpeakerRequest.Status.SPAM
