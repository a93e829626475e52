"""System checks of the page cache's settings (registered in site911/apps.py)."""

from django.conf import settings
from django.core.checks import Error
from django.utils.module_loading import import_string

MIDDLEWARE_PATH = "site911.caching.middleware.PageCacheMiddleware"


def check_deadline(app_configs=None, **kwargs):
    """PAGE_CACHE_DEADLINE must name a function that imports: the page cache calls it on every stored page."""
    path = getattr(settings, "PAGE_CACHE_DEADLINE", None)
    if not path or MIDDLEWARE_PATH not in settings.MIDDLEWARE:
        return []
    try:
        function = import_string(path)
    except ImportError as error:
        return [Error(f"PAGE_CACHE_DEADLINE {path!r} cannot be imported: {error}", id="site911.E001")]
    if not callable(function):
        return [Error(f"PAGE_CACHE_DEADLINE {path!r} is not a function.", id="site911.E002")]
    return []
