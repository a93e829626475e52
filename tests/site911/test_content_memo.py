"""The content memo: what pages share is looked up once per generation, for the right site."""

import time

import pytest
from wagtail.models import Page, Site

from home.models import StandardPage
from site911.caching import content_memo
from site911.contact import ContactNumbers
from tests.helpers import soup, tel_links

pytestmark = pytest.mark.django_db


def test_made_up_host_headers_share_one_entry(client, demo_site):
    client.get("/?fresh=1")
    before = len(content_memo._memo)
    for n in range(50):
        client.get("/?fresh=1", HTTP_HOST=f"made-up-{n}.example")
    assert len(content_memo._memo) <= before + 1


def test_each_site_gets_its_own_pages(client, demo_site, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    other_root = StandardPage(title="Other site home", slug="other-home", intro="Another site.")
    Page.get_first_root_node().add_child(instance=other_root)
    other_root.save_revision().publish()
    Site.objects.create(hostname="other.example", port=80, root_page=other_root, site_name="Other")

    assert soup(client.get("/?fresh=1", HTTP_HOST="other.example")).h1.get_text(strip=True) == "Other site home"
    assert soup(client.get("/?fresh=1")).h1.get_text(strip=True) == "Minneapolis 911"
    assert soup(client.get("/?fresh=1", HTTP_HOST="127.0.0.1")).h1.get_text(strip=True) == "Minneapolis 911"


def test_a_change_no_signal_announced_shows_after_the_page_cache_timeout(client, demo_site, settings, monkeypatch):
    """A change made without a signal (a bulk update in a shell) is seen once entries expire, like cached pages."""
    settings.PAGE_CACHE_TIMEOUT = 300
    client.get("/?fresh=1")
    ContactNumbers.objects.filter(site=demo_site).update(outside_city_number="(612) 555-0142")  # no signal
    assert "tel:+16125550142" not in tel_links(client.get("/?fresh=1"))

    later = time.monotonic() + 301
    monkeypatch.setattr(content_memo.time, "monotonic", lambda: later)
    assert "tel:+16125550142" in tel_links(client.get("/?fresh=1"))
