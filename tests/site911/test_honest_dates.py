"""Honest dates: pages say when they were last updated, and figures say which year they describe."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.helpers import soup, text

pytestmark = pytest.mark.django_db

DATED_PAGES = {
    "guidance": "/when-to-call/",
    "standard page": "/about/",
    "news post": "/news/staff-honored-at-awards-ceremony/",
}


def page_at(url):
    """The page at `url`, by its slug (the demo's slugs are unique)."""
    return Page.objects.get(slug=url.rstrip("/").rsplit("/", 1)[-1]).specific


@pytest.mark.parametrize("url", DATED_PAGES.values())
def test_page_says_when_it_was_last_published(client, demo_site, url):
    # 02:30 UTC on March 5 is still March 4 in Minneapolis: the date is the site's local date.
    published = datetime.datetime(2026, 3, 5, 2, 30, tzinfo=datetime.UTC)
    Page.objects.filter(pk=page_at(url).pk).update(last_published_at=published)
    updated = soup(client.get(url)).select_one("main .last-updated")
    assert " ".join(updated.get_text().split()) == "Last updated March 4, 2026"
    assert updated.time["datetime"] == "2026-03-04"


@pytest.mark.parametrize("url", DATED_PAGES.values())
def test_publishing_again_moves_the_date_on_cached_pages(client, demo_site, url):
    page = page_at(url)
    Page.objects.filter(pk=page.pk).update(last_published_at=datetime.datetime(2020, 1, 2, 12, tzinfo=datetime.UTC))
    assert "Last updated January 2, 2020" in text(client.get(url))
    assert client.get(url)["X-Cache"] == "HIT"
    page.refresh_from_db()
    page.save_revision().publish()
    today = timezone.localdate()
    assert f"Last updated {today:%B} {today.day}, {today.year}" in text(client.get(url))


def test_home_page_has_no_last_updated_line(client, demo_site):
    # Its content is the numbers and the latest news, each current; only the reading pages are dated.
    assert not soup(client.get("/")).select(".last-updated")


FIGURES = re.compile(r"1,000|2,000|one thousand|10 seconds")


PAGES_WITH_FIGURES = [
    "/",
    "/when-to-call/",
    "/about/",
    "/make-a-difference-award/",
    "/news/staff-nominated-for-training-conference-recognition/",
]


@pytest.mark.parametrize("url", PAGES_WITH_FIGURES)
def test_every_demo_figure_says_which_year_it_describes(client, demo_site, url):
    response = client.get(url)
    assert response.status_code == 200
    for element in soup(response).select("main p, main li"):
        if element.find(["p", "li"]) or not FIGURES.search(element.get_text()):
            continue
        # The figure's own sentence, or the sentence that introduces its list, names the year.
        context = element.get_text()
        if element.name == "li":
            context += element.find_parent(["ul", "ol"]).find_previous_sibling("p").get_text()
        assert re.search(r"\b20\d\d\b", context), (url, element.get_text())
