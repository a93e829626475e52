"""Shared pieces of the fault suite: a misbehaving mail server, what the resident sees, the recovery,
the PostgreSQL-only mark and the test database's URL.

Each fault test says what the resident sees and checks that nothing is lost: every saved request's
e-mail is delivered exactly once after recovery, or shows as failed to staff.
"""

import os
import socket
import threading

import pytest

from outreach.models import EmailDelivery, SpeakerRequest
from tests.helpers import free_port
from tests.outreach.support import run_worker, run_worker_until, smtp_server, submit, valid_data


def needs_postgresql(reason):
    """Cases that need processes sharing one database: the PostgreSQL pass of .ci/run."""
    return pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"), reason=f"needs PostgreSQL: {reason}"
    )


class ScriptedSMTPServer:
    """A raw SMTP server on 127.0.0.1 that answers until DATA, then does `on_data` (hang or hang up).

    `on_data="close"`: reads part of the message and closes the connection (a crash mid-message).
    `on_data="hang"`: reads the message and never answers (a server stuck after the data).
    """

    def __init__(self, on_data):
        self.on_data = on_data
        self.port = free_port()
        self.sock = socket.create_server(("127.0.0.1", self.port))
        self.sock.settimeout(0.2)
        self.connections = []
        self.data_started = threading.Event()
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections.append(conn)
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn):
        try:
            file = conn.makefile("rb")
            conn.sendall(b"220 faulty.example ESMTP\r\n")
            while self.running:
                line = file.readline()
                if not line:
                    return
                command = line[:4].upper()
                if command in (b"EHLO", b"HELO"):
                    conn.sendall(b"250 faulty.example\r\n")
                elif command == b"DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    file.readline()  # the first line of the message
                    self.data_started.set()
                    if self.on_data == "close":
                        conn.close()
                        return
                    threading.Event().wait(3600)  # hang
                elif command == b"QUIT":
                    conn.sendall(b"221 bye\r\n")
                    return
                else:
                    conn.sendall(b"250 ok\r\n")
        except OSError:
            return

    def close(self):
        self.running = False
        self.thread.join(2)
        for conn in self.connections:
            try:
                conn.close()
            except OSError:
                pass
        self.sock.close()


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
