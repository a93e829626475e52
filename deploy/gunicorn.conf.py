"""gunicorn settings the Procfile's web line loads (`--config deploy/gunicorn.conf.py`).

The access log leaves query strings and the Referer out: a speaker's confirmation link
(`?confirmation=…`), a search or a situation-finder query is what a resident typed, and a Referer
repeats the previous page's query. The request ID matches the application's log lines.
"""

accesslog = "-"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s %(L)ss "%(a)s" request_id=%({x-request-id}o)s'
