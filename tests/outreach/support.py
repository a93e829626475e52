"""Helpers for the speaker-request tests: requests as the form saves them, form data, the e-mail worker,
a real SMTP server (aiosmtpd).

Their fixtures (`clear_cache`, `speaker_page`) are in tests/conftest.py."""

import datetime
import email
import email.policy
import html
import io
import re
import signal
import socket
import threading
import time
from contextlib import contextmanager

from aiosmtpd.controller import Controller
from django.core import signing
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from outreach import spam
from tests.helpers import free_port


def make_request(**fields):
    """A speaker request as the form saves it, with a delivery record for each of its e-mails."""
    from outreach.models import EmailDelivery, SpeakerRequest

    values = {
        "name": "Ana Lopez",
        "email": "ana@example.org",
        "organization": "Powderhorn Block Club",
        "event_type": "block_party",
        "event_date": timezone.localdate() + datetime.timedelta(days=30),
        "start_time": datetime.time(18, 30),
        "address": "3400 15th Ave S",
        "submission_token": f"t{SpeakerRequest.objects.count()}-{fields.get('name', '')}",
    }
    values.update(fields)
    request = SpeakerRequest.objects.create(**values)
    for kind in (EmailDelivery.Kind.SUPERVISOR, EmailDelivery.Kind.REQUESTER):
        EmailDelivery.objects.create(request=request, kind=kind)
    return request


def future_date(days=30):
    return timezone.localdate() + datetime.timedelta(days=days)


def requester_fields(n):
    """A valid request's own fields, different for each `n` (so no two are duplicates of each other)."""
    return {
        "name": f"Requester {n}",
        "email": f"requester{n}@example.org",
        "organization": f"Block Club {n}",
        "event_type": "block_party",
        "event_date": future_date(30).isoformat(),
        "start_time": "18:30",
        "address": f"{n} Main St",
    }


def form_token(client, url="/request-a-speaker/"):
    """The submission token of a freshly shown form, as a visitor's browser would send it back."""
    response = client.get(url)
    assert response.status_code == 200
    match = re.search(r'name="form_token" value="([^"]+)"', response.content.decode())
    assert match, "the form has no form_token"
    return html.unescape(match.group(1))


def old_token(seconds_ago):
    """A token issued `seconds_ago` seconds ago (signed like a real one)."""
    return signing.dumps({"n": f"old-{time.time()}", "t": time.time() - seconds_ago}, salt=spam.TOKEN_SALT)


def valid_data(client, **overrides):
    data = {
        "name": "Ana Lopez",
        "email": "ana@example.org",
        "phone": "612-555-0100",
        "organization": "Powderhorn Block Club",
        "event_type": "block_party",
        "event_date": future_date(30).isoformat(),
        "start_time": "18:30",
        "address": "3400 15th Ave S, Minneapolis",
        "expected_attendance": "60",
        "topics": "When to call 911 or 311.\nWhat happens when you call.",
        "website": "",
        "form_token": form_token(client),
    }
    data.update(overrides)
    return data


def submit(client, data, **extra):
    return client.post("/request-a-speaker/", data, **extra)


def run_worker():
    """Run the e-mail worker until no task is ready, as `manage.py db_worker --backend email --batch` does."""
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command(
            "db_worker",
            "--backend",
            "email",
            "--queue-name",
            "default",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
            "--interval",
            "0",
            verbosity=0,
            stdout=io.StringIO(),
        )
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)


class HangingServer:
    """Accepts SMTP connections and never says a word."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.clients = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        self.sock.settimeout(0.2)
        while self.running:
            try:
                conn, _ = self.sock.accept()
                self.clients.append(conn)
            except OSError:
                continue

    def close(self):
        self.running = False
        self.thread.join(2)
        for conn in self.clients:
            conn.close()
        self.sock.close()


class BrokenCache:
    """A cache backend whose server is down: every call raises, like RedisCache with Redis stopped."""

    def __init__(self, *args, **kwargs):
        pass

    def close(self, **kwargs):
        pass

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache server unavailable")

        return fail


class Inbox:
    """An aiosmtpd handler keeping every message it receives."""

    def __init__(self):
        self.messages = []
        self.port = None  # set by smtp_server()

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"

    def to(self, address):
        return [m for rcpt, m in self.messages if address in rcpt]


@contextmanager
def smtp_server(port=None):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    inbox.port = controller.port
    try:
        with smtp_settings(controller.port):
            yield inbox
    finally:
        controller.stop()


def smtp_settings(port, timeout=5):
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=timeout,
        DEFAULT_FROM_EMAIL="Minneapolis 911 <noreply@911.example.test>",
    )


class RefusingInbox(Inbox):
    """A mail server that refuses every recipient: 550, mailbox unavailable, quoting the address."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return f"550 5.1.1 <{address}>: mailbox unavailable"


def run_worker_until(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        run_worker()
        if condition():
            return True
        time.sleep(0.2)
    return False
