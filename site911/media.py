"""Serving uploaded media from the app: images on local disk (MEDIA_ROOT/images and original_images), and
documents' redirects to object storage (site911/object_storage.py)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.utils.cache import patch_cache_control
from django.views.static import serve
from wagtail.documents import get_document_model
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
        _download_as_wagtail_would(response, document_id)
    return response


def _download_as_wagtail_would(response, document_id):
    """The bucket answers with the Content-Type and Content-Disposition Wagtail's own streaming gives (an
    attachment with the document's name, PDFs inline). A redirect elsewhere (to sign in) is left as it is."""
    document = get_document_model().objects.get(pk=document_id)
    storage, name = document.file.storage, document.file.name
    if urlsplit(response["Location"])[:3] != urlsplit(storage.url(name))[:3]:
        return
    parameters = {
        "ResponseContentDisposition": document.content_disposition,
        "ResponseContentType": document.content_type,
    }
    response["Location"] = storage.url(name, parameters=parameters)
