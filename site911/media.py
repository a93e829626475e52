"""Serving uploaded media from the app: images on local disk (MEDIA_ROOT/images and original_images), and
the no-store mark on a document's redirect to object storage (site911/object_storage.py)."""

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.static import serve
from wagtail.documents.views.serve import serve as wagtail_serve_document


def serve_image(request, path):
    """Django's file view (it refuses paths outside MEDIA_ROOT), cached for a day (a new rendition, a new name)."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    patch_cache_control(response, public=True, max_age=24 * 3600)
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (it checks the collection's privacy). With object storage it answers with a
    redirect to a signed URL: that answer is for this visitor only, so no proxy or CDN may keep it."""
    response = wagtail_serve_document(request, document_id, document_filename)
    if response.status_code in (301, 302):
        patch_cache_control(response, private=True, no_store=True)
    return response
