"""Serving uploaded images (MEDIA_ROOT/images and original_images) from the app, production included."""

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.static import serve


def serve_image(request, path):
    """Django's file view (it refuses paths outside MEDIA_ROOT), cached for a day (a new rendition, a new name)."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=24 * 3600)
    return response
