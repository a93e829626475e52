"""Caching: the full-page cache for anonymous GET/HEAD requests, shared by every process through
Django's cache, and the content memo that pages read from while it is unchanged.

How it works
------------
* One **generation** number lives in the database (`site911.models.PageCacheGeneration`). Every
  entry stores the generation it was rendered under. A request reads the generation once (one
  primary-key query, `generation.read_generation`) and serves an entry only when the two match.
* Invalidation raises the generation (`generation.clear()`) inside the transaction that makes the change:
  publishing, unpublishing, moving or deleting a page and saving or deleting a snippet, a setting
  or a page's privacy (`invalidation.py`). The change and the new generation are committed
  together, so from the next request on no process serves a page built before it: nothing to
  deliver, nothing to lose when Redis is paused, full, read-only, restarted or restored from an old
  snapshot. Entries of old generations expire after `PAGE_CACHE_TIMEOUT` seconds.
  Once the change commits, the caching proxy in front (Varnish, a CDN) is emptied as well (`proxy.py`).
* A page whose render spanned an invalidation (the generation read again before storing differs) is
  neither stored nor marked public, so neither this cache nor a proxy in front keeps it.
* Stored: the body and its gzip version with their ETags. Served with
  `Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE`, `Vary: Accept-Encoding` (plus the `Vary` of
  the rendered response), `ETag`, and `304 Not Modified` for a matching `If-None-Match`.

With Redis, each process also keeps its own copy of the entries (`local_layer.py`): a hit then needs no
round trip to Redis. Any Redis error is a miss (`redis_backend.py`): pages are then rendered.

Not cached (the request goes through untouched): other methods than GET/HEAD; an excluded path
(`PAGE_CACHE_EXCLUDE_PATHS`, the admin); a request with a session or messages cookie or an
Authorization header; query parameters other than the ignored tracking ones
(`PAGE_CACHE_IGNORED_PARAMS`) and one `page` that is a page number (1 to 9999); an overlong path or
query; the database not answering. Not stored: a response other than 200, streaming, setting a
cookie, marked private / no-store / no-cache / max-age=0 (`never_cache`), varying on anything but
Accept-Encoding and Cookie, a preview or logged-in request, a `?page=N` the page did not declare
(`keys.paginated()`), or a client that already added `PAGE_CACHE_MAX_ADDS_PER_CLIENT` entries in this
generation.

Modules
-------
* `generation.py`: the generation: read once per request, raised by `clear()`, retried once on a
  broken connection;
* `keys.py`: which requests may use the cache, their keys, and which responses may be stored;
* `entries.py`: a stored entry (body, gzip copy, ETags), its lifetime, and the response (or 304) built from it;
* `local_layer.py`: each process's copy of entries, with Redis;
* `middleware.py`: `PageCacheMiddleware`, which puts these together;
* `redis_backend.py`: `FailOpenRedisCache`, Django's RedisCache failing open;
* `proxy.py`: the caching proxy or CDN in front (WAGTAILFRONTENDCACHE), banned after every clear's commit;
* `invalidation.py`: the signals that clear the cache, and how a model opts out (`page_cache_invalidates`);
* `content_memo.py`: values every page shows, kept per process for the generation;
* `view_restrictions.py`: page privacy answered from the content memo;
* `checks.py`: system checks of the cache settings.
"""
