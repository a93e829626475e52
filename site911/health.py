"""Probes for a load balancer or Kubernetes: `/healthz` (the process answers) and `/readyz` (it can serve).

`/healthz` checks nothing outside the process: a database or Redis outage must not make an
orchestrator restart every instance at once. `/readyz` checks the database and, when REDIS_URL is
set, Redis, each within a short timeout, and answers 503 with a one-line reason when one is down,
so the load balancer sends visitors to an instance that can serve them.

`ProbeMiddleware` (first in MIDDLEWARE) answers both paths before anything else runs: no page cache
(whose generation read is a database query), no session, no HTTPS redirect, no Host check. A probe
by IP address (Kubernetes sends Host = the pod's IP) therefore works without weakening
ALLOWED_HOSTS: these answers are built from nothing the Host header says, and every other path still
refuses an unknown host. Every answer is `Cache-Control: no-store`, so no proxy or CDN keeps one.
The URLs in site911/urls.py point to the same views (reverse() and a stack without the middleware).
"""

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse

PROBE_PATHS = ("/healthz", "/readyz")


def _plain(text, status=200):
    response = HttpResponse(f"{text}\n", content_type="text/plain; charset=utf-8", status=status)
    response["Cache-Control"] = "no-store"
    # A failing probe every few seconds is in the access log already; no Django warning per probe.
    response._has_been_logged = True
    return response


def healthz(request):
    return _plain("ok")


def database_problem():
    """None, or why the database cannot serve (connection refused, timed out: `connect_timeout`)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:
        connection.close()  # the next request reconnects instead of reusing a broken connection
        return f"database unreachable ({type(error).__name__})"
    return None


def redis_problem():
    """None, or why Redis (the shared cache) cannot serve; only asked when REDIS_URL is set.

    The site's cache fails open (a miss), so this asks Redis directly, with the cache's own short
    socket timeout (REDIS_TIMEOUT) and no retries.
    """
    if not settings.REDIS_URL:
        return None
    backend = caches["default"]
    try:
        backend._cache.get_client(write=True).ping()
    except Exception as error:
        return f"redis unreachable ({type(error).__name__})"
    return None


def readyz(request):
    problems = [problem for problem in (database_problem(), redis_problem()) if problem]
    if problems:
        return _plain("; ".join(problems), status=503)
    return _plain("ready")


VIEWS = {"/healthz": healthz, "/readyz": readyz}


class ProbeMiddleware:
    """Answers GET/HEAD /healthz and /readyz before the rest of the stack (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        view = VIEWS.get(request.path_info)
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)
