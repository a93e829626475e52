"""Two web instances behind nginx as a load balancer (issue 17, item 3; PostgreSQL + Redis pass only).

Instance A and instance B are each a gunicorn of their own (production settings, two workers) with
an e-mail worker of their own (`manage.py db_worker --backend email`); all four share the test
database and Redis, as two servers would. nginx balances between them with deploy/nginx/'s
proxy-headers.conf and failover.conf. What people notice:
- an editor saves an alert in the admin of instance A (over HTTP, signed in); visitors of A, B and
  nginx all see it within 5 seconds;
- a speaker request sent through A and another through B each reach the supervisor exactly once,
  although two workers watch the queue;
- with instance B stopped, visitors through nginx still get every page.
"""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from outreach.models import EmailDelivery, SpeakerRequest
from tests.faults.support import needs_postgresql
from tests.helpers import Visitor, database_url, free_port, nginx_binary, stop_process_group
from tests.outreach.support import requester_fields, smtp_server
from tests.production import PRODUCTION_ENV, clean_env

ROOT = Path(__file__).resolve().parents[2]
NGINX = ROOT / "deploy" / "nginx"
pytestmark = [
    pytest.mark.django_db(transaction=True),
    needs_postgresql("two instances share one database"),
    pytest.mark.usefixtures("clear_cache"),
]
ALERT = "Two instances, one alert: 911 works, text 911 is down."
SUPERVISOR = "supervisor@example.test"


@pytest.fixture
def redis_url():
    url = os.environ.get("REDIS_URL")
    if not url:
        pytest.skip("REDIS_URL is not set: two instances share Redis")
    return url


def environment(redis_url, smtp_port, prefix):
    return {
        **clean_env(),
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "site911.settings.production",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "NUM_PROXIES": "1",
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": prefix,  # this test's own keys in the shared Redis database
        "OUTREACH_SUPERVISOR_EMAIL": SUPERVISOR,
        "OUTREACH_MIN_SECONDS": "0",
        "OUTREACH_RATE_LIMIT": "100/h",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_port),
    }


class Processes:
    """Child processes in their own sessions, each logging to a file; all stopped at the end."""

    def __init__(self, directory):
        self.directory, self.started = directory, {}

    def start(self, name, command, env):
        with open(self.directory / f"{name}.log", "wb") as log:
            self.started[name] = subprocess.Popen(  # noqa: S603
                command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def stop(self, name):
        stop_process_group(self.started.pop(name))

    def stop_all(self):
        for name in list(self.started):
            self.stop(name)

    def logs(self):
        return "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in sorted(self.directory.glob("*.log")))


NGINX_CONFIG = """
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    upstream site911 {{
        server 127.0.0.1:{a} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:{b} max_fails=1 fail_timeout=10s;
    }}
    server {{
        listen 127.0.0.1:{nginx};
        location / {{
            proxy_pass http://site911;
            include {conf}/proxy-headers.conf;
            include {conf}/failover.conf;
        }}
    }}
}}
"""


def wait_until_up(visitor, processes, seconds=90):
    deadline = time.monotonic() + seconds
    while True:
        try:
            if visitor.request("GET", "/readyz").status == 200:
                return
        except OSError:
            pass
        assert time.monotonic() < deadline, f"port {visitor.port} did not come up\n{processes.logs()}"
        time.sleep(0.3)


@pytest.fixture
def fleet(demo_site, redis_url, tmp_path, django_user_model):
    """{"a": port, "b": port, "nginx": port, "inbox": Inbox, "processes": Processes}."""
    editor = django_user_model.objects.create_superuser("editor", "editor@example.test", "")
    hasher = PBKDF2PasswordHasher()  # production's hasher (the test settings' MD5 is not in its list)
    editor.password = hasher.encode("correct horse battery", hasher.salt())
    editor.save()
    binary = nginx_binary()
    processes = Processes(tmp_path)
    with smtp_server() as inbox:
        smtp_port = inbox.port
        env = environment(redis_url, smtp_port, f"site911-fleet-{uuid.uuid4().hex[:8]}")
        # Production's manifest storage needs collected static files (the Procfile's release step).
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=180,
        )
        ports = {"a": free_port(), "b": free_port(), "nginx": free_port()}
        try:
            for name in ("a", "b"):
                web = [sys.executable, "-m", "gunicorn", "site911.wsgi", "--config", "deploy/gunicorn.conf.py"]
                web += ["--bind", f"127.0.0.1:{ports[name]}", "--workers", "2"]
                processes.start(f"web-{name}", web, env)
                worker = [sys.executable, "manage.py", "db_worker", "--backend", "email"]
                worker += ["--no-startup-delay", "--interval", "0.2"]
                processes.start(f"worker-{name}", worker, env)
            config = tmp_path / "nginx.conf"
            config.write_text(NGINX_CONFIG.format(tmp=tmp_path, conf=NGINX, **ports))
            nginx = [binary, "-p", str(tmp_path), "-c", str(config), "-e", str(tmp_path / "nginx-error.log")]
            processes.start("nginx", nginx, env)
            for port in ports.values():
                wait_until_up(Visitor(port, "127.0.0.1"), processes)
            yield {**ports, "inbox": inbox, "processes": processes}
        finally:
            processes.stop_all()


