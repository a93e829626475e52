"""Full-page cache for anonymous GET/HEAD requests, shared by every process through Django's cache.

How it works
------------
* One **generation** number lives in the database (`site911.models.PageCacheGeneration`). Every
  entry stores the generation it was rendered under. A request reads the generation once (one
  primary-key query, `read_generation`) and serves an entry only when the two match.
* Invalidation raises the generation (`clear()`) inside the transaction that makes the change:
  publishing, unpublishing, moving or deleting a page and saving or deleting a snippet, a setting
  or a page's privacy (see `connect_signals`). The change and the new generation are committed
  together, so from the next request on no process serves a page built before it: nothing to
  deliver, nothing to lose when Redis is paused, full, read-only, restarted or restored from an old
  snapshot. Entries of old generations expire after `PAGE_CACHE_TIMEOUT` seconds.
* A page rendered from data read before an invalidation stores the generation it read at the start,
  so it can never be served after the change is committed.
* Stored: the body and its gzip version with their ETags. Served with
  `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE`, `Vary: Accept-Encoding` (plus the `Vary` of
  the rendered response), `ETag`, and `304 Not Modified` for a matching `If-None-Match`.

With Redis, each process also keeps its own copy of the entries (`LocalLayer`): a hit then needs no
round trip to Redis. Any Redis error is a miss (site911/cache.py): pages are then rendered.

Not cached (the request goes through untouched): other methods than GET/HEAD; an excluded path
(`PAGE_CACHE_EXCLUDE_PATHS`, the admin); a request with a session or messages cookie or an
Authorization header; query parameters other than the ignored tracking ones
(`PAGE_CACHE_IGNORED_PARAMS`) and one `page` that is a page number (1 to 9999); an overlong path or
query; the database not answering. Not stored: a response other than 200, streaming, setting a
cookie, marked private / no-store / no-cache / max-age=0 (`never_cache`), varying on anything but
Accept-Encoding and Cookie, a preview or logged-in request, a `?page=N` the page did not declare
(`paginated()`), or a client that already added `PAGE_CACHE_MAX_ADDS_PER_CLIENT` entries in this
generation.
"""

import contextvars
import gzip
import hashlib
import logging
import math
import re
import threading
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, connection, transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.module_loading import import_string

from site911.client_ip import client_ip

logger = logging.getLogger("site911.page_cache")

ENTRY_PREFIX = "page-cache:entry:"
ADDS_PREFIX = "page-cache:adds:"
MAX_PATH_LENGTH = 300
MAX_QUERY_LENGTH = 200
PAGE_PARAM = "page"
PAGE_NUMBER_RE = re.compile(r"[1-9][0-9]{0,3}")

_NO_STORE_DIRECTIVES = {"private", "no-store", "no-cache", "max-age=0"}
_VARY_ALLOWED = {"accept-encoding", "cookie"}
# Headers the hit path sets itself, or that must not be replayed.
_DROP_HEADERS = {"content-length", "cache-control", "etag", "expires", "date", "set-cookie", "x-cache", "vary"}

# The generation this request read (PageCacheMiddleware), shared with the content memo.
_request_generation = contextvars.ContextVar("page_cache_generation", default=None)


def _setting(name, default):
    return getattr(settings, name, default)


def get_cache():
    return caches[_setting("PAGE_CACHE_ALIAS", "default")]


# -- the generation ------------------------------------------------------------------------------


def read_generation():
    """The committed generation, from the database; None when it cannot be read (nothing is then reused)."""
    from site911.models import PageCacheGeneration

    table = connection.ops.quote_name(PageCacheGeneration._meta.db_table)
    sql = f"SELECT generation FROM {table} WHERE id = %s"  # noqa: S608 - a table name, no input
    # The first query of a request on a reused connection: Django would first check the connection with
    # one more round trip (CONN_HEALTH_CHECKS). This query checks it as well; on a broken connection it
    # reconnects once, as the health check would have.
    check_here = (
        connection.connection is not None
        and connection.health_check_enabled
        and not connection.health_check_done
        and not connection.in_atomic_block
    )
    if check_here:
        connection.health_check_done = True
    for last_try in (False, True) if check_here else (True,):
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, [PageCacheGeneration.ROW])
                row = cursor.fetchone()
            return row[0] if row else None
        except DatabaseError as error:
            if not last_try:
                connection.close()
                continue
            logger.warning("Page cache: cannot read the generation (%s); rendering without the cache", error)
            return None


def generation_now():
    """The generation for what is being built now: the request's (read once) or, outside a request, the database's."""
    generation = _request_generation.get()
    return generation if generation is not None else read_generation()


