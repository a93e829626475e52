"""Without the page cache, each page type renders in a constant number of queries.

The numbers are ceilings measured on SQLite and PostgreSQL; what matters is that they do not grow
with content. The news list, a news post and the feeds are checked with 100 posts in test_news.py.
Wagtail pages count one more since the languages (issue 16), here where the content memo is off:
Wagtail's active-locale lookup when it routes (`Page.localized`); with the memo on, the root page's
comes from the memo (test_languages.py checks a Spanish page costs no more than the English one there).
"""

import pytest

from home.models import GuidancePage, HomePage, Situation, StandardPage
from site911.alerts import SiteAlert
from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

pytestmark = pytest.mark.django_db

MAX_QUERIES = {
    # Each: one for the active locale (Wagtail's routing) and one for the map of translated pages (the
    # switcher and alternates; memoized in production, not here).
    "home": 14,  # the latest three news posts included
    "guidance": 13,  # one more for the answer-time sentence when nothing is memoized
    "standard": 11,
    "search": 10,
}


def add_menu_pages(home, count):
    for n in range(count):
        page = StandardPage(title=f"Extra page {n}", slug=f"extra-{n}", show_in_menus=True, intro="More.")
        home.add_child(instance=page)
        page.save_revision().publish()


def test_home_page_queries_do_not_grow_with_menu_pages_links_or_alerts(assert_page_queries, demo_site):
    before = assert_page_queries("/", MAX_QUERIES["home"])
    home = HomePage.objects.get(locale__language_code="en")
    add_menu_pages(home, 30)
    home.links = [("link", {"page": page, "title": "", "description": "x"}) for page in home.get_children()]
    home.save_revision().publish()
    for n in range(5):
        SiteAlert.objects.create(message=f"Alert {n}.")
    assert assert_page_queries("/", MAX_QUERIES["home"]) == before


def test_guidance_page_queries_do_not_grow_with_100_situations(assert_page_queries, demo_site):
    before = assert_page_queries("/when-to-call/", MAX_QUERIES["guidance"])
    guidance = GuidancePage.objects.get(locale__language_code="en")
    kinds = [EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY]
    for n in range(100):
        guidance.situations.add(
            Situation(title=f"Situation {n}", keywords="extra", number=kinds[n % 3], reason="Because.")
        )
    guidance.save_revision().publish()
    assert GuidancePage.objects.get(locale__language_code="en").situations.count() > 100
    assert assert_page_queries("/when-to-call/", MAX_QUERIES["guidance"]) == before
    # The finder's results too.
    assert assert_page_queries("/when-to-call/?q=extra", MAX_QUERIES["guidance"]) == before


def test_standard_page_and_search_stay_bounded(assert_page_queries, demo_site):
    before = assert_page_queries("/about/", MAX_QUERIES["standard"])
    add_menu_pages(HomePage.objects.get(locale__language_code="en"), 30)
    assert assert_page_queries("/about/", MAX_QUERIES["standard"]) == before
    assert_page_queries("/search/?q=page", MAX_QUERIES["search"])
