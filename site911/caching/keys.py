"""Which requests may use the page cache, the key of each, and which responses may be stored."""

import hashlib
import re
from urllib.parse import parse_qsl, urlencode

from django.conf import settings

from site911.client_ip import client_ip

ENTRY_PREFIX = "page-cache:entry:"
ADDS_PREFIX = "page-cache:adds:"
MAX_PATH_LENGTH = 300
MAX_QUERY_LENGTH = 200
PAGE_PARAM = "page"
PAGE_NUMBER_RE = re.compile(r"[1-9][0-9]{0,3}")

_NO_STORE_DIRECTIVES = {"private", "no-store", "no-cache", "max-age=0"}
_VARY_ALLOWED = {"accept-encoding", "cookie"}


def paginated(request, num_pages):
    """Called by a view that paginates with `?page=`: page numbers 1 to `num_pages` may be stored."""
    request.page_cache_num_pages = num_pages


def entry_key(request):
    """(cache key, page number asked for or None) for this request; (None, None) when it must not use the cache."""
    if request.method not in ("GET", "HEAD"):
        return None, None
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta:
        return None, None
    if "HTTP_COOKIE" in meta:
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return None, None
    path = request.path
    excluded = tuple(getattr(settings, "PAGE_CACHE_EXCLUDE_PATHS", ("/admin/",)))
    if len(path) > MAX_PATH_LENGTH or path.startswith(excluded):
        return None, None
    page_number = None
    query = meta.get("QUERY_STRING", "")
    if query:
        page_number = _page_number(query)
        if page_number is None:
            return None, None
        query = urlencode({PAGE_PARAM: page_number}) if page_number else ""
    scheme = "https" if request.is_secure() else "http"
    host = meta.get("HTTP_HOST", "").lower()
    raw = f"{scheme}://{host}{path}?{query}"
    return ENTRY_PREFIX + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest(), page_number or None


def _page_number(query):
    """For a query string of tracking parameters and at most one `page`: its number (1 to 9999), or 0 without one.

    None when anything else is present (another parameter, a `page` that is not a plain page number):
    such requests are rendered and never stored, so made-up values cannot fill the cache.
    """
    if len(query) > MAX_QUERY_LENGTH:
        return None
    ignored = getattr(settings, "PAGE_CACHE_IGNORED_PARAMS", ())
    pages = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name == PAGE_PARAM:
            pages.append(value)
        elif not (name in ignored or name.startswith("utm_")):
            return None
    if not pages:
        return 0
    if len(pages) > 1 or not PAGE_NUMBER_RE.fullmatch(pages[0]):
        return None
    return int(pages[0])


def storable(request, response, page_number=None):
    """True when the response may be stored for everyone (see the package docstring's "Not stored")."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if page_number is not None and page_number > getattr(request, "page_cache_num_pages", 0):
        return False  # `?page=N` on a page that does not paginate, or past its last page
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    if cache_control and {d.strip().lower() for d in cache_control.split(",")} & _NO_STORE_DIRECTIVES:
        return False
    vary = response.get("Vary", "")
    if vary and not {v.strip().lower() for v in vary.split(",")} <= _VARY_ALLOWED:
        return False
    return True


def client_may_add(request, cache, generation):
    """True while this client has added fewer than PAGE_CACHE_MAX_ADDS_PER_CLIENT entries in this generation."""
    key = f"{ADDS_PREFIX}{generation}:{client_ip(request)}"
    cache.add(key, 0, timeout=getattr(settings, "PAGE_CACHE_TIMEOUT", 300))
    try:
        return cache.incr(key) <= getattr(settings, "PAGE_CACHE_MAX_ADDS_PER_CLIENT", 200)
    except ValueError:  # the cache cannot count (Redis unavailable): it cannot store either
        return False
