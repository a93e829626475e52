"""gunicorn settings the Procfile's web line loads (`--config deploy/gunicorn.conf.py`).

The access log leaves query strings and the Referer out: a speaker's confirmation link
(`?confirmation=…`), a search or a situation-finder query is what a resident typed, and a Referer
repeats the previous page's query. The request ID matches the application's log lines. Successful
health probes (/healthz, /readyz) are left out.
"""

from gunicorn import glogging

accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)ss "%(a)s" request_id=%({x-request-id}o)s'


class ProbeQuietLogger(glogging.Logger):
    """The access log without successful health probes (/healthz, /readyz): a load balancer or
    Kubernetes asks every few seconds. A failing probe (503) is still logged."""

    def access(self, resp, req, environ, request_time):
        if req.path in ("/healthz", "/readyz") and (resp.status_code or 500) < 400:
            return
        super().access(resp, req, environ, request_time)


logger_class = ProbeQuietLogger
