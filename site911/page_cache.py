"""Full-page cache for anonymous GET/HEAD requests, shared by every process through Django's cache.

How it works
------------
* One **generation** number lives in the cache (`GENERATION_KEY`). Every entry stores the
  generation it was rendered under. A request fetches the generation and its entry with one
  `get_many` (one Redis round trip) and serves the entry only when the two match.
* Invalidation bumps the generation (`clear()`): every cached page in every process is stale at
  once. Publishing, unpublishing, moving or deleting a page and saving or deleting a snippet or a
  setting call it (see `connect_signals`). Entries of old generations expire after
  `PAGE_CACHE_TIMEOUT` seconds.
* A page rendered from data read before an invalidation stores the generation it read at the start,
  so it can never be served after the bump.
* Stored: the body and its gzip version with their ETags. Served with
  `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE`, `Vary: Accept-Encoding` (plus the `Vary` of
  the rendered response), `ETag`, and `304 Not Modified` for a matching `If-None-Match`.

With Redis, each process also keeps its own copy of the entries (`LocalLayer`) and learns of every
new generation from a Redis pub/sub channel that `clear()` publishes to: a hit then needs no round
trip at all, only a non-blocking check of the subscription's socket. While that subscription is not
up (starting, Redis down), requests use the shared cache as above.

Not cached (the request goes through untouched): other methods than GET/HEAD; an excluded path
(`PAGE_CACHE_EXCLUDE_PATHS`, the admin); a request with a session or messages cookie or an
Authorization header; query parameters other than the ignored tracking ones
(`PAGE_CACHE_IGNORED_PARAMS`) and the allowed ones (`PAGE_CACHE_QUERY_PARAMS`); an overlong path or
query. Not stored: a response other than 200, streaming, setting a cookie, marked private /
no-store / no-cache / max-age=0 (`never_cache`), varying on anything but Accept-Encoding and Cookie,
or a preview or logged-in request.
"""

import gzip
import hashlib
import logging
import math
import os
import threading
import time
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.module_loading import import_string

from site911.cache import DOWN_ERRORS, error_count

logger = logging.getLogger("site911.page_cache")

GENERATION_KEY = "page-cache:generation"
ENTRY_PREFIX = "page-cache:entry:"
MAX_PATH_LENGTH = 300
MAX_QUERY_LENGTH = 200

_NO_STORE_DIRECTIVES = {"private", "no-store", "no-cache", "max-age=0"}
_VARY_ALLOWED = {"accept-encoding", "cookie"}
# Headers the hit path sets itself, or that must not be replayed.
_DROP_HEADERS = {"content-length", "cache-control", "etag", "expires", "date", "set-cookie", "x-cache", "vary"}

_state = {"pending_clear": False, "retry_at": 0.0}


def _setting(name, default):
    return getattr(settings, name, default)


def get_cache():
    return caches[_setting("PAGE_CACHE_ALIAS", "default")]


def _new_generation():
    # Milliseconds since the epoch: a generation created after the key was lost (Redis restarted,
    # evicted) is larger than any generation the surviving entries were built under.
    return time.time_ns() // 1_000_000


def current_generation(cache=None):
    """The generation, created when missing; None when the cache is unreachable."""
    cache = cache or get_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, _new_generation(), timeout=None)
        generation = cache.get(GENERATION_KEY)
    return generation


def generation_now():
    """The current generation as cheaply as possible: from this process's channel when it has one."""
    cache = get_cache()
    layer = _local_layer(cache)
    generation = layer.current() if layer is not None else None
    return generation if generation is not None else current_generation(cache)


def clear(reason="manual"):
    """Make every cached page stale, in every process sharing the cache. Returns True on success."""
    cache = get_cache()
    errors_before = error_count()
    try:
        generation = cache.incr(GENERATION_KEY)
    except ValueError:
        generation = _new_generation()
        cache.set(GENERATION_KEY, generation, timeout=None)
    published = _publish(cache, generation)
    if error_count() != errors_before or not published:
        # The cache is down: nothing is served from it now, but retry before serving from it again.
        if not _state["pending_clear"]:
            logger.error("Could not clear the page cache (%s): the cache is unreachable; will retry", reason)
        _state["pending_clear"] = True
        _state["retry_at"] = time.monotonic() + 1
        return False
    if _state["pending_clear"]:
        logger.warning("Page cache cleared after an earlier failure")
    _state["pending_clear"] = False
    logger.info("Page cache cleared: %s", reason)
    return True


