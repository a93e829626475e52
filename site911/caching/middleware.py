"""PageCacheMiddleware: serves a stored page when its generation is the request's, stores what may be stored."""

from django.conf import settings
from django.core.cache import caches

from site911.caching.entries import lifetime, make_entry, respond
from site911.caching.generation import read_generation, request_generation
from site911.caching.keys import client_may_add, entry_key, storable
from site911.caching.local_layer import local_layer


def get_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


class PageCacheMiddleware:
    """Place it early in MIDDLEWARE: after SecurityMiddleware and WhiteNoise, before sessions."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not getattr(settings, "PAGE_CACHE_ENABLED", True):
            return self.get_response(request)
        generation = read_generation()
        token = request_generation.set(generation)
        try:
            return self._serve(request, generation)
        finally:
            request_generation.reset(token)

    def _serve(self, request, generation):
        key, page_number = entry_key(request) if generation is not None else (None, None)
        if key is None:
            return self.get_response(request)
        cache = get_cache()
        layer = local_layer(cache)
        if layer is not None and (entry := layer.get(key, generation)) is not None:
            return respond(request, entry, "HIT")
        entry = cache.get(key)
        if entry is not None and entry[0] == generation:
            if layer is not None:
                layer.put(key, entry, lifetime())
            return respond(request, entry, "HIT")
        response = self.get_response(request)
        if not storable(request, response, page_number):
            return response
        if read_generation() != generation:
            # The content changed while this page rendered, so it may show the old content. Not stored,
            # and not marked public: a proxy in front, already banned after that change, must not keep it.
            return response
        if not client_may_add(request, cache, generation):
            return response
        entry = make_entry(generation, response)
        entry_lifetime = lifetime()
        cache.set(key, entry, timeout=entry_lifetime)
        if layer is not None:
            layer.put(key, entry, entry_lifetime)
        return respond(request, entry, "MISS")
