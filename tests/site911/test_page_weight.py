"""Every public page type, in every language, within the page-weight budget of bench/run.py (30 KiB
gzipped, with its stylesheets; no web fonts), checked on every test run."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from tests.public_pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

BUDGET_KIB = 30


def weight_kib(client, url):
    html = client.get(url, HTTP_ACCEPT_ENCODING="identity").content
    total = len(gzip.compress(html, 6))
    for asset in re.findall(r'(?:href|src)="/static/([^"]+)"', html.decode()):
        total += len(gzip.compress(Path(finders.find(asset)).read_bytes(), 6))
    return total / 1024


@pytest.mark.parametrize("url", list(PUBLIC_PAGES.values()))
def test_every_page_type_in_every_language_stays_within_the_budget(client, demo_site, url):
    assert weight_kib(client, url) < BUDGET_KIB


def test_no_web_fonts(client, demo_site):
    css = Path(finders.find("css/site.css")).read_text()
    assert "@font-face" not in css and "font-family: system-ui" in css
    for url in ("/", "/es/", "/so/", "/hmn/"):
        assert not re.search(r"\.(woff2?|ttf|otf)\b", client.get(url).content.decode()), url
