"""Content every page shows (the site, its numbers, menu, alerts, latest news), kept in this process.

A value is reused only while the page cache's generation is unchanged, and anything that changes
what pages show (publishing, a snippet or setting saved, a page made private) raises the generation
in the database in the same transaction (site911/caching/generation.py), which every process reads once per
request. So a page the full-page cache does not hold still renders without asking the database again
for what the previous page already looked up, and never from before a change. With
PAGE_CACHE_ENABLED off, or the generation unreadable, every value is built fresh.

A value is also rebuilt after PAGE_CACHE_TIMEOUT seconds, as cached pages expire, so a change made
without a signal (a bulk update in a shell) stays unseen no longer than that.
"""

import threading
import time

from django.conf import settings

from site911.caching.generation import generation_now

MAX_ENTRIES = 500
_memo = {}
_lock = threading.Lock()


def content_generation():
    """The generation the request read (PageCacheMiddleware), or None when nothing may be reused."""
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return None
    return generation_now()


def memoized(key, build, generation=None):
    """`build()`'s value for `key`, reused in this process until the content generation changes."""
    generation = generation if generation is not None else content_generation()
    if generation is None:
        return build()
    found = _memo.get(key)
    if found is not None and found[0] == generation and found[2] > time.monotonic():
        return found[1]
    value = build()
    expires = time.monotonic() + getattr(settings, "PAGE_CACHE_TIMEOUT", 300)
    with _lock:
        if len(_memo) >= MAX_ENTRIES:
            _memo.clear()
        _memo[key] = (generation, value, expires)
    return value


def _site_key(request, generation):
    """What Wagtail's site lookup depends on: the host name and port when a Site has that host name.

    Any other host gets the default site whatever it is (Wagtail's `get_site_for_hostname`), so
    they share one entry: made-up Host headers cannot fill the memo.
    """
    from django.http.request import split_domain_port
    from wagtail.models import Site

    hostname = split_domain_port(request._get_raw_host())[0]  # as Wagtail's Site._find_for_request reads it
    known = memoized(("site_hostnames",), lambda: set(Site.objects.values_list("hostname", flat=True)), generation)
    if hostname in known:
        return ("site", hostname, request.get_port())
    return ("site", None, None)


class SiteMemoMiddleware:
    """Finds the request's Wagtail Site (and its root page) and the sites' root paths once per generation.

    Wagtail's own lookup (`Site.find_for_request`) keeps its answer on the request; this hands it
    the memoized one. Place it after the page cache middleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site

        generation = content_generation()
        if generation is None:  # nothing to reuse: leave the lookup to Wagtail
            return self.get_response(request)

        def build():
            site = Site.find_for_request(request)
            if site is not None:
                # Fetched now, kept with the site; its `localized` (routing /es/…) reads the memo (translations.py).
                site.root_page = site.root_page.specific
            return site

        request._wagtail_site = memoized(_site_key(request, generation), build, generation)
        # Every page link ({% pageurl %}) needs the sites' root paths; Wagtail would read them from the cache.
        request._wagtail_cached_site_root_paths = memoized(("site_root_paths",), Site.get_site_root_paths, generation)
        return self.get_response(request)
