import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import ContactNumbers, GuidancePage, HomePage, StandardPage
from tests.helpers import soup, tel_links, text

pytestmark = pytest.mark.django_db


def test_home_page_shows_the_three_numbers_as_tel_links(client, demo_site):
    response = client.get("/")
    assert response.status_code == 200
    links = tel_links(response)
    assert "tel:911" in links
    assert "tel:311" in links
    assert "tel:+16123482345" in links
    assert "(612) 348-2345" in links["tel:+16123482345"]
    page_text = text(response)
    assert "Police, fire or medical help needs to come to your location now." in page_text
    assert "outside Minneapolis city limits" in page_text


def test_home_page_says_what_the_center_does_and_links_onward(client, demo_site):
    html = soup(client.get("/"))
    assert html.h1.get_text(strip=True) == "Minneapolis 911"
    assert "answers emergency calls" in html.select_one(".lead").get_text()
    hrefs = [a["href"] for a in html.select("main a")]
    assert "/when-to-call/" in hrefs
    assert "/about/" in hrefs


def test_home_page_leaves_out_links_to_deleted_or_unpublished_pages(client, demo_site):
    StandardPage.objects.get(slug="about").delete()
    GuidancePage.objects.get(slug="when-to-call").unpublish()
    response = client.get("/")
    assert response.status_code == 200
    hrefs = [a["href"] for a in soup(response).select("main a")]
    assert "/about/" not in hrefs
    assert "/when-to-call/" not in hrefs
    assert "/news/" in hrefs


def test_changing_the_setting_changes_every_page(client, demo_site):
    numbers = ContactNumbers.for_site(demo_site)
    numbers.outside_city_number = "(612) 555-0199"
    numbers.save()
    for url in ["/", "/when-to-call/", "/about/"]:
        links = tel_links(client.get(url))
        assert "tel:+16125550199" in links, url
        assert "tel:+16123482345" not in links, url


def test_guidance_page_explains_priorities_and_every_number(client, demo_site):
    response = client.get("/when-to-call/")
    assert response.status_code == 200
    links = tel_links(response)
    assert {"tel:911", "tel:311", "tel:+16123482345", "tel:+16126733000"} <= set(links)
    page_text = text(response)
    assert "handled in order of urgency" in page_text
    assert "music complaints may have to wait" in page_text
    assert "less than 10 seconds" in page_text


def finder_results(client, query):
    html = soup(client.get("/when-to-call/", {"q": query}))
    return [
        (item.h3.get_text(strip=True), item.select_one(".situation__call a")["href"])
        for item in html.select(".situations .situation")
    ]


@pytest.mark.parametrize(
    ("query", "expected_title_part", "expected_href"),
    [
        ("someone broke into my car", "car was broken into", "tel:311"),
        ("car break-in", "car was broken into", "tel:311"),
        ("breakin car", "car was broken into", "tel:311"),
        ("intruder in my house", "breaking into a home", "tel:911"),
        ("smell of gas", "smell of gas", "tel:911"),
        ("music loud neighbours party", "Loud music", "tel:311"),
        ("my neighbor is having a loud party", "Loud music", "tel:311"),
        ("bike stolen", "bike or a package was stolen", "tel:311"),
        ("CHEST PAIN", "chest pain", "tel:911"),
        ("I'm in a suburb and need Minneapolis police", "outside the city", "tel:+16123482345"),
    ],
)
def test_situation_finder_gives_the_right_number(client, demo_site, query, expected_title_part, expected_href):
    results = finder_results(client, query)
    assert results, f"no match for {query!r}"
    title, href = results[0]
    assert expected_title_part in title
    assert href == expected_href


def test_a_number_left_blank_never_makes_an_empty_phone_link(client, demo_site):
    ContactNumbers.objects.filter(site=demo_site).update(outside_city_number="")
    for url in ["/", "/when-to-call/", "/when-to-call/?q=outside+city+police"]:
        response = client.get(url)
        assert response.status_code == 200
        links = tel_links(response)
        assert "tel:911" in links, url
        assert all(href not in ("tel:", "tel:+1") for href in links), url


def test_situation_finder_says_when_nothing_matches(client, demo_site):
    response = client.get("/when-to-call/", {"q": "xylophone tuning"})
    assert response.status_code == 200
    html = soup(response)
    assert not html.select(".situations .situation")
    assert "No situation matches “xylophone tuning”" in html.select_one("[role=status]").get_text()
    rule = html.select_one(".rule-of-thumb")
    assert "in danger right now, call 911" in rule.get_text()
    assert rule.select_one("a")["href"] == "tel:911"


def test_situation_finder_lists_every_situation_without_a_query(client, demo_site):
    html = soup(client.get("/when-to-call/"))
    assert len(html.select(".situations .situation")) >= 12


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "car\x00break",
        "\x1b[31m\x07\x08",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "%00%ff",
        "🚒🔥" * 300,
        "' OR 1=1 --",
    ],
)
def test_situation_finder_survives_hostile_input(client, demo_site, query):
    response = client.get("/when-to-call/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert b"<img src=x" not in response.content
    assert b"\x00" not in response.content


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


def test_demo_content_is_idempotent_and_keeps_editor_changes(demo_site):
    about = StandardPage.objects.get(slug="about")
    about.title = "About us (edited)"
    about.save_revision().publish()
    numbers = ContactNumbers.for_site(demo_site)
    numbers.non_emergency_full_number = "(612) 555-0100"
    numbers.save()
    counts = (Page.objects.count(), GuidancePage.objects.get().situations.count())

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert (Page.objects.count(), GuidancePage.objects.get().situations.count()) == counts
    assert StandardPage.objects.get(slug="about").title == "About us (edited)"
    assert ContactNumbers.for_site(demo_site).non_emergency_full_number == "(612) 555-0100"
    assert HomePage.objects.count() == 1


def test_about_page_tells_the_seed_facts(client, demo_site):
    page_text = text(client.get("/about/"))
    for fact in [
        "about 80 men and women",
        "Over 1,000 police, fire and ambulance responses a day",
        "About 2,000 calls answered every day",
        "less than 10 seconds",
        "Hennepin County Ambulance Dispatch",
        "A Safe Place to Call Home",
    ]:
        assert fact in page_text
