"""Reading the news list's query string: anything malformed is a 404 or the nearest valid page, never a 500.

Values are checked before they reach the database (a NUL byte in a lookup 500s PostgreSQL).
"""

import re

from django.http import Http404

SLUG_RE = re.compile(r"[-a-zA-Z0-9_]{1,100}")
YEAR_RE = re.compile(r"[0-9]{4}")
PAGE_RE = re.compile(r"\s*(-?)([0-9]+)\s*")


def clean_slug(value):
    """A category or tag slug: None when absent or empty; 404 when it could not be a slug."""
    if not value:
        return None
    if not SLUG_RE.fullmatch(value):
        raise Http404("Not a slug")
    return value


def clean_year(value):
    """A four-digit year (1000–9999): None when absent or empty; 404 otherwise."""
    if not value:
        return None
    if not YEAR_RE.fullmatch(value) or int(value) < 1000:
        raise Http404("Not a year")
    return int(value)


def page_number(value, num_pages):
    """The page asked for, or the nearest page that exists: not a number → 1, too small → 1, too big → the last."""
    last = max(num_pages, 1)
    match = PAGE_RE.fullmatch(value or "")
    if not match:
        return 1
    sign, digits = match.groups()
    if sign:
        return 1
    if len(digits) > 9:  # also keeps int() away from Python's limit on huge digit strings
        return last
    return min(max(int(digits), 1), last)
