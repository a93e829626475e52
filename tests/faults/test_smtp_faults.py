"""The mail server refusing, hanging or hanging up mid-message (issue 13, fault suite).

The resident always sees the confirmation with the reference: the request is saved before any
mail is tried. Staff see each e-mail as "Retrying" with the error. When the server is back, every
message arrives exactly once.
"""

import pytest
from aiosmtpd.controller import Controller

from outreach.models import EmailDelivery, SpeakerRequest
from tests.helpers import free_port
from tests.outreach.support import HangingServer, run_worker, submit, valid_data
from tests.outreach.test_email import RefusingInbox, run_worker_until, smtp_server, smtp_settings

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("clear_cache")]


def resident_sends_a_request(client):
    """What the resident sees: the confirmation page with the reference, whatever the mail server does."""
    response = submit(client, valid_data(client))
    assert response.status_code == 302
    confirmation = client.get(response["Location"]).content.decode()
    request = SpeakerRequest.objects.get()
    assert request.reference in confirmation
    return request


def staff_see_retrying(request):
    states = dict(request.deliveries.values_list("kind", "state"))
    assert states == {"supervisor": "retrying", "requester": "retrying"}, states
    assert all(d.last_error and d.attempts >= 1 for d in request.deliveries.all())


def recover_and_deliver_exactly_once(port, request):
    with smtp_server(port) as inbox:
        assert run_worker_until(lambda: all(d.state == "sent" for d in EmailDelivery.objects.all()), seconds=20)
        run_worker()  # nothing left to send twice
    assert len(inbox.to("supervisor@example.test")) == 1
    assert len(inbox.to("ana@example.org")) == 1
    assert len(inbox.messages) == 2
    assert request.reference in inbox.to("supervisor@example.test")[0]["Subject"]


def test_mail_server_refusing_recipients(client, speaker_page):
    port = free_port()
    refusing = Controller(RefusingInbox(), hostname="127.0.0.1", port=port)
    refusing.start()
    try:
        with smtp_settings(port):
            request = resident_sends_a_request(client)
            run_worker()
    finally:
        refusing.stop()
    staff_see_retrying(request)
    assert "550" in request.deliveries.first().last_error
    recover_and_deliver_exactly_once(port, request)


def test_mail_server_hanging_without_a_word(client, speaker_page):
    hanging = HangingServer()
    try:
        with smtp_settings(hanging.port, timeout=1):
            request = resident_sends_a_request(client)
            run_worker()  # gives up after EMAIL_TIMEOUT, does not block
    finally:
        hanging.close()
    staff_see_retrying(request)
    recover_and_deliver_exactly_once(hanging.port, request)


@pytest.mark.parametrize("on_data", ["close", "hang"])
def test_mail_server_failing_in_the_middle_of_the_message(client, speaker_page, scripted_smtp, on_data):
    server = scripted_smtp(on_data)
    with smtp_settings(server.port, timeout=1):
        request = resident_sends_a_request(client)
        run_worker()
    assert server.data_started.is_set()  # it failed mid-message, not before
    server.close()
    staff_see_retrying(request)
    recover_and_deliver_exactly_once(server.port, request)
