"""Site-wide views: search, robots.txt and security.txt."""

import datetime
import re

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from site911.text import clean_query

RESULTS_PER_PAGE = 10
MAX_RESULT_PAGES = 50  # deeper pages rank ever more of the index for nobody


def result_page_number(value):
    """The page asked for, 1 to MAX_RESULT_PAGES; anything else is page 1."""
    return int(value) if value and value.isdigit() and 1 <= int(value) <= MAX_RESULT_PAGES else 1


@require_GET
def search(request):
    # clean_query drops control characters (a NUL byte 500s some database backends); the backend
    # gets words only, as full-text syntax characters ("<", quotes, "*") raise errors in SQLite's FTS5.
    query = clean_query(request.GET.get("q", ""))
    terms = " ".join(re.findall(r"\w+", query))
    number = result_page_number(request.GET.get("page"))
    offset = (number - 1) * RESULTS_PER_PAGE
    results = []
    if terms:
        site = Site.find_for_request(request)
        pages = Page.objects.live().public()
        if site:
            pages = pages.descendant_of(site.root_page, inclusive=True)
        # One result more than a page shows whether there is a next page: the whole result is never
        # counted (the page shows "Results 11-20", not a total).
        results = list(pages.specific().search(terms)[offset : offset + RESULTS_PER_PAGE + 1])
    context = {
        "query": query,
        "results": results[:RESULTS_PER_PAGE],
        "first": offset + 1,
        "last": offset + len(results[:RESULTS_PER_PAGE]),
        "number": number,
        "previous_page": number - 1 if number > 1 else None,
        "next_page": number + 1 if len(results) > RESULTS_PER_PAGE and number < MAX_RESULT_PAGES else None,
    }
    return TemplateResponse(request, "site911/search.html", context)


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
