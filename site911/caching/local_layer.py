"""This process's copy of cached pages, with Redis: a hit then needs no round trip to Redis."""

import threading
import time

from django.conf import settings
from django.core.cache.backends.redis import RedisCache


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
            lifetime = getattr(settings, "PAGE_CACHE_TIMEOUT", 300) if lifetime is None else lifetime
            self.entries[key] = (entry, time.monotonic() + lifetime)


_layers = {}


def local_layer(cache):
    """The process's LocalLayer for a Redis cache; None for other backends or when PAGE_CACHE_LOCAL is off.

    Django makes one cache instance per thread; the threads of a process share one layer.
    """
    if not isinstance(cache, RedisCache) or not getattr(settings, "PAGE_CACHE_LOCAL", True):
        return None
    key = (tuple(cache._servers), cache.key_prefix, cache.version)
    layer = _layers.get(key)
    if layer is None:
        layer = _layers.setdefault(key, LocalLayer())
    return layer
