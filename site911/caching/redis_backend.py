"""Django's RedisCache, failing open: when Redis is down the site keeps serving pages.

Every operation that fails (Redis refused, reset, timed out, but also full with noeviction
(OutOfMemoryError), a read-only replica (ReadOnlyError), MISCONF, any other `RedisError`)
behaves like a miss or a no-op instead of raising, and logs one warning per interval per process
rather than one per request. What pages show never depends on Redis (site911/caching/).
After an error the backend stops trying for a short back-off (`RETRY_AFTER`, default 2 s) so a
Redis that hangs costs one request a timeout, not every request.

OPTIONS (besides those Django passes to redis-py's connection pool):
    SOCKET_TIMEOUT        seconds for connect and for each command (default 0.25)
    RETRY_AFTER           seconds to stop trying after an error (default 2)
    WARN_EVERY            seconds between two warnings in the log (default 60)
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.backoff import NoBackoff
from redis.exceptions import RedisError
from redis.retry import Retry

logger = logging.getLogger("site911.cache")

# Every error redis-py raises (connection, timeout, OOM, READONLY, MISCONF, ...) and the socket's own.
DOWN_ERRORS = (RedisError, OSError)

# Per Redis location, shared by every instance in the process (Django makes one per thread).
_states = {}
_errors = [0]
_lock = threading.Lock()


def _new_state():
    return {"down_until": 0.0, "last_warning": 0.0, "suppressed": 0}


def error_count():
    """How many Redis errors this process has swallowed (callers compare before/after an operation)."""
    return _errors[0]


def reset():
    """Forget past failures (for tests that take Redis away and give it back)."""
    with _lock:
        _states.clear()


class _ReusingClient(RedisCacheClient):
    """Django builds a new redis.Redis per operation; reuse one per pool (it is thread-safe)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        timeout = float(options.pop("SOCKET_TIMEOUT", 0.25))
        self.retry_after = float(options.pop("RETRY_AFTER", 2))
        self.warn_every = float(options.pop("WARN_EVERY", 60))
        options.setdefault("socket_connect_timeout", timeout)
        options.setdefault("socket_timeout", timeout)
        # No retries inside redis-py: one failed attempt is enough to fall back.
        options.setdefault("retry", Retry(NoBackoff(), 0))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._class = _ReusingClient
        self._location = ",".join(self._servers)

    @property
    def _state(self):
        state = _states.get(self._location)
        if state is None:
            state = _states.setdefault(self._location, _new_state())
        return state

    # -- failure handling -------------------------------------------------------------------

    def _is_down(self):
        return self._state["down_until"] > time.monotonic()

    def _failed(self, operation, error):
        now = time.monotonic()
        _state = self._state
        with _lock:
            _errors[0] += 1
            _state["down_until"] = now + self.retry_after
            if now - _state["last_warning"] < self.warn_every and _state["last_warning"]:
                _state["suppressed"] += 1
                return
            suppressed, _state["suppressed"] = _state["suppressed"], 0
            _state["last_warning"] = now
        logger.warning(
            "Redis cache unavailable (%s: %s); serving without it for now%s",
            operation,
            error,
            f" ({suppressed} more errors since the last warning)" if suppressed else "",
        )

    def _skip(self):
        if self._is_down():
            with _lock:
                _errors[0] += 1
                self._state["suppressed"] += 1
            return True
        return False

    def _call(self, operation, fallback, *args, **kwargs):
        if self._skip():
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except DOWN_ERRORS as error:
            self._failed(operation, error)
            return fallback

    # -- the cache API ----------------------------------------------------------------------

    def add(self, *args, **kwargs):
        return self._call("add", False, *args, **kwargs)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default=default, version=version)

    def set(self, *args, **kwargs):
        return self._call("set", None, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", False, *args, **kwargs)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", {}, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", False, *args, **kwargs)

    def incr(self, key, delta=1, version=None):
        # A counter that cannot be read is a missing key: Django's contract is ValueError.
        missing = object()
        value = self._call("incr", missing, key, delta, version)
        if value is missing:
            raise ValueError(f"Key '{key}' not available (Redis is unreachable).")
        return value

    def set_many(self, *args, **kwargs):
        result = self._call("set_many", missing := object(), *args, **kwargs)
        if result is missing:
            data = args[0] if args else kwargs.get("data", {})
            return list(data)  # the keys that were not stored
        return result

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", None, *args, **kwargs)

    def clear(self):
        return self._call("clear", False)
