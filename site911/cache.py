"""A Redis cache that fails open: when Redis is down or slow the site keeps working, uncached.

Django's RedisCache raises on every call when the server cannot be reached, and Wagtail reads the cache
on every page view (site root paths), so a Redis outage would otherwise take the whole site down.
Reads answer "not cached", writes are skipped, and each failure is logged. `incr`/`decr` still raise:
a caller counting something must decide what a lost count means (the speaker form's rate limit
accepts the request).
"""

import logging

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
UNAVAILABLE = (RedisError, OSError)


def _warn(operation):
    logger.warning("Cache unavailable during %s; carrying on without it", operation, exc_info=True)


class FailOpenRedisCache(RedisCache):
    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNAVAILABLE:
            _warn("get")
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNAVAILABLE:
            _warn("get_many")
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNAVAILABLE:
            _warn("has_key")
            return False

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNAVAILABLE:
            _warn("add")
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set(key, value, timeout, version)
        except UNAVAILABLE:
            _warn("set")

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNAVAILABLE:
            _warn("set_many")
            return list(data)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNAVAILABLE:
            _warn("touch")
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNAVAILABLE:
            _warn("delete")
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except UNAVAILABLE:
            _warn("delete_many")

    def clear(self):
        try:
            return super().clear()
        except UNAVAILABLE:
            _warn("clear")
            return False
