"""A news post: date, summary, recognition, JSON-LD, body, tags and where posts may live."""

import datetime
import json

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage
from tests.news.support import ATOM, SEED_TITLES, make_post, parse_xml, soup

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
    home = HomePage.objects.get(locale__language_code="en")
    assert NewsPage.can_create_at(news_index)
    assert not NewsPage.can_create_at(home)
    assert NewsIndexPage.can_create_at(home)
    assert news_index.specific_class.allowed_subpage_models() == [NewsPage]
    assert NewsPage.allowed_subpage_models() == []