def retry_pending_clear(now=False):
    """Retry a clear that could not reach the cache (once its retry time has come, or `now`).

    Every request of a web process calls it; processes that serve no request (the clock) call it
    themselves. Returns True when no clear is pending any more.
    """
    if _state["pending_clear"] and (now or time.monotonic() >= _state["retry_at"]):
        clear("retrying a clear that failed")
    return not _state["pending_clear"]


def _publish(cache, generation):
    """Tell every process's LocalLayer about the new generation. True when done or not needed."""
    if not isinstance(cache, RedisCache):
        return True
    layer = _layers.get(_layer_key(cache)) if _layers else None
    if layer is not None:
        layer.generation_published(generation)
    try:
        cache._cache.get_client(write=True).publish(cache.make_key(GENERATION_KEY), generation)
    except DOWN_ERRORS:
        return False
    return True


class LocalLayer:
    """This process's copy of cached pages, valid while subscribed to the generation channel."""

    MAX_ENTRIES = 1000
    RETRY_AFTER = 2.0

    def __init__(self, cache):
        self.cache = cache
        self.channel = cache.make_key(GENERATION_KEY)
        self.lock = threading.Lock()
        self.entries = {}
        self.generation = None
        self.pubsub = None
        self.retry_at = 0.0
        self.pid = os.getpid()

    def current(self):
        """The generation now, without a round trip; None while unknown (then use the shared cache)."""
        pubsub = self.pubsub
        if pubsub is None or self.pid != os.getpid():
            return self._subscribe()
        try:
            if pubsub.connection.can_read(0):
                with self.lock:
                    while (message := pubsub.get_message(ignore_subscribe_messages=True, timeout=0)) is not None:
                        if message["type"] == "message":
                            self.generation = int(message["data"])
        except (*DOWN_ERRORS, ValueError, AttributeError) as error:
            self._drop(error)
            return None
        return self.generation

    def get(self, key, generation):
        item = self.entries.get(key)
        if item is not None and item[0][0] == generation and item[1] > time.monotonic():
            return item[0]
        return None

    def put(self, key, entry, lifetime=None):
        if entry[0] != self.generation:
            return
        if len(self.entries) >= self.MAX_ENTRIES:
            self.entries.clear()
        lifetime = _setting("PAGE_CACHE_TIMEOUT", 300) if lifetime is None else lifetime
        self.entries[key] = (entry, time.monotonic() + lifetime)

    def generation_published(self, generation):
        if self.pubsub is not None:
            self.generation = generation

    def _subscribe(self):
        if time.monotonic() < self.retry_at:
            return None
        with self.lock:
            if self.pubsub is not None and self.pid == os.getpid():
                return self.generation
            self.pid = os.getpid()
            self.pubsub = None
            self.generation = None
            self.entries = {}
            try:
                pubsub = self.cache._cache.get_client(write=True).pubsub()
                pubsub.subscribe(self.channel)
                # Subscribed before reading the generation, so no bump can fall in between.
                confirmation = pubsub.get_message(timeout=1.0)
                if not confirmation or confirmation["type"] != "subscribe":
                    raise ConnectionError("no subscription confirmation")
            except (*DOWN_ERRORS, ValueError) as error:
                self.retry_at = time.monotonic() + self.RETRY_AFTER
                logger.warning("Page cache: local layer off for now (%s)", error)
                return None
            generation = current_generation(self.cache)
            if generation is None:
                pubsub.close()
                self.retry_at = time.monotonic() + self.RETRY_AFTER
                return None
            self.pubsub, self.generation = pubsub, generation
            return generation

    def _drop(self, error):
        logger.warning("Page cache: lost the invalidation channel (%s); using the shared cache", error)
        with self.lock:
            pubsub, self.pubsub, self.generation, self.entries = self.pubsub, None, None, {}
            self.retry_at = time.monotonic() + self.RETRY_AFTER
        try:
            pubsub.close()
        except Exception:  # noqa: BLE001, S110 - already broken
            pass


_layers = {}


def _layer_key(cache):
    return (tuple(cache._servers), cache.key_prefix, cache.version)


def _local_layer(cache):
    """The process's LocalLayer for a Redis cache; None for other backends or when PAGE_CACHE_LOCAL is off.

    Django makes one cache instance per thread; the threads of a process share one layer.
    """
    if not isinstance(cache, RedisCache) or not _setting("PAGE_CACHE_LOCAL", True):
        return None
    key = _layer_key(cache)
    layer = _layers.get(key)
    if layer is None:
        layer = _layers.setdefault(key, LocalLayer(cache))
    return layer


