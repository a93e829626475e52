import re

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import GuidancePage, HomePage, StandardPage
from site911.contact import ContactNumbers
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
    # How fast calls are answered: the latest month's figures (issue 18), not the undated 2013 claim.
    assert re.search(r"In \w+ 20\d\d, [\d.]+ % of 911 calls were answered within 15 seconds", page_text)
    assert "less than 10 seconds" not in page_text


def finder_answer(client, query, **replies):
    """(the recommended answer's kind, its first tel: link, the page) for `query` on the guidance page."""
    html = soup(client.get("/when-to-call/", {"q": query, **replies}))
    answer = html.select_one("[data-finder-answer]")
    return answer["data-finder-answer"], answer.select_one("a[href^='tel:']")["href"], html


@pytest.mark.parametrize(
    ("query", "expected_kind", "expected_href"),
    [
        # The reports: each was answered with the wrong number before.
        ("someone is breaking into my car", "emergency", "tel:911"),
        ("someone is following me", "emergency", "tel:911"),
        ("someone is smashing car windows on my block right now", "emergency", "tel:911"),
        ("someone is outside my window and I am scared", "emergency", "tel:911"),
        ("my wallet was stolen last week", "non_emergency", "tel:311"),
        ("someone spray painted my fence", "non_emergency", "tel:311"),
        ("my catalytic converter was stolen overnight", "non_emergency", "tel:311"),
        ("I want to report a theft that happened last week", "non_emergency", "tel:311"),
        ("someone broke into my car", "non_emergency", "tel:311"),
        ("intruder in my house", "emergency", "tel:911"),
        ("smell of gas", "emergency", "tel:911"),
        ("music loud neighbours party", "non_emergency", "tel:311"),
        ("CHEST PAIN", "emergency", "tel:911"),
        ("I'm in a suburb and need Minneapolis police", "outside_city", "tel:+16123482345"),
    ],
)
def test_situation_finder_gives_the_right_number(client, demo_site, query, expected_kind, expected_href):
    kind, href, _ = finder_answer(client, query)
    assert (kind, href) == (expected_kind, expected_href)


def test_every_finder_answer_states_the_rule_of_thumb_first(client, demo_site):
    for query in ["my wallet was stolen last week", "loud music", "someone is following me"]:
        html = soup(client.get("/when-to-call/", {"q": query}))
        rule = html.select_one(".rule-of-thumb")
        assert "If anyone is in danger, or it is happening now, call 911" in rule.get_text()
        assert rule.select_one("a")["href"] == "tel:911"
        finder_text = str(html.select_one(".finder"))
        assert finder_text.index("rule-of-thumb") < finder_text.index("data-finder-answer"), query


def test_an_emergency_answer_shows_no_other_number_among_its_situations(client, demo_site):
    _, _, html = finder_answer(client, "someone is breaking into my car")
    assert html.select_one("[data-finder-answer]").get_text(" ", strip=True).startswith("Call 911 now")
    assert html.select(".situations .situation")
    assert {a["href"] for a in html.select(".situations .situation__call a")} == {"tel:911"}


def test_an_unclear_description_gets_911_first_and_two_questions_that_settle_it(client, demo_site):
    kind, href, html = finder_answer(client, "xylophone tuning")
    assert (kind, href) == ("emergency", "tel:911")
    assert "No situation" not in html.get_text()
    # The other lines, each with when to use it.
    lines = html.select(".finder-lines li")
    assert [li.a["href"] for li in lines] == ["tel:311", "tel:+16123482345"]
    assert "already happened" in lines[0].get_text()
    questions = {a.find_parent("p").get_text(" ", strip=True).split("?")[0] for a in html.select(".finder-questions a")}
    assert questions == {"Is anyone hurt or in danger right now", "Is it still happening"}

    # Following the links, as a resident without JavaScript would.
    yes = html.select_one(".finder-questions a[href*='danger=yes']")["href"]
    answered = soup(client.get("/when-to-call/" + yes)).select_one("[data-finder-answer]")
    assert answered["data-finder-answer"] == "emergency"
    kind, _, html = finder_answer(client, "xylophone tuning", danger="no")
    assert kind == "emergency"  # still not sure: it asks whether it is still happening
    assert html.select_one(".finder-questions a[href*='now=no']")
    kind, href, _ = finder_answer(client, "xylophone tuning", danger="no", now="no")
    assert (kind, href) == ("non_emergency", "tel:311")
    kind, _, _ = finder_answer(client, "xylophone tuning", danger="no", now="yes")
    assert kind == "emergency"


def test_a_resident_saying_no_danger_cannot_override_a_danger_word(client, demo_site):
    kind, _, _ = finder_answer(client, "he has a gun", danger="no", now="no")
    assert kind == "emergency"


def test_an_ambiguous_description_asks_while_answering_911(client, demo_site):
    kind, _, html = finder_answer(client, "car break-in")
    assert kind == "emergency"
    assert html.select(".finder-questions a")


def test_the_finder_answer_is_available_as_json_without_the_query(client, demo_site):
    response = client.get("/when-to-call/", {"q": "Maria at 12 Elm St: my bike was stolen yesterday", "format": "json"})
    assert response["Content-Type"] == "application/json"
    assert "public" in response["Cache-Control"]
    data = response.json()
    assert data["answer"] == "non_emergency"
    assert data["call"] == "311"
    assert data["reason"]
    assert any("bike" in s["title"] for s in data["situations"])
    assert "Maria" not in response.content.decode() and "Elm" not in response.content.decode()
    assert client.get("/when-to-call/", {"q": "someone is choking", "format": "json"}).json()["answer"] == "emergency"


