"""A stored page: its body, a gzip copy and their ETags; how long it may be kept; the response built from it.

An entry is a tuple `(generation, status, headers, body, gzipped body or None, ETag, gzip ETag or None)`.
"""

import gzip
import hashlib
import math
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.module_loading import import_string

# Headers the hit path sets itself, or that must not be replayed.
_DROP_HEADERS = {"content-length", "cache-control", "etag", "expires", "date", "set-cookie", "x-cache", "vary"}


def lifetime():
    """Seconds a page may be kept from now: PAGE_CACHE_TIMEOUT, but never past the moment content changes
    by itself with nobody publishing, e.g. a site alert's end time (`PAGE_CACHE_DEADLINE`, a function
    returning that datetime or None). It caps both the shared cache's entry and the browser's max-age,
    so no cached copy outlives an alert's end time.
    """
    timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", 300)
    deadline_function = getattr(settings, "PAGE_CACHE_DEADLINE", None)
    deadline = import_string(deadline_function)() if deadline_function else None
    if deadline is None:
        return timeout
    return max(0, min(timeout, math.floor(deadline.timestamp() - time.time())))


def _etag(body, suffix=""):
    return f'"{hashlib.md5(body, usedforsecurity=False).hexdigest()}{suffix}"'


def make_entry(generation, response):
    body = response.content
    headers = [(k, v) for k, v in response.items() if k.lower() not in _DROP_HEADERS]
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    if "accept-encoding" not in {v.lower() for v in vary}:
        vary.append("Accept-Encoding")
    headers.append(("Vary", ", ".join(vary)))
    compressed = None
    if "Content-Encoding" not in response and len(body) >= 200:
        compressed = gzip.compress(body, compresslevel=6, mtime=0)
    etag = _etag(body)
    gzip_etag = _etag(body, "-gz") if compressed is not None else None
    return (generation, response.status_code, headers, body, compressed, etag, gzip_etag)


def accepts_gzip(accept_encoding):
    """True when an Accept-Encoding header allows gzip: named (or `*`) with a q-value above 0 (RFC 9110 12.5.3)."""
    named = wildcard = None
    for part in accept_encoding.split(","):
        coding, *params = (item.strip() for item in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        coding = coding.lower()
        if coding in ("gzip", "x-gzip"):
            named = quality
        elif coding == "*":
            wildcard = quality
    quality = named if named is not None else wildcard
    return quality is not None and quality > 0


def _not_modified(if_none_match, etag):
    if if_none_match.strip() == "*":
        return True
    return any(tag.strip().removeprefix("W/") == etag for tag in if_none_match.split(","))


def respond(request, entry, state):
    """The response for a stored entry: gzipped when accepted, 304 for a matching If-None-Match; X-Cache: `state`."""
    _generation, status, headers, body, compressed, etag, gzip_etag = entry
    meta = request.META
    gzipped = compressed is not None and accepts_gzip(meta.get("HTTP_ACCEPT_ENCODING", ""))
    if gzipped:
        body, etag = compressed, gzip_etag
    if_none_match = meta.get("HTTP_IF_NONE_MATCH")
    if if_none_match and _not_modified(if_none_match, etag):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
        response.headers["Content-Length"] = str(len(body))
        if gzipped:
            response.headers["Content-Encoding"] = "gzip"
    for name, value in headers:
        if response.status_code == 304 and name.lower() == "content-type":
            continue
        response.headers[name] = value
    response.headers["ETag"] = etag
    max_age = min(getattr(settings, "PAGE_CACHE_MAX_AGE", 60), lifetime())
    response.headers["Cache-Control"] = f"public, max-age={max_age}"
    response.headers["X-Cache"] = state
    return response
