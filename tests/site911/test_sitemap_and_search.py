"""The sitemap, robots.txt, search and the 404 page; the sitemap and search cost the same whatever the
archive's size, and still say the same."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import PageViewRestriction

from home.models import HomePage, StandardPage
from tests.helpers import soup, tel_links, text

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def add_pages(count, word="zebrafinch"):
    home = HomePage.objects.get(locale__language_code="en")
    for n in range(count):
        page = StandardPage(title=f"Extra {word} page {n}", slug=f"extra-{word}-{n}", intro=f"About {word} {n}.")
        home.add_child(instance=page)
        page.save_revision().publish()


def entries(xml):
    tree = ET.fromstring(xml)  # noqa: S314 - the site's own sitemap, under test
    return [(url.find("s:loc", NS).text, url.find("s:lastmod", NS).text) for url in tree.findall("s:url", NS)]


def test_sitemap_lists_what_wagtails_own_sitemap_lists_in_a_constant_number_of_queries(client, demo_site, settings):
    settings.PAGE_CACHE_ENABLED = False  # measure rendering
    add_pages(3)
    private = StandardPage.objects.get(slug="extra-zebrafinch-0")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    wagtails = wagtail_sitemap(RequestFactory().get("/sitemap.xml"))
    wagtails.render()
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as few:
        ours = client.get("/sitemap.xml")
    assert ours["Content-Type"] == "application/xml"
    # Wagtail's lists the English tree only; ours adds the demo's translations, each under its language's prefix.
    translated_prefixes = tuple(f"http://localhost/{code}/" for code in ("es", "so", "hmn"))
    english = [entry for entry in entries(ours.content) if not entry[0].startswith(translated_prefixes)]
    assert english == entries(wagtails.content)
    assert {"http://localhost/es/", "http://localhost/so/", "http://localhost/hmn/"} <= {
        loc for loc, _ in entries(ours.content)
    }
    locations = [loc for loc, _ in entries(ours.content)]
    assert "http://localhost/when-to-call/" in locations
    assert not any("extra-zebrafinch-0" in loc for loc in locations)  # private

    add_pages(20, "heron")
    with CaptureQueriesContext(connection) as many:
        assert len(entries(client.get("/sitemap.xml").content)) == len(locations) + 20
    assert len(many) == len(few) <= 5  # the fifth: the map of translated pages (for the alternates)


def test_a_big_sitemap_becomes_an_index_of_files(client, demo_site, settings):
    settings.PAGE_CACHE_ENABLED = False
    every = [loc for loc, _ in entries(client.get("/sitemap.xml").content)]
    settings.SITEMAP_URLS_PER_FILE = 4
    index = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    files = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert files[0] == "http://testserver/sitemap-pages.xml"
    assert files[1] == "http://testserver/sitemap-pages.xml?p=2"
    listed = []
    for url in files:
        response = client.get(url.removeprefix("http://testserver"))
        assert response.status_code == 200
        listed += [loc for loc, _ in entries(response.content)]
    assert len(files) > 1
    assert listed == every
    assert client.get(f"/sitemap-pages.xml?p={len(files) + 1}").status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_search_pages_through_results_without_counting_them(client, demo_site):
    add_pages(12)
    client.get("/search/?q=zebrafinch")
    with CaptureQueriesContext(connection) as queries:
        first = client.get("/search/?q=zebrafinch")
    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"]]
    page = BeautifulSoup(first.content, "html.parser")
    assert len(page.select(".results h2 a")) == 10
    assert page.find(role="status").get_text(strip=True) == "Results 1–10 for “zebrafinch”."
    more = page.find("a", string="More results")["href"]
    assert more == "?q=zebrafinch&page=2"

    second = BeautifulSoup(client.get("/search/" + more).content, "html.parser")
    assert len(second.select(".results h2 a")) == 2
    assert second.find(role="status").get_text(strip=True) == "Results 11–12 for “zebrafinch”."
    assert second.find("a", string="More results") is None
    assert second.find("a", string="Previous results")["href"] == "?q=zebrafinch&page=1"

    few = BeautifulSoup(client.get("/search/?q=urgency").content, "html.parser")
    assert few.find(role="status").get_text(strip=True).endswith("for “urgency”.")
    assert few.find("nav", attrs={"aria-label": "Search result pages"}) is None


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_postgresql_has_the_index_wagtails_search_query_needs():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'wagtailsearch_indexentry_title_body_gin'")
        (definition,) = cursor.fetchone()
    assert "gin" in definition.lower() and "(title || body)" in definition


def test_search_finds_pages(client, demo_site):
    response = client.get("/search/", {"q": "urgency"})
    assert response.status_code == 200
    titles = [a.get_text(strip=True) for a in soup(response).select(".results h2 a")]
    assert "When to call 911" in titles


@pytest.mark.parametrize("query", ["\x00", "fire\x00", "<b>x</b>", "x" * 5000, ""])
def test_search_survives_hostile_input(client, demo_site, query):
    response = client.get("/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    assert b"<b>x</b>" not in response.content


def test_sitemap_robots_and_404(client, demo_site):
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert b"/when-to-call/" in sitemap.content
    robots = client.get("/robots.txt")
    assert robots.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()
    missing = client.get("/no-such-page/")
    assert missing.status_code == 404
    assert "Page not found" in text(missing)
    assert "tel:911" in tel_links(missing)
