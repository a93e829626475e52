"""News and recognition: what residents read and subscribe to, and how staff get a post through review."""

import datetime
import email.utils
import json
import xml.etree.ElementTree as ET
from itertools import count
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from news import workflow
from news.models import Honoree, NewsCategory, NewsIndexPage, NewsPage
from tests.helpers import staff_member

ATOM = "{http://www.w3.org/2005/Atom}"
SEED_TITLES = [
    "Minneapolis 911 staff honored at awards ceremony",
    "Minneapolis 911 nominates staff for Minnesota 911 Training Conference recognition",
    "MN Chapter of APCO recognizes Minneapolis 911 for tornado response",
]
_slugs = count(1)


def quiet():
    return open("/dev/null", "w")  # noqa: SIM115


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    """The demo site, built once for this module inside an outer transaction that is rolled back at the end.

    Each test still runs in its own savepoint inside it and is rolled back (as Django's TestCase.setUpTestData
    works), so tests stay independent without rebuilding the demo site for every one of them.
    """
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            call_command("load_demo_content", stdout=quiet())
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)


@pytest.fixture
def news_index(demo_once, db):
    return NewsIndexPage.objects.get(slug="news")


def make_post(index, title, date, category="awards", *, live=True, **fields):
    """A post created straight in the tree (live, without revisions): fast enough for a hundred of them."""
    fields.setdefault("summary", f"Summary of {title}.")
    post = NewsPage(
        title=title,
        slug=f"post-{next(_slugs)}",
        date=date,
        category=NewsCategory.objects.get(slug=category),
        live=live,
        **fields,
    )
    index.add_child(instance=post)
    return post


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def parse_xml(response):
    return ET.fromstring(response.content)  # noqa: S314 (the site's own feed, under test)


def listed_titles(response):
    return [a.get_text(strip=True) for a in soup(response).select("main .news-list .news-item__title a")]


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
        assert client.get(f"{path}?{query}").status_code in (200, 404), path


def test_a_query_string_with_thousands_of_fields_is_a_bad_request_not_an_error(client, news_index):
    flood = "&".join(["a=1"] * 10_001)  # more than DATA_UPLOAD_MAX_NUMBER_FIELDS
    for path in ("/news/", "/news/feed/"):
        assert client.get(f"{path}?{flood}").status_code == 400


# --- a post --------------------------------------------------------------------------------------------------------


def test_post_shows_its_date_summary_and_recognition_panel(client, news_index):
    response = client.get("/news/apco-recognizes-tornado-response/")
    assert response.status_code == 200
    page = soup(response)
    assert page.find("h1").get_text() == SEED_TITLES[2]
    assert page.find("main").find("time")["datetime"] == "2012-05-01"
    assert page.find("meta", attrs={"name": "description"})["content"].startswith("The MN Chapter of APCO recognized")

    panel = page.find("section", class_="recognition")
    assert panel.find("h2").get_text() == "Recognition"
    text = panel.get_text(" ", strip=True)
    assert "Given by MN Chapter of APCO" in text
    assert "May 22, 2011 tornado" in text
    assert "Minneapolis 911 Center" in text


def test_post_json_ld_is_a_news_article_with_the_recognition(client, news_index):
    post = NewsPage.objects.get(slug="staff-nominated-for-training-conference-recognition")
    page = soup(client.get(post.url))
    scripts = page.head.find_all("script", attrs={"type": "application/ld+json"})
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == post.title
    assert data["datePublished"] == "2013-02-01"
    assert data["description"] == post.summary
    assert data["url"] == post.full_url and data["url"].startswith("http")
    assert data["publisher"]["name"] == "Minneapolis 911"
    assert data["mentions"] == [{"@type": "Organization", "name": "Minnesota 911 Training Conference"}]
    people = {entry["name"]: entry for entry in data["about"]}
    dispatcher = people["A Minneapolis 911 Police-Fire Dispatcher"]
    assert dispatcher["@type"] == "Person"
    assert "August 21, 2012" in dispatcher["description"]
    assert "award" not in data  # a nomination is not an award won

    awarded = json.loads(
        soup(client.get("/news/staff-honored-at-awards-ceremony/")).find("script", type="application/ld+json").string
    )
    assert "Making A Difference" in awarded["award"]
    assert awarded["about"][0]["award"] == awarded["award"]


