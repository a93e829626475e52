"""The e-mail worker killed in the middle of sending (issue 13, fault suite; PostgreSQL pass only).

The resident already has the confirmation with the reference: the request was saved before the
worker started. The killed worker leaves its e-mail "Sending"; the clock's re-queue (every minute,
for e-mail overdue by 15 minutes; here at once) sends it again, and each message arrives exactly once
because the mail server never accepted the first attempt.
"""

import datetime
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from outreach import tasks
from outreach.models import EmailDelivery
from tests.faults.support import (
    needs_postgresql,
    recover_and_deliver_exactly_once,
    resident_sends_a_request,
)
from tests.helpers import database_url
from tests.production import PRODUCTION_ENV, clean_env

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = [
    pytest.mark.django_db(transaction=True),
    needs_postgresql("the worker is a process of its own"),
    pytest.mark.usefixtures("clear_cache"),
]


def start_worker(smtp_port):
    env = {
        **clean_env(),
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "site911.settings.production",
        "DATABASE_URL": database_url(),
        "OUTREACH_SUPERVISOR_EMAIL": "supervisor@example.test",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
        "EMAIL_TIMEOUT": "60",
    }
    command = [
        sys.executable,
        "manage.py",
        "db_worker",
        "--backend",
        "email",
        "--no-startup-delay",
        "--interval",
        "0.1",
    ]
    return subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603


def test_worker_killed_mid_send(client, speaker_page, scripted_smtp):
    server = scripted_smtp("hang")  # takes the message's first line, then keeps the worker waiting
    request = resident_sends_a_request(client)
    worker = start_worker(server.port)
    try:
        assert server.data_started.wait(60), "the worker never reached the mail server"
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait(10)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGKILL)
    server.close()
    states = set(EmailDelivery.objects.values_list("state", flat=True))
    assert "sending" in states and "sent" not in states  # staff see it was being sent

    # The clock's job, without waiting the 15 minutes.
    time.sleep(0.01)
    assert tasks.requeue_stalled(older_than=datetime.timedelta(0)) == 2
    recover_and_deliver_exactly_once(server.port, request)
