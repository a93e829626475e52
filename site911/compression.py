"""Compression of what the page cache does not hold (forms, search and finder results, 404 pages)."""

from django.middleware.gzip import GZipMiddleware

from site911.caching.entries import accepts_gzip


class CompressionMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, with its Heal-the-BREACH padding, reading Accept-Encoding as the page
    cache does: `gzip;q=0` refuses gzip (Django's own check only looks for the word)."""

    def process_response(self, request, response):
        if not accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return response
        return super().process_response(request, response)