def test_a_post_without_recognition_has_no_panel_and_plain_json_ld(client, news_index):
    post = make_post(news_index, "Service update", datetime.date(2020, 3, 1), "service-updates")
    page = soup(client.get(post.url))
    assert page.find("section", class_="recognition") is None
    assert "Recognition" not in [h.get_text() for h in page.find_all("h2")]
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["headline"] == "Service update"
    assert "award" not in data and "about" not in data


def test_titles_and_summaries_are_escaped_in_html_json_ld_and_feeds(client, news_index):
    title = "Fish & <Chips> </script><script>alert(1)</script>"
    post = make_post(news_index, title, datetime.date(2030, 1, 1), summary="<b>bold</b> & “quoted”")
    response = client.get(post.url)
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "<b>bold</b>" not in html
    page = soup(response)
    assert page.find("h1").get_text() == title
    assert json.loads(page.find("script", type="application/ld+json").string)["headline"] == title
    assert "<script>alert(1)" not in client.get("/news/").content.decode()

    rss = client.get("/news/feed/")
    assert b"<script>alert" not in rss.content
    item = parse_xml(rss).find("channel/item")
    assert item.findtext("title") == title
    assert item.findtext("description") == "<b>bold</b> & “quoted”"
    entry = parse_xml(client.get("/news/feed/atom/")).find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == title


def test_body_renders_rich_text_figures_with_alt_text_and_quotes(client, news_index, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = tmp_path
    image = Image.objects.create(title="Ceremony", file=get_test_image_file())
    post = make_post(
        news_index,
        "With a picture",
        datetime.date(2020, 4, 1),
        body=[
            ("paragraph", '<p>Rich <b>text</b> with <a href="https://example.com/">a link</a>.</p>'),
            ("figure", {"image": image, "alt_text": "Staff holding their award", "caption": "The ceremony"}),
            ("quote", {"quote": "Proud of our team.", "attribution": "The director"}),
        ],
    )
    page = soup(client.get(post.url))
    prose = page.select_one(".prose")
    assert prose.find("b").get_text() == "text"
    assert prose.find("img")["alt"] == "Staff holding their award"
    assert prose.find("figcaption").get_text() == "The ceremony"
    assert prose.find("blockquote").get_text(strip=True) == "Proud of our team."


def test_tags_link_to_the_filtered_list(client, news_index):
    page = soup(client.get("/news/apco-recognizes-tornado-response/"))
    links = {a.get_text(): a["href"] for a in page.select(".news-tags a")}
    assert links == {"APCO": "/news/?tag=apco", "tornado": "/news/?tag=tornado"}


def test_page_type_rules_keep_posts_under_a_news_index(news_index):
    home = HomePage.objects.get()
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)
    assert NewsIndexPage.can_create_at(home)
    assert news_index.specific_class.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_subpage_models() == []


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
    for path in paths:
        with django_assert_max_num_queries(16):
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


# --- staff workflow ------------------------------------------------------------------------------------------------


