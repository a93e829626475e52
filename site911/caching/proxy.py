"""The caching proxy or CDN in front (Varnish, Cloudflare, CloudFront): emptied whenever the page cache is.

Configured with wagtail.contrib.frontend_cache's own setting, WAGTAILFRONTENDCACHE (the settings build
a Varnish entry from FRONTEND_CACHE_URL; a CDN is another entry of the same setting: README).
`generation.clear()` calls `ban_after_commit()`, so everything that clears the page cache (a publish,
unpublish, move or delete, a snippet or setting saved, a page's privacy) empties the proxy as well.

Why everything, every time, rather than the changed page's URLs: the page cache has one generation for
the whole site, because nearly every change shows on every page (the alert, the contact numbers and the
menu are on all of them; a publish changes the home page's latest news, the news list and the menu).
Purging page by page would have to know every list a page appears in, and would one day miss one: a
stale alert. A Varnish ban is one request whatever the site's size, and the proxy refills from the page
cache, which renders each page once per generation anyway. (Wagtail's own frontend_cache app, which
purges one page synchronously inside the editor's request, is therefore not installed.)

When: after the transaction commits (`transaction.on_commit`), so the proxy cannot fetch the old page
again from the app once emptied; from one background thread, so an editor's save never waits on the
proxy: a proxy that is down or slow costs a logged warning, bounded by FRONTEND_CACHE_TIMEOUT, never an
error. Bans asked for while one is waiting are folded into it. A second ban follows AGAIN_AFTER seconds
later: a page the app was serving when the change committed can reach the proxy just after the first.
(A page whose render spanned the change is not marked public at all: the middleware reads the generation
again before storing a page.)
"""

import logging
import threading
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connections, transaction

logger = logging.getLogger("site911.page_cache")

AGAIN_AFTER = 2.0  # seconds; well within the 5 s an alert may take to reach visitors

_lock = threading.Lock()
_pending = None  # None: no ban waiting; else whether the waiting ban must be repeated
_executor = None


def configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def ban_after_commit(reason):
    """Empty the proxy once the current transaction commits (at once outside one). Never raises."""
    if configured():
        transaction.on_commit(lambda: _submit(reason, again=True))


def _submit(reason, again):
    global _pending, _executor
    with _lock:
        if _pending is not None:  # a ban has not started yet: it covers this change too
            _pending = _pending or again
            return
        _pending = again
        if _executor is None:  # created in the process that bans (after gunicorn's fork)
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontend-cache-ban")
        _executor.submit(_run, reason)


def _run(reason):
    global _pending
    with _lock:
        again, _pending = _pending, None
    try:
        ban_everything(reason)
    finally:
        connections.close_all()  # the CDN case reads page URLs on this thread
    if again:
        timer = threading.Timer(AGAIN_AFTER, _submit, (f"{reason} (again)", False))
        timer.daemon = True
        timer.start()


def wait_idle(timeout=10.0):
    """Wait until no ban is waiting or running (tests, the management command)."""
    if _executor is not None:
        _executor.submit(lambda: None).result(timeout)


def ban_everything(reason="by hand"):
    """Empty every configured proxy or CDN now. True when every one accepted it; never raises."""
    from wagtail.contrib.frontend_cache.backends import HTTPBackend
    from wagtail.contrib.frontend_cache.utils import get_backends

    accepted = True
    for name, backend in get_backends().items():
        try:
            if isinstance(backend, HTTPBackend):
                _ban_http(backend)
            else:
                backend.purge_batch(_every_page_url())
        except Exception as error:  # noqa: BLE001 - a proxy problem must never reach the editor's save
            accepted = False
            logger.warning(
                "Frontend cache %r not emptied (%s): %s; it may show old pages for up to PAGE_CACHE_MAX_AGE",
                name,
                reason,
                error,
            )
        else:
            logger.info("Frontend cache %r emptied: %s", name, reason)
    return accepted


def _ban_http(backend):
    """One BAN to Varnish (deploy/varnish/default.vcl bans every object of every host)."""
    url = f"{backend.cache_scheme}://{backend.cache_netloc}/"
    request = urllib.request.Request(url, method="BAN", headers={"User-Agent": "site911-frontend-cache"})  # noqa: S310
    timeout = getattr(settings, "FRONTEND_CACHE_TIMEOUT", 2.0)
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - our configured proxy
        response.read()


def _every_page_url():
    """A CDN has no ban: every live page's URLs (Wagtail's PurgeBatch), sent through its purge API."""
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    batch = PurgeBatch()
    batch.add_pages(Page.objects.live())
    return sorted(batch.urls)
