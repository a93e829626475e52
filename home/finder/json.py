"""The finder's answer as JSON (`?q=…&format=json`), for monitoring and other city channels."""

from django.conf import settings
from django.http import JsonResponse
from django.utils.cache import patch_cache_control


def finder_json(answer, number):
    """The answer, the number to call, its reason and the matching situations; never the query,
    which may be personal."""
    response = JsonResponse(answer.as_json(number))
    # Cacheable like a page: the same question always gets the same answer until content changes.
    patch_cache_control(response, public=True, max_age=getattr(settings, "PAGE_CACHE_MAX_AGE", 60))
    return response