def test_finder_answers_carry_the_lines_details_from_the_settings(client, demo_site):
    numbers = ContactNumbers.objects.get(site=demo_site)
    _, _, html = finder_answer(client, "my bike was stolen yesterday")
    answer = html.select_one("[data-finder-answer]")
    assert numbers.non_emergency_hours.rstrip(".") in answer.get_text()
    assert answer.select_one(f"a[href='{numbers.non_emergency_online_report_url}']")
    _, _, html = finder_answer(client, "my brother says he wants to kill himself")
    answer = html.select_one("[data-finder-answer]")
    assert {"tel:988", "sms:988"} <= {a["href"] for a in answer.select("a")}
    assert answer.select_one("a[href='sms:911']")  # text-to-911 is on in the demo

    numbers.non_emergency_hours = numbers.non_emergency_online_report_url = ""
    numbers.text_to_911_enabled = False
    numbers.save()  # as an editor saves the setting: the pages showing it change at once
    _, _, html = finder_answer(client, "my bike was stolen yesterday")
    answer = html.select_one("[data-finder-answer]")
    assert "is open" not in answer.get_text()
    assert "online" not in answer.get_text()
    _, _, html = finder_answer(client, "someone is following me")
    assert not html.select("[data-finder-answer] a[href^='sms:']")


def test_an_answer_whose_line_is_blank_falls_back_to_911(client, demo_site):
    ContactNumbers.objects.filter(site=demo_site).update(outside_city_number="")
    kind, href, _ = finder_answer(client, "I'm in a suburb and need Minneapolis police")
    assert (kind, href) == ("emergency", "tel:911")


def test_the_finder_is_prepared_once_per_content_generation(client, demo_site, monkeypatch):
    from home import finder

    built = []

    class CountingIndex(finder.SituationIndex):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(finder, "SituationIndex", CountingIndex)
    for query in ["loud music", "smell of gas", "my bike was stolen"]:
        client.get("/when-to-call/", {"q": query})
    assert len(built) == 1
    guidance = GuidancePage.objects.get(locale__language_code="en")
    guidance.situations.create(
        title="A swarm of bees in the schoolyard", keywords="bees swarm", number="emergency", reason="Stings."
    )
    guidance.save_revision().publish()
    _, _, html = finder_answer(client, "bees swarm")
    assert len(built) == 2  # the publish moved the generation: prepared again, with the new situation
    assert "A swarm of bees in the schoolyard" in html.select_one(".situations").get_text()


def test_editors_can_add_emergency_words(client, demo_site):
    assert finder_answer(client, "frozen pipe burst in the basement")[0] == "emergency"  # unsure: 911 first
    assert soup(client.get("/when-to-call/", {"q": "frozen pipe burst in the basement"})).select(".finder-questions a")
    guidance = GuidancePage.objects.get(locale__language_code="en")
    guidance.extra_emergency_words = "frozen pipe, ice dam"
    guidance.save_revision().publish()
    kind, _, html = finder_answer(client, "frozen pipe burst in the basement")
    assert kind == "emergency"
    assert not html.select(".finder-questions a")  # now sure
    assert "Our staff treat this as an emergency" in html.select_one("[data-finder-answer]").get_text()


def test_situation_finder_lists_every_situation_without_a_query(client, demo_site):
    html = soup(client.get("/when-to-call/"))
    assert len(html.select(".situations .situation")) >= 40
    assert not html.select("[data-finder-answer]")


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
        "有人闯入我的车",
        "حريق في المطبخ",
        "\u202eesrever",
    ],
)
def test_situation_finder_survives_hostile_input(client, demo_site, query):
    response = client.get("/when-to-call/", {"q": query})
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content
    assert b"<img src=x" not in response.content
    assert b"\x00" not in response.content
    assert soup(response).select_one("[data-finder-answer]")["data-finder-answer"] in (
        "emergency",
        "non_emergency",
        "outside_city",
    )


def test_demo_content_is_idempotent_and_keeps_editor_changes(demo_site):
    about = StandardPage.objects.get(slug="about")
    about.title = "About us (edited)"
    about.save_revision().publish()
    numbers = ContactNumbers.for_site(demo_site)
    numbers.non_emergency_full_number = "(612) 555-0100"
    numbers.save()
    counts = (Page.objects.count(), GuidancePage.objects.get(locale__language_code="en").situations.count())

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    assert (Page.objects.count(), GuidancePage.objects.get(locale__language_code="en").situations.count()) == counts
    assert StandardPage.objects.get(slug="about").title == "About us (edited)"
    assert ContactNumbers.for_site(demo_site).non_emergency_full_number == "(612) 555-0100"
    # One home page per language, none added by the second run.
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == ["en", "es", "hmn", "so"]


def test_about_page_tells_the_seed_facts(client, demo_site):
    page_text = text(client.get("/about/"))
    for fact in [
        "about 80 men and women",
        "Over 1,000 police, fire and ambulance responses a day",
        "About 2,000 calls answered every day",
        "Hennepin County Ambulance Dispatch",
        "A Safe Place to Call Home",
    ]:
        assert fact in page_text
    # The undated 2013 answer-time claim is gone: answer times come from the monthly figures (issue 18).
    assert "10 seconds" not in page_text
