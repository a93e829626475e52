"""PostgreSQL restarted while a resident sends a speaker request (issue 13, fault suite; PostgreSQL pass only).

A throwaway PostgreSQL cluster of this test's own (the machine's shared server is never touched),
holding a copy of the test database, serves gunicorn. The database stops after the resident opened
the form: sending it gives the "Something went wrong … call 9-1-1" page and saves nothing. When the
database is back, the resident sends the same form again and gets the reference; sending it once
more gives the same request. The worker then delivers each e-mail exactly once.
"""

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.db import connection

from tests.faults.support import needs_postgresql
from tests.helpers import Visitor, free_port
from tests.outreach.support import future_date, smtp_server
from tests.production import PRODUCTION_ENV, clean_env

ROOT = Path(__file__).resolve().parent.parent.parent
pytestmark = [
    pytest.mark.django_db(transaction=True),
    needs_postgresql("a copy of the test database"),
    pytest.mark.usefixtures("clear_cache"),
]


def pg_bin(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        pytest.fail(f"PostgreSQL's {name} is missing")
    return found[-1]


def as_postgres(*command, **kwargs):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120, **kwargs)  # noqa: S603


class ThrowawayPostgres:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="site911-pg-")
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
        self.data = f"{self.dir}/data"
        self.port = free_port()
        as_postgres(pg_bin("initdb"), "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync")

    def ctl(self, action):
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        as_postgres(
            pg_bin("pg_ctl"), "-D", self.data, "-o", options, "-l", f"{self.dir}/log", "-w", "-m", "fast", action
        )

    def url(self, name="site911"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def copy_of(self, source_db):
        subprocess.run(
            [pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "site911"],
            check=True,
            timeout=60,
        )
        dump = subprocess.run(
            [pg_bin("pg_dump"), "-h", "127.0.0.1", "-U", "postgres", "--no-owner", source_db],
            check=True,
            capture_output=True,
            timeout=120,
        )
        subprocess.run(
            [pg_bin("psql"), "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "site911"],
            input=dump.stdout,
            check=True,
            capture_output=True,
            timeout=120,
        )

    def remove(self):
        try:
            self.ctl("stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


def environment(database_url, **extra):
    return {
        **clean_env(),
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "site911.settings.production",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "OUTREACH_SUPERVISOR_EMAIL": "supervisor@example.test",
        "OUTREACH_MIN_SECONDS": "0",
        **extra,
    }


@pytest.fixture
def throwaway_postgres(demo_site):
    postgres = ThrowawayPostgres()
    try:
        postgres.ctl("start")
        postgres.copy_of(connection.settings_dict["NAME"])
        yield postgres
    finally:
        postgres.remove()


def test_postgres_restarted_while_a_resident_sends_a_request(throwaway_postgres):
    port = free_port()
    # Production's manifest storage needs collected static files (the Procfile's release step).
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=environment(throwaway_postgres.url()),
        check=True,
        timeout=180,
    )
    web = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "site911.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        cwd=ROOT,
        env=environment(throwaway_postgres.url()),
        start_new_session=True,
    )
    try:
        resident = Visitor(port, "127.0.0.1")
        deadline = time.monotonic() + 60
        while True:
            try:
                form = resident.form("/request-a-speaker/")
                break
            except OSError:
                assert time.monotonic() < deadline, "gunicorn did not start"
                time.sleep(0.3)
        data = {
            **form,
            "name": "Ana Lopez",
            "email": "ana@example.org",
            "organization": "Powderhorn Block Club",
            "event_type": "block_party",
            "event_date": future_date(30).isoformat(),
            "start_time": "18:30",
            "address": "3400 15th Ave S",
        }

        throwaway_postgres.ctl("stop")
        during = resident.request("POST", "/request-a-speaker/", data)
        assert during.status in (500, 503)
        assert "9-1-1" in during.text or "911" in during.text  # the page says how to call for help
        throwaway_postgres.ctl("start")

        after = resident.request("POST", "/request-a-speaker/", data)  # the same form, sent again
        assert after.status == 302
        again = resident.request("POST", "/request-a-speaker/", data)
        assert again.status == 302
        confirmation = resident.request("GET", after.getheader("Location").replace(f"http://127.0.0.1:{port}", ""))
        assert "SR-" in confirmation.text
    finally:
        os.killpg(web.pid, signal.SIGTERM)
        web.wait(20)

    smtp_port = free_port()
    with smtp_server(smtp_port) as inbox:
        worker = subprocess.run(  # noqa: S603
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--backend",
                "email",
                "--batch",
                "--no-startup-delay",
                "--interval",
                "0",
            ],
            cwd=ROOT,
            env=environment(throwaway_postgres.url(), EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp_port)),
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert len(inbox.to("supervisor@example.test")) == 1
    assert len(inbox.to("ana@example.org")) == 1
    assert len(inbox.messages) == 2
