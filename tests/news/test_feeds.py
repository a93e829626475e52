"""The RSS and Atom feeds: what they carry, per category, and the links every page has to them."""

import datetime
import email.utils

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.news.support import ATOM, SEED_TITLES, make_post, parse_xml, soup

# --- feeds ---------------------------------------------------------------------------------------------------------


def test_rss_feed_lists_the_posts_with_absolute_links_and_dates(client, news_index):
    response = client.get("/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = parse_xml(response).find("channel")
    assert channel.findtext("title") == "Minneapolis 911 news"
    assert channel.findtext("link").startswith("http")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == SEED_TITLES
    first = items[0]
    assert first.findtext("link").startswith("http") and first.findtext("link").endswith(
        "/news/staff-honored-at-awards-ceremony/"
    )
    published = email.utils.parsedate_to_datetime(first.findtext("pubDate"))
    assert timezone.localtime(published).date() == datetime.date(2013, 5, 1)
    assert first.findtext("description").startswith("Minneapolis 911 staff were honored")
    assert first.findtext("category") == "Awards"


def test_atom_feed_lists_the_posts_with_absolute_links_and_dates(client, news_index):
    response = client.get("/news/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_xml(response)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == SEED_TITLES
    link = entries[2].find(f"{ATOM}link").get("href")
    assert link.startswith("http") and link.endswith("/news/apco-recognizes-tornado-response/")
    published = datetime.datetime.fromisoformat(entries[2].findtext(f"{ATOM}published"))
    assert timezone.localtime(published).date() == datetime.date(2012, 5, 1)
    assert entries[2].findtext(f"{ATOM}summary").startswith("The MN Chapter of APCO")
    assert feed.findtext(f"{ATOM}updated")


def test_feeds_carry_the_latest_twenty_posts(client, news_index):
    for day in range(1, 26):
        make_post(news_index, f"Post of day {day:02}", datetime.date(2020, 1, day))
    rss_items = parse_xml(client.get("/news/feed/")).findall("channel/item")
    assert len(rss_items) == 20
    assert rss_items[0].findtext("title") == "Post of day 25"
    assert len(parse_xml(client.get("/news/feed/atom/")).findall(f"{ATOM}entry")) == 20


def test_category_feed(client, news_index):
    items = parse_xml(client.get("/news/feed/?category=awards")).findall("channel/item")
    assert [item.findtext("title") for item in items] == [SEED_TITLES[0], SEED_TITLES[2]]
    channel = parse_xml(client.get("/news/feed/?category=nominations")).find("channel")
    assert channel.findtext("title") == "Minneapolis 911 news: Nominations"
    atom = parse_xml(client.get("/news/feed/atom/?category=nominations"))
    assert len(atom.findall(f"{ATOM}entry")) == 1
    assert atom.findtext(f"{ATOM}author/{ATOM}name") == "Minneapolis 911"
    assert client.get("/news/feed/?category=no-such-category").status_code == 404
    assert client.get("/news/feed/atom/?category=%00").status_code == 404


@pytest.mark.parametrize(
    "path", ["/", "/when-to-call/", "/about/", "/news/", "/news/apco-recognizes-tornado-response/"]
)
def test_every_page_advertises_the_feeds(client, news_index, path):
    head = soup(client.get(path)).head
    rss = head.find("link", attrs={"rel": "alternate", "type": "application/rss+xml"})
    atom = head.find("link", attrs={"rel": "alternate", "type": "application/atom+xml"})
    assert rss["href"] == reverse("news_feed") == "/news/feed/"
    assert atom["href"] == "/news/feed/atom/"
    assert client.get(rss["href"]).status_code == 200