def clear_now_and_on_commit(reason):
    """Clear now (the change shows at once) and, inside a transaction, again after commit.

    The second clear throws away any page rendered from the old data between the first clear and
    the commit.
    """
    clear(reason)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: clear(f"{reason}, committed"), robust=True)


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
    """The cache key for this request, or None when it must not use the cache."""
    if request.method not in ("GET", "HEAD") or not _setting("PAGE_CACHE_ENABLED", True):
        return None
    meta = request.META
    if "HTTP_AUTHORIZATION" in meta:
        return None
    if "HTTP_COOKIE" in meta:
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return None
    path = request.path
    if len(path) > MAX_PATH_LENGTH or path.startswith(tuple(_setting("PAGE_CACHE_EXCLUDE_PATHS", ("/admin/",)))):
        return None
    query = meta.get("QUERY_STRING", "")
    if query:
        query = _normalise_query(query)
        if query is None:
            return None
    scheme = "https" if request.is_secure() else "http"
    host = meta.get("HTTP_HOST", "").lower()
    raw = f"{scheme}://{host}{path}?{query}"
    return ENTRY_PREFIX + hashlib.md5(raw.encode(), usedforsecurity=False).hexdigest()


def _normalise_query(query):
    """Sorted allowed parameters without tracking ones; None when another parameter is present."""
    if len(query) > MAX_QUERY_LENGTH:
        return None
    allowed = _setting("PAGE_CACHE_QUERY_PARAMS", ())
    ignored = _setting("PAGE_CACHE_IGNORED_PARAMS", ())
    kept = []
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name in allowed:
            kept.append((name, value))
        elif not (name in ignored or name.startswith("utm_")):
            return None
    return urlencode(sorted(kept))


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
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


def _not_modified(if_none_match, etag):
    if if_none_match.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in if_none_match.split(","))


def _respond(request, entry, state):
    _generation, status, headers, body, compressed, etag, gzip_etag = entry
    meta = request.META
    gzipped = compressed is not None and "gzip" in meta.get("HTTP_ACCEPT_ENCODING", "")
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
        retry_pending_clear()
        key = _entry_key(request)
        if key is None:
            return self.get_response(request)
        cache = get_cache()
        layer = _local_layer(cache)
        if layer is not None:
            generation = layer.current()
            if generation is not None and (entry := layer.get(key, generation)) is not None:
                return _respond(request, entry, "HIT")
        found = cache.get_many((GENERATION_KEY, key))
        generation = found.get(GENERATION_KEY)
        entry = found.get(key)
        if entry is not None and generation is not None and entry[0] == generation:
            if layer is not None:
                layer.put(key, entry)
            return _respond(request, entry, "HIT")
        if generation is None:
            generation = current_generation(cache)
        response = self.get_response(request)
        if generation is None or not _storable(request, response):
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
    clear_now_and_on_commit(f"{kwargs.get('signal_name', 'page changed')}: {instance!r}")


def _on_model_saved_or_deleted(sender, instance=None, **kwargs):
    from wagtail.models import Page

    if kwargs.get("raw"):  # loaddata
        return
    deleted = "created" not in kwargs
    # A live alias appears at once (menus, lists) without a publish signal.
    new_alias = kwargs.get("created") and issubclass(sender, Page) and instance.alias_of_id and instance.live
    if (deleted and issubclass(sender, Page)) or new_alias or _invalidating_model(sender):
        clear_now_and_on_commit(f"{sender._meta.label} {'deleted' if deleted else 'saved'}: {instance!r}")


def check_shared_cache(app_configs=None, **kwargs):
    """`check --deploy`: without a shared cache, a change made in one process is not seen by the others."""
    from django.core.checks import Warning

    if not _setting("PAGE_CACHE_ENABLED", True) or isinstance(get_cache(), RedisCache):
        return []
    return [
        Warning(
            "The page cache is not shared (REDIS_URL is not set): with more than one process, a publish, "
            "an alert or a page made private reaches the other processes only after PAGE_CACHE_TIMEOUT.",
            hint="Set REDIS_URL, or PAGE_CACHE_ENABLED=0 (every page rendered every time).",
            id="site911.W001",
        )
    ]


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
