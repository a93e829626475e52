import datetime
import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from home.finder import clean_query

RESULTS_PER_PAGE = 10


@require_GET
def search(request):
    # clean_query drops control characters (a NUL byte 500s some database backends); the backend
    # gets words only, as full-text syntax characters ("<", quotes, "*") raise errors in SQLite's FTS5.
    query = clean_query(request.GET.get("q", ""))
    terms = " ".join(re.findall(r"\w+", query))
    results = Page.objects.none()
    if terms:
        site = Site.find_for_request(request)
        pages = Page.objects.live().public()
        if site:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        results = pages.specific().search(terms)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(request, "home/search.html", {"query": query, "results": page_obj})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_GET
def security_txt(request):
    """RFC 9116: who to tell about a vulnerability. Expires a year ahead, as the RFC recommends at most."""
    expires = (timezone.now() + datetime.timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.astimezone(datetime.UTC).isoformat().replace('+00:00', 'Z')}",
        f"Canonical: {request.build_absolute_uri('/.well-known/security.txt')}",
        "Preferred-Languages: en",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