def clear(reason="manual"):
    """Make every cached page and memoized value stale, in every process: raise the generation.

    Runs inside the caller's transaction (a publish, a snippet save): committed with the change or
    rolled back with it. Never raises on a cache problem: the cache is not involved at all.
    """
    from django.db.models import F, Value
    from django.db.models.functions import Greatest

    from site911.models import PageCacheGeneration

    # Time-based, so a generation is never one an old cache still holds entries of; +1 so it always rises.
    now = time.time_ns() // 1_000_000
    rows = PageCacheGeneration.objects.filter(pk=PageCacheGeneration.ROW)
    try:
        with transaction.atomic():  # a savepoint: a failure below leaves the caller's transaction usable
            if not rows.update(generation=Greatest(F("generation") + 1, Value(now))):
                PageCacheGeneration.objects.update_or_create(pk=PageCacheGeneration.ROW, defaults={"generation": now})
    except DatabaseError:
        if PageCacheGeneration._meta.db_table not in connection.introspection.table_names():
            return  # `migrate` on a new database, before site911's table: nothing is cached yet
        raise
    if _request_generation.get() is not None:
        # The rest of this request (an editor's) builds from the changed data: not under the old generation.
        _request_generation.set(read_generation())
    logger.info("Page cache cleared: %s", reason)


# -- this process's copy of entries ---------------------------------------------------------------


class LocalLayer:
    """This process's copy of cached pages, each checked against the request's generation like the shared ones."""

    MAX_ENTRIES = 1000

    def __init__(self):
        self.lock = threading.Lock()
        self.entries = {}

    def get(self, key, generation):
        item = self.entries.get(key)
        if item is not None and item[0][0] == generation and item[1] > time.monotonic():
            return item[0]
        return None

    def put(self, key, entry, lifetime=None):
        with self.lock:
            if len(self.entries) >= self.MAX_ENTRIES:
                self.entries.clear()
            lifetime = _setting("PAGE_CACHE_TIMEOUT", 300) if lifetime is None else lifetime
            self.entries[key] = (entry, time.monotonic() + lifetime)


_layers = {}


def _local_layer(cache):
    """The process's LocalLayer for a Redis cache; None for other backends or when PAGE_CACHE_LOCAL is off.

    Django makes one cache instance per thread; the threads of a process share one layer.
    """
    if not isinstance(cache, RedisCache) or not _setting("PAGE_CACHE_LOCAL", True):
        return None
    key = (tuple(cache._servers), cache.key_prefix, cache.version)
    layer = _layers.get(key)
    if layer is None:
        layer = _layers.setdefault(key, LocalLayer())
    return layer


# -- what is cached --------------------------------------------------------------------------------


def paginated(request, num_pages):
    """Called by a view that paginates with `?page=`: page numbers 1 to `num_pages` may be stored."""
    request.page_cache_num_pages = num_pages


def _lifetime():
    """Seconds a page may be kept from now: PAGE_CACHE_TIMEOUT, but never past the moment content changes
    by itself with nobody publishing, e.g. a site alert's end time (`PAGE_CACHE_DEADLINE`, a function
    returning that datetime or None). It caps both the shared cache's entry and the browser's max-age,
    so no cached copy outlives an alert's end time.
    """
    timeout = _setting("PAGE_CACHE_TIMEOUT", 300)
    deadline_function = _setting("PAGE_CACHE_DEADLINE", None)
    deadline = import_string(deadline_function)() if deadline_function else None
    if deadline is None:
        return timeout
    return max(0, min(timeout, math.floor(deadline.timestamp() - time.time())))


def _entry_key(request):
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
    if len(path) > MAX_PATH_LENGTH or path.startswith(tuple(_setting("PAGE_CACHE_EXCLUDE_PATHS", ("/admin/",)))):
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
    ignored = _setting("PAGE_CACHE_IGNORED_PARAMS", ())
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


def _storable(request, response, page_number=None):
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


def _etag(body, suffix=""):
    return f'"{hashlib.md5(body, usedforsecurity=False).hexdigest()}{suffix}"'


def _make_entry(generation, response):
    body = response.content
    headers = [(k, v) for k, v in response.items() if k.lower() not in _DROP_HEADERS]
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    if "accept-encoding" not in {v.lower() for v in vary}:
        vary.append("Accept-Encoding")
    headers.append(("Vary", ", ".join(vary)))
    compressed = None
    if "Content-Encoding" not in response and len(body) >= 200:
        compressed = gzip.compress(body, compresslevel=6, mtime=0)
    etag = _etag(body)
    gzip_etag = _etag(body, "-gz") if compressed is not None else None
    return (generation, response.status_code, headers, body, compressed, etag, gzip_etag)


def _client_may_add(request, cache, generation):
    """True while this client has added fewer than PAGE_CACHE_MAX_ADDS_PER_CLIENT entries in this generation."""
    key = f"{ADDS_PREFIX}{generation}:{client_ip(request)}"
    cache.add(key, 0, timeout=_setting("PAGE_CACHE_TIMEOUT", 300))
    try:
        return cache.incr(key) <= _setting("PAGE_CACHE_MAX_ADDS_PER_CLIENT", 200)
    except ValueError:  # the cache cannot count (Redis unavailable): it cannot store either
        return False


