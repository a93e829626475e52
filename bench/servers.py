"""Servers for `make bench` (bench/run.py): the database and Redis it starts from, gunicorn as the
Procfile runs it, and what stands in front of it: Varnish with deploy/varnish/default.vcl, and nginx
serving a static copy of a page (the figure a caching proxy is measured against).
"""

import gzip
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
HOST = "localhost"  # in ALLOWED_HOSTS below
WORKERS = os.environ.get("BENCH_WORKERS", "2")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/site911_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}


def log(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def run(cmd, env=None, timeout=300):
    log(" ".join(str(c) for c in cmd))
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, timeout=timeout, stdout=subprocess.DEVNULL)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("wrk is missing: installing the Debian package")
    run(["apt-get", "update", "-qq"])
    run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"],
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
    )


def fresh_database(database_url):
    url = urlparse(database_url)
    name = url.path.lstrip("/")
    args = ["-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432), "-U", url.username or "postgres"]
    run(["dropdb", "--if-exists", *args, name])
    run(["createdb", *args, name])


def empty_redis():
    import redis

    redis.Redis.from_url(REDIS_URL, socket_timeout=2).flushdb()


def site_env(port, database_url=DATABASE_URL, key_prefix="site911-bench"):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PAGE_CACHE", "DJANGO_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="site911.settings.production",
        SECRET_KEY="bench-" + "x" * 50,
        ALLOWED_HOSTS=f"{HOST},127.0.0.1",
        DATABASE_URL=database_url,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=key_prefix,
        DEFAULT_FROM_EMAIL="bench@example.com",
        WAGTAILADMIN_BASE_URL="https://localhost",
        TRUST_X_FORWARDED_PROTO="1",
        LOG_LEVEL="WARNING",
        PORT=str(port),
        WEB_CONCURRENCY=WORKERS,
    )
    return env


def procfile_web_command(port):
    """The Procfile's `web` line, bound to loopback, without the per-request access log."""
    line = next(line for line in (ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    command = line.split(":", 1)[1].strip()
    command = command.replace("0.0.0.0:${PORT:-8000}", f"127.0.0.1:{port}")  # noqa: S104
    command = command.replace("--config deploy/gunicorn.conf.py", "")  # its only setting is the access log
    command = command.replace("${WEB_CONCURRENCY:-2}", WORKERS)
    command = re.sub(r"\$\{(\w+):-([^}]*)\}", lambda m: os.environ.get(m.group(1), m.group(2)), command)
    return command.replace("gunicorn ", f"{GUNICORN} ", 1)


def fetch(base, path, extra_headers=None):
    request = urllib.request.Request(
        base + path, headers={**HEADERS, "Accept-Encoding": "identity", **(extra_headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wait_until_up(base, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {process.returncode}")
        try:
            status, _, _ = fetch(base, "/")
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError("gunicorn did not answer within a minute")


def start(env, port):
    command = procfile_web_command(port)
    log(command)
    return subprocess.Popen(command, shell=True, cwd=ROOT, env=env, start_new_session=True)  # noqa: S602


def stop(process):
    if process.poll() is not None:
        return
    log(f"stopping process {process.pid}")
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)
    except ProcessLookupError:
        pass


def wait_for_port(port, process, what, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{what} did not start within {seconds} s") from None
            time.sleep(0.2)


def start_varnish(backend_port):
    """varnishd with deploy/varnish/default.vcl in front of gunicorn; returns (process, its port, its directory)."""
    binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
    work = Path(tempfile.mkdtemp(prefix="bench-varnish-"))
    vcl = work / "default.vcl"
    text = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    vcl.write_text(text.replace('.port = "8000";', f'.port = "{backend_port}";'))
    port = free_port()
    command = [binary, "-F", "-j", "none", "-n", str(work / "n"), "-a", f"127.0.0.1:{port}", "-f", str(vcl)]
    command += ["-s", "malloc,64m", "-T", "none"]
    log(" ".join(command))
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)  # noqa: S603
    wait_for_port(port, process, "varnishd")
    return process, port, work


NGINX_STATIC = """
daemon off;
worker_processes auto;
pid {work}/nginx.pid;
error_log {work}/error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/body;
    proxy_temp_path {work}/proxy;
    fastcgi_temp_path {work}/fastcgi;
    uwsgi_temp_path {work}/uwsgi;
    scgi_temp_path {work}/scgi;
    types {{ text/html html; }}
    server {{
        listen 127.0.0.1:{port};
        root {work}/html;
        gzip_static on;
        location / {{ index index.html; }}
    }}
}}
"""


def start_static_nginx(html):
    """nginx serving `html` (bytes) as /index.html with its gzip copy; returns (process, its port, its directory)."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    work = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
    work.chmod(0o755)  # nginx's workers run as nobody
    (work / "html").mkdir(mode=0o755)
    (work / "html" / "index.html").write_bytes(html)
    (work / "html" / "index.html.gz").write_bytes(gzip.compress(html, compresslevel=6))
    port = free_port()
    config = work / "nginx.conf"
    config.write_text(NGINX_STATIC.format(work=work, port=port))
    command = [binary, "-p", str(work), "-c", str(config), "-e", str(work / "error.log")]
    log(" ".join(command))
    process = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL)  # noqa: S603
    wait_for_port(port, process, "nginx")
    return process, port, work