def post_form(category, **overrides):
    data = {
        "title": "Dispatcher wins state award",
        "slug": "dispatcher-wins-state-award",
        "date": "2024-03-28",
        "summary": "A Police-Fire Dispatcher was honored for calm work during a major incident.",
        "category": str(category.pk),
        "tags": "awards",
        "body": streamfield([("paragraph", rich_text("<p>The full story.</p>"))]),
        "recognition_status": "awarded",
        "award_name": "Dispatcher of the Year",
        "awarding_body": "MN Chapter of APCO",
        "recognized_for": "2023",
        "honorees": inline_formset([{"name": "A Police-Fire Dispatcher", "kind": "person", "detail": ""}]),
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_an_editors_post_is_not_public_until_communications_approves_it(client, news_index, django_user_model):
    editor = staff_member("editor", workflow.NEWS_EDITORS)
    comms = staff_member("comms", workflow.COMMUNICATIONS)
    awards = NewsCategory.objects.get(slug="awards")

    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    form = client.get(add_url)
    assert form.status_code == 200
    assert b"action-submit" in form.content
    assert b'name="action-publish"' not in form.content  # editors cannot publish

    response = client.post(add_url, post_form(awards, **{"action-submit": "Submit"}))
    assert response.status_code == 302
    post = NewsPage.objects.get(slug="dispatcher-wins-state-award")
    assert not post.live
    assert post.workflow_in_progress
    assert post.current_workflow_task.name == workflow.TASK_NAME

    # An editor trying to publish, or to approve their own post, changes nothing.
    client.post(reverse("wagtailadmin_pages:edit", args=(post.pk,)), post_form(awards, **{"action-publish": "1"}))
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", post.current_workflow_task_state.pk)),
        {"comment": ""},
    )
    post.refresh_from_db()
    assert not post.live

    client.logout()
    assert client.get("/news/dispatcher-wins-state-award/").status_code == 404
    assert "Dispatcher wins state award" not in listed_titles(client.get("/news/"))
    assert b"Dispatcher wins state award" not in client.get("/news/feed/").content

    client.force_login(comms)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", post.current_workflow_task_state.pk)),
        {"comment": "Approved for publication"},
        follow=True,
    )
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.live

    client.logout()
    public = client.get("/news/dispatcher-wins-state-award/")
    assert public.status_code == 200
    panel = soup(public).find("section", class_="recognition").get_text(" ", strip=True)
    assert "Dispatcher of the Year" in panel and "A Police-Fire Dispatcher" in panel
    assert listed_titles(client.get("/news/"))[0] == "Dispatcher wins state award"
    assert b"Dispatcher wins state award" in client.get("/news/feed/").content


def test_a_scheduled_post_goes_live_when_publish_scheduled_runs(client, news_index, django_user_model):
    editor = staff_member("editor", workflow.NEWS_EDITORS)
    comms = staff_member("comms", workflow.COMMUNICATIONS)
    awards = NewsCategory.objects.get(slug="awards")
    go_live = timezone.localtime() + datetime.timedelta(hours=2)

    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    form = post_form(awards, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-submit": "Submit"})
    assert client.post(add_url, form).status_code == 302
    post = NewsPage.objects.get(slug="dispatcher-wins-state-award")

    client.force_login(comms)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", post.current_workflow_task_state.pk)),
        {"comment": ""},
    )
    post.refresh_from_db()
    assert not post.live  # approved, but waiting for its go-live time
    client.logout()
    call_command("publish_scheduled", stdout=quiet())
    assert client.get("/news/dispatcher-wins-state-award/").status_code == 404

    # The go-live time arrives, and the scheduler runs the command.
    later = timezone.now() + datetime.timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=quiet())

    assert client.get("/news/dispatcher-wins-state-award/").status_code == 200
    assert "Dispatcher wins state award" in listed_titles(client.get("/news/"))


def test_communications_can_unpublish_a_post(client, news_index, django_user_model):
    comms = staff_member("comms", workflow.COMMUNICATIONS)
    post = NewsPage.objects.get(slug="apco-recognizes-tornado-response")
    client.force_login(comms)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(post.pk,)))
    assert response.status_code == 302
    client.logout()
    assert client.get(post.url).status_code == 404
    assert SEED_TITLES[2] not in listed_titles(client.get("/news/"))


