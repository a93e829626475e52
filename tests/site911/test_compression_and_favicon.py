"""Every HTML page is sent compressed to browsers that accept it, and the favicon is a file, not a 404."""

import gzip

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

# Pages the page cache does not hold: a form with a CSRF token, search and finder results, a 404.
UNCACHED = ["/request-a-speaker/", "/search/?q=911", "/when-to-call/?q=someone+broke+into+my+car", "/no-such-page/"]


@pytest.mark.parametrize("url", UNCACHED)
def test_uncached_pages_are_compressed_when_accepted(client, demo_site, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content)
    assert html.lstrip().startswith(b"<!DOCTYPE html>")
    assert len(response.content) < len(html) / 2


@pytest.mark.parametrize("url", [*UNCACHED, "/"])
def test_nothing_is_compressed_for_identity(client, demo_site, url):
    response = client.get(url, HTTP_ACCEPT_ENCODING="identity")
    assert "Content-Encoding" not in response
    assert response.content.lstrip().startswith(b"<!DOCTYPE html>")


def test_a_cached_page_is_compressed_once(client, demo_site):
    for state in ["MISS", "HIT"]:
        response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
        assert response["X-Cache"] == state
        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.content).lstrip().startswith(b"<!DOCTYPE html>")


def test_favicon_is_served_with_long_cache_headers_and_linked_from_every_page(client, demo_site):
    ico = client.get("/favicon.ico")
    assert ico.status_code == 200
    assert ico["Content-Type"] in ("image/x-icon", "image/vnd.microsoft.icon")
    max_age = int(ico["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert max_age >= 30 * 24 * 3600
    assert b"".join(ico.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file

    page = BeautifulSoup(client.get("/about/").content, "html.parser")
    icons = {link["href"]: link.get("type") for link in page.select('head link[rel="icon"]')}
    assert "/favicon.ico" in icons
    svg_url = next(href for href, kind in icons.items() if kind == "image/svg+xml")
    svg = client.get(svg_url)
    assert svg.status_code == 200
    assert b"<svg" in b"".join(svg.streaming_content)
