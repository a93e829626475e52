"""The news list: order, pagination, filters, the home page's latest posts, and what it costs in queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import (
    PageViewRestriction,
)

from news.models import NewsCategory, NewsPage
from tests.news.support import SEED_TITLES, listed_titles, make_post, soup

# --- the news list -----------------------------------------------------------------------------------------------


def test_news_list_shows_the_seed_posts_newest_first_with_date_summary_and_category(client, news_index):
    response = client.get("/news/")
    assert response.status_code == 200
    assert listed_titles(response) == SEED_TITLES

    page = soup(response)
    assert len(page.find_all("h1")) == 1
    first = page.select_one("main .news-item")
    time = first.find("time")
    assert time["datetime"] == "2013-05-01"
    assert time.get_text() == "May 1, 2013"
    assert "Awards" in first.select_one(".news-meta").get_text()
    assert "March 27" in first.select_one(".news-item__summary").get_text()
    dates = [t["datetime"] for t in page.select("main .news-item time")]
    assert dates == ["2013-05-01", "2013-02-01", "2012-05-01"]


def test_order_follows_the_editors_date_not_when_the_post_was_created(client, news_index):
    make_post(news_index, "Older post created last", datetime.date(2011, 1, 1))
    make_post(news_index, "Newest post", datetime.date(2014, 6, 1))
    titles = listed_titles(client.get("/news/"))
    assert titles[0] == "Newest post"
    assert titles[-1] == "Older post created last"


def test_drafts_and_private_posts_are_not_listed(client, news_index):
    make_post(news_index, "A draft", datetime.date(2020, 1, 1), live=False)
    private = make_post(news_index, "Staff only", datetime.date(2020, 1, 2))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    titles = listed_titles(client.get("/news/"))
    assert "A draft" not in titles
    assert "Staff only" not in titles
    assert client.get("/news/feed/").content.count(b"<item>") == 3


def test_ten_posts_a_page_with_numbered_pagination(client, news_index):
    for day in range(1, 21):
        make_post(news_index, f"Post of day {day:02}", datetime.date(2020, 1, day))  # 20 + 3 seed posts

    first = client.get("/news/")
    assert listed_titles(first)[:2] == ["Post of day 20", "Post of day 19"]
    assert len(listed_titles(first)) == 10
    nav = soup(first).find("nav", attrs={"aria-label": "News pages"})
    assert [a.get_text(" ", strip=True) for a in nav.find_all("a")] == ["Page 1", "Page 2", "Page 3", "Next page"]
    assert nav.find("a", attrs={"aria-current": "page"}).get_text(" ", strip=True) == "Page 1"

    third = client.get("/news/?page=3")
    assert listed_titles(third) == SEED_TITLES
    nav = soup(third).find("nav", attrs={"aria-label": "News pages"})
    assert nav.find("a", attrs={"aria-current": "page"}).get_text(" ", strip=True) == "Page 3"
    assert nav.find("a", attrs={"rel": "prev"})["href"] == "/news/?page=2"
    assert nav.find("a", attrs={"rel": "next"}) is None
    assert "(page 3)" in soup(third).title.get_text()


@pytest.mark.parametrize(
    ("query", "expected_page"),
    [("abc", 1), ("-1", 1), ("0", 1), ("2", 2), ("99999", 3), ("9" * 5000, 3), ("1.5", 1), ("%00", 1), ("", 1)],
)
def test_a_page_number_out_of_range_or_not_a_number_gives_the_nearest_page(client, news_index, query, expected_page):
    for day in range(1, 21):
        make_post(news_index, f"Post of day {day:02}", datetime.date(2020, 1, day))
    response = client.get(f"/news/?page={query}")
    assert response.status_code == 200
    current = soup(response).find("nav", attrs={"aria-label": "News pages"}).find("a", attrs={"aria-current": "page"})
    assert current.get_text(" ", strip=True) == f"Page {expected_page}"


def test_filter_by_category(client, news_index):
    response = client.get("/news/?category=nominations")
    assert response.status_code == 200
    assert listed_titles(response) == [SEED_TITLES[1]]
    page = soup(response)
    current = page.find("nav", attrs={"aria-label": "News categories"}).find("a", attrs={"aria-current": "page"})
    assert current.get_text() == "Nominations"
    assert "1 post" in page.select_one(".news-status").get_text()
    assert page.find("link", attrs={"href": "/news/feed/?category=nominations"})


def test_a_known_category_without_posts_says_so(client, news_index):
    response = client.get("/news/?category=community")
    assert response.status_code == 200
    assert listed_titles(response) == []
    assert "No posts match." in response.content.decode()


def test_filter_by_year_and_by_year_within_a_category(client, news_index):
    assert listed_titles(client.get("/news/?year=2013")) == SEED_TITLES[:2]
    assert listed_titles(client.get("/news/?year=2012")) == SEED_TITLES[2:]
    assert listed_titles(client.get("/news/?year=2013&category=awards")) == SEED_TITLES[:1]
    years = soup(client.get("/news/")).find("nav", attrs={"aria-label": "News by year"})
    assert [a.get_text() for a in years.find_all("a")] == ["All", "2013", "2012"]

    empty = client.get("/news/?year=1999")
    assert empty.status_code == 200
    assert "No posts match." in empty.content.decode()


def test_filter_by_tag(client, news_index):
    response = client.get("/news/?tag=tornado")
    assert listed_titles(response) == [SEED_TITLES[2]]
    assert "tagged “tornado”" in soup(response).select_one(".news-status").get_text()


@pytest.mark.parametrize(
    "query",
    [
        "category=no-such-category",
        "category=%00",
        "category=" + "a" * 5000,
        "category=<script>",
        "tag=no-such-tag",
        "tag=%00",
        "year=abc",
        "year=20%0013",
        "year=0000",
        "year=99999",
        "year=-2013",
    ],
)
def test_unknown_or_malformed_filters_are_not_found(client, news_index, query):
    assert client.get(f"/news/?{query}").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "page=%00",
        "page=1&page=2&page=abc",
        "category[]=awards",
        "%ff%fe=%ff",
        "x=" + "%00" * 2000,
        "&&&==&=",
        "page=1e9999",
        "q=" + "y" * 20000,
    ],
)
def test_malformed_query_strings_never_break_the_list_or_the_feeds(client, news_index, query):
    for path in ("/news/", "/news/feed/", "/news/feed/atom/", "/news/staff-honored-at-awards-ceremony/"):
        assert client.get(f"{path}?{query}").status_code == 200, path  # the list, feed or post, as if unfiltered


def test_a_query_string_with_thousands_of_fields_is_a_bad_request_not_an_error(client, news_index):
    flood = "&".join(["a=1"] * 10_001)  # more than DATA_UPLOAD_MAX_NUMBER_FIELDS
    for path in ("/news/", "/news/feed/"):
        assert client.get(f"{path}?{flood}").status_code == 400


# --- home page -----------------------------------------------------------------------------------------------------


def test_home_page_shows_the_latest_three_posts(client, news_index):
    make_post(news_index, "Brand new post", datetime.date(2014, 1, 1))
    page = soup(client.get("/"))
    section = page.find("section", class_="latest-news")
    assert section.find("h2").get_text() == "Latest news"
    titles = [a.get_text(strip=True) for a in section.select(".news-item__title a")]
    assert titles == ["Brand new post", SEED_TITLES[0], SEED_TITLES[1]]
    assert section.find("time")["datetime"] == "2014-01-01"
    assert section.find("a", string="All news and recognition")["href"] == "/news/"


def test_home_page_links_to_the_news(client, news_index):
    page = soup(client.get("/"))
    assert page.find("nav", attrs={"aria-label": "Main"}).find("a", string="News")["href"] == "/news/"
    links = page.find("section", attrs={"aria-labelledby": "next-heading"})
    assert links.find("a", string="News and recognition")["href"] == "/news/"


# --- database queries ----------------------------------------------------------------------------------------------


def query_counts(client, paths):
    counts = {}
    for path in paths:
        client.get(path)  # warm the per-process caches (site root paths), as a running site has them
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        counts[path] = len(queries)
    return counts


def test_queries_do_not_grow_with_the_number_of_posts(client, news_index, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_ENABLED = False  # measure rendering, not the page cache
    post = NewsPage.objects.get(slug="staff-honored-at-awards-ceremony")
    paths = ["/news/", "/news/?page=2", "/news/?category=awards", "/news/feed/", "/news/feed/atom/", "/", post.url]
    categories = ["awards", "nominations", "community", "service-updates"]
    for n in range(12):
        make_post(news_index, f"Post {n}", datetime.date(2019, 1, 1) + datetime.timedelta(days=n), categories[n % 4])
    few = query_counts(client, paths)
    for n in range(12, 100):
        make_post(news_index, f"Post {n}", datetime.date(2019, 1, 1) + datetime.timedelta(days=n), categories[n % 4])
    assert NewsPage.objects.live().count() == 103
    many = query_counts(client, paths)
    assert many == few, (few, many)
    # 16 before the languages (issue 16): Wagtail now looks up the active locale when it routes a page
    # and when it localizes a rich-text page link (`Page.localized`), and reads the map of translated
    # pages (the demo has some: the switcher and alternates), here where the content memo is off.
    for path in paths:
        with django_assert_max_num_queries(19):
            client.get(path)


def render_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, path
    return response, [q["sql"] for q in queries]


def test_the_list_reads_its_filters_and_page_count_once_per_publish_not_on_every_render(client, news_index):
    """Categories, years and the number of pages come from the content memo; a page's posts by primary key."""
    for n in range(25):
        make_post(news_index, f"Post {n}", datetime.date(2019, 1, 1) + datetime.timedelta(days=n), "community")
    # `nocache` bypasses the full-page cache (not an allowed parameter); the content memo still applies.
    client.get("/news/?nocache=1")
    for path in ["/news/?nocache=1", "/news/?page=3&nocache=1", "/news/?category=community&nocache=1"]:
        client.get(path)
        response, queries = render_queries(client, path)
        scans = [sql for sql in queries if "COUNT(" in sql or "DISTINCT" in sql or "OFFSET" in sql]
        assert scans == [], (path, scans)
    page_3 = soup(client.get("/news/?page=3&nocache=1"))
    assert len(page_3.select("main .news-list > li")) == 8  # 28 posts, 10 to a page
    years = soup(response).find("nav", attrs={"aria-label": "News by year"})
    assert "2019" in years.get_text()

    # A publish renews them: a post in a new year and a new category shows in the filters at once.
    category = NewsCategory.objects.create(name="Recruiting", slug="recruiting")
    post = make_post(news_index, "We are hiring", datetime.date(2021, 5, 1), "recruiting", live=False)
    post.save_revision().publish()
    filters_nav = soup(client.get("/news/?nocache=1")).find("div", class_="news-filters")
    assert category.name in filters_nav.get_text() and "2021" in filters_nav.get_text()
    assert "We are hiring" in listed_titles(client.get("/news/?year=2021&nocache=1"))


def test_a_year_without_posts_lists_nothing_without_asking_the_database(client, news_index):
    client.get("/news/?year=1999")
    response, queries = render_queries(client, "/news/?year=1999&nocache=1")
    assert "No posts match." in response.content.decode()
    assert not [sql for sql in queries if "news_newspage" in sql and "1999" in sql]