def shows_alert(visitor):
    response = visitor.request("GET", "/")
    return response.status == 200 and ALERT in response.text


def test_two_instances_behind_nginx(fleet):
    processes, inbox = fleet["processes"], fleet["inbox"]
    a, b, lb = (Visitor(fleet[name], "127.0.0.1") for name in ("a", "b", "nginx"))
    for visitor in (a, b, lb):  # every instance holds the home page in its page cache
        for _ in range(4):
            assert not shows_alert(visitor)

    # An editor saves an alert in instance A's admin; visitors everywhere see it within 5 seconds.
    editor = Visitor(fleet["a"], "127.0.0.1")
    assert editor.sign_in("editor", "correct horse battery").status == 302
    form = {**editor.form("/admin/snippets/site911/sitealert/add/"), "message": ALERT, "level": "warning"}
    saved = editor.request("POST", "/admin/snippets/site911/sitealert/add/", {**form, "is_active": "on"})
    assert saved.status == 302, saved.text[-2000:]
    deadline = time.monotonic() + 5
    waiting = {"instance A": a, "instance B": b, "nginx": lb}
    while waiting and time.monotonic() < deadline:
        waiting = {name: v for name, v in waiting.items() if not all(shows_alert(v) for _ in range(4))}
    assert not waiting, f"no alert after 5 s on {sorted(waiting)}"

    # A speaker request through each instance: each reaches the supervisor once, with two workers running.
    for n, visitor in ((1, a), (2, b)):
        data = {**visitor.form("/request-a-speaker/"), **requester_fields(n)}
        assert visitor.request("POST", "/request-a-speaker/", data).status == 302
    references = sorted(request.reference for request in SpeakerRequest.objects.all())
    assert len(references) == 2
    deadline = time.monotonic() + 60
    while EmailDelivery.objects.exclude(state="sent").exists():
        assert time.monotonic() < deadline, f"e-mail not delivered within a minute\n{processes.logs()}"
        time.sleep(0.3)
    time.sleep(3)  # time for a second worker to send anything twice
    supervisor = sorted(message["Subject"] for message in inbox.to(SUPERVISOR))
    assert len(supervisor) == 2, supervisor
    assert all(any(ref in subject for subject in supervisor) for ref in references), (references, supervisor)
    assert [len(inbox.to(f"requester{n}@example.org")) for n in (1, 2)] == [1, 1]
    assert len(inbox.messages) == 4

    # Instance B stops: nginx sends every visitor to A.
    processes.stop("web-b")
    for _ in range(10):
        response = lb.request("GET", "/")
        assert response.status == 200 and ALERT in response.text
    assert lb.request("GET", "/when-to-call/").status == 200