def accepts_gzip(accept_encoding):
    """True when an Accept-Encoding header allows gzip: named (or `*`) with a q-value above 0 (RFC 9110 12.5.3)."""
    named = wildcard = None
    for part in accept_encoding.split(","):
        coding, *params = (item.strip() for item in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        coding = coding.lower()
        if coding in ("gzip", "x-gzip"):
            named = quality
        elif coding == "*":
            wildcard = quality
    quality = named if named is not None else wildcard
    return quality is not None and quality > 0


def _not_modified(if_none_match, etag):
    if if_none_match.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in if_none_match.split(","))


def _respond(request, entry, state):
    _generation, status, headers, body, compressed, etag, gzip_etag = entry
    meta = request.META
    gzipped = compressed is not None and accepts_gzip(meta.get("HTTP_ACCEPT_ENCODING", ""))
    if gzipped:
        body, etag = compressed, gzip_etag
    if_none_match = meta.get("HTTP_IF_NONE_MATCH")
    if if_none_match and _not_modified(if_none_match, etag):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
        response.headers["Content-Length"] = str(len(body))
        if gzipped:
            response.headers["Content-Encoding"] = "gzip"
    for name, value in headers:
        if response.status_code == 304 and name.lower() == "content-type":
            continue
        response.headers[name] = value
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = f"public, max-age={min(_setting('PAGE_CACHE_MAX_AGE', 60), _lifetime())}"
    response.headers["X-Cache"] = state
    return response


class PageCacheMiddleware:
    """Place it early in MIDDLEWARE: after SecurityMiddleware and WhiteNoise, before sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _setting("PAGE_CACHE_ENABLED", True):
            return self.get_response(request)
        generation = read_generation()
        token = _request_generation.set(generation)
        try:
            return self._serve(request, generation)
        finally:
            _request_generation.reset(token)

    def _serve(self, request, generation):
        key, page_number = _entry_key(request) if generation is not None else (None, None)
        if key is None:
            return self.get_response(request)
        cache = get_cache()
        layer = _local_layer(cache)
        if layer is not None and (entry := layer.get(key, generation)) is not None:
            return _respond(request, entry, "HIT")
        entry = cache.get(key)
        if entry is not None and entry[0] == generation:
            if layer is not None:
                layer.put(key, entry, _lifetime())
            return _respond(request, entry, "HIT")
        response = self.get_response(request)
        if not _storable(request, response, page_number) or not _client_may_add(request, cache, generation):
            return response
        entry = _make_entry(generation, response)
        lifetime = _lifetime()
        cache.set(key, entry, timeout=lifetime)
        if layer is not None:
            layer.put(key, entry, lifetime)
        return _respond(request, entry, "MISS")


# -- invalidation -------------------------------------------------------------------------------


def _invalidating_model(model):
    """Models whose saves change what public pages show: snippets, settings, and the extra list."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    if model._meta.label_lower in {m.lower() for m in _setting("PAGE_CACHE_IGNORED_MODELS", ())}:
        return False
    if getattr(model, "snippet_viewset", None) is not None or model in get_snippet_models():
        return True
    if issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
        return True
    return model._meta.label_lower in {m.lower() for m in _setting("PAGE_CACHE_INVALIDATING_MODELS", ())}


def _on_page_event(sender, instance=None, **kwargs):
    clear(f"{kwargs.get('signal_name', 'page changed')}: {instance!r}")


def _on_model_saved_or_deleted(sender, instance=None, **kwargs):
    from wagtail.models import Page

    if kwargs.get("raw"):  # loaddata
        return
    deleted = "created" not in kwargs
    # A live alias appears at once (menus, lists) without a publish signal.
    new_alias = kwargs.get("created") and issubclass(sender, Page) and instance.alias_of_id and instance.live
    if (deleted and issubclass(sender, Page)) or new_alias or _invalidating_model(sender):
        clear(f"{sender._meta.label} {'deleted' if deleted else 'saved'}: {instance!r}")


def connect_signals():
    """Called from an AppConfig.ready(). Idempotent (dispatch_uid)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"), (post_page_move, "moved")):
        signal.connect(
            lambda sender, name=name, **kw: _on_page_event(sender, signal_name=f"page {name}", **kw),
            weak=False,
            dispatch_uid=f"site911.page_cache.page_{name}",
        )
    post_save.connect(_on_model_saved_or_deleted, dispatch_uid="site911.page_cache.post_save")
    post_delete.connect(_on_model_saved_or_deleted, dispatch_uid="site911.page_cache.post_delete")
