"""The mail server refusing, hanging or hanging up mid-message (issue 13, fault suite).

The resident always sees the confirmation with the reference: the request is saved before any
mail is tried. Staff see each e-mail as "Retrying" with the error. When the server is back, every
message arrives exactly once.
"""

import pytest
from aiosmtpd.controller import Controller

from tests.faults.support import recover_and_deliver_exactly_once, resident_sends_a_request, staff_see_retrying
from tests.helpers import free_port
from tests.outreach.support import (
    HangingServer,
    RefusingInbox,
    run_worker,
    smtp_settings,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("clear_cache")]


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