def test_a_news_index_created_in_the_admin_gets_the_review_workflow(client, news_index, django_user_model):
    admin = django_user_model.objects.create_superuser(username="admin", password="not-used-here-1234")
    client.force_login(admin)
    home = HomePage.objects.get()
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newsindexpage", home.pk)),
        nested_form_data(
            {
                "title": "Press releases",
                "slug": "press",
                "intro": "",
                "comments": inline_formset([]),
                "action-publish": "1",
            }
        ),
    )
    assert response.status_code == 302
    press = NewsIndexPage.objects.get(slug="press")
    assert WorkflowPage.objects.get(page=press).workflow.name == workflow.WORKFLOW_NAME
    assert GroupPagePermission.objects.filter(page=press, group__name=workflow.NEWS_EDITORS).exists()


def test_groups_and_workflow_from_the_migration(news_index):
    editors = Group.objects.get(name=workflow.NEWS_EDITORS)
    comms = Group.objects.get(name=workflow.COMMUNICATIONS)
    editor_perms = set(
        GroupPagePermission.objects.filter(group=editors, page=news_index).values_list(
            "permission__codename", flat=True
        )
    )
    comms_perms = set(
        GroupPagePermission.objects.filter(group=comms, page=news_index).values_list("permission__codename", flat=True)
    )
    assert editor_perms == {"add_page", "change_page"}
    assert "publish_page" in comms_perms
    review = WorkflowPage.objects.get(page=news_index).workflow
    assert review.name == workflow.WORKFLOW_NAME
    assert [t.name for t in review.tasks] == [workflow.TASK_NAME]
    assert list(review.tasks[0].specific.groups.all()) == [comms]
    image_perms = set(
        GroupCollectionPermission.objects.filter(group=editors).values_list("permission__codename", flat=True)
    )
    assert image_perms == {"add_image", "choose_image"}


def test_the_migrations_setup_can_run_again_without_adding_anything(news_index):
    from django.apps import apps

    def counts():
        return [
            model.objects.count()
            for model in (Group, Permission, GroupCollectionPermission, Workflow, WorkflowTask, NewsCategory)
        ]

    before = counts()
    workflow.setup_groups_and_workflow(apps)
    workflow.ensure_categories(apps)
    workflow.link_news_index(news_index)
    assert counts() == before


# --- demo content --------------------------------------------------------------------------------------------------


def test_demo_has_the_seed_posts_with_their_dates_and_recognition(news_index):
    posts = {p.title: p for p in NewsPage.objects.published()}
    assert list(posts) == SEED_TITLES
    assert [p.date for p in posts.values()] == [
        datetime.date(2013, 5, 1),
        datetime.date(2013, 2, 1),
        datetime.date(2012, 5, 1),
    ]
    nominations = posts[SEED_TITLES[1]]
    assert nominations.category.name == "Nominations"
    assert nominations.recognition_status == "nominated"
    assert [h.kind for h in nominations.honorees.all()] == [Honoree.TEAM, Honoree.PERSON]
    assert posts[SEED_TITLES[2]].awarding_body == "MN Chapter of APCO"
    assert set(NewsCategory.objects.values_list("name", flat=True)) == {
        "Awards",
        "Nominations",
        "Community",
        "Service updates",
    }
    award = StandardPage.objects.get(slug="make-a-difference-award")
    assert award.title == "911 Make A Difference Award" and award.live


def test_loading_the_demo_again_changes_nothing_and_keeps_editor_changes(news_index):
    post = NewsPage.objects.get(slug="apco-recognizes-tornado-response")
    post.title = "Edited by staff"
    post.save_revision().publish()

    def snapshot():
        return {
            "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live")),
            "revisions": Revision.objects.count(),
            "categories": NewsCategory.objects.count(),
            "tags": Tag.objects.count(),
            "groups": Group.objects.count(),
            "page_permissions": GroupPagePermission.objects.count(),
            "workflows": Workflow.objects.count(),
            "workflow_pages": WorkflowPage.objects.count(),
        }

    before = snapshot()
    call_command("load_demo_content", stdout=quiet())
    assert snapshot() == before
    assert NewsPage.objects.get(pk=post.pk).title == "Edited by staff"
