"""Every way to reach help is content (Settings → Contact numbers): text-to-911, TTY and relay, interpreters,
988, 311's hours and online reports; "When in doubt, call 911" beside the numbers."""

import pytest
from django.core.management import call_command

from site911.contact import ContactNumbers
from tests.helpers import soup, text
from tests.public_pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

# The pages where a resident decides which number to use.
DECIDING_PAGES = ["/", "/when-to-call/"]


def links(response, scheme):
    """{href: visible text} of every link with this scheme (tel:, sms:) on the page."""
    return {a["href"]: " ".join(a.get_text().split()) for a in soup(response).select(f"a[href^='{scheme}']")}


def update_setting(site, **fields):
    """As the admin saves it: one save(), which clears the page cache."""
    numbers = ContactNumbers.for_site(site)
    for name, value in fields.items():
        setattr(numbers, name, value)
    numbers.save()


def warm(client, urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url


@pytest.mark.parametrize("url", DECIDING_PAGES)
def test_demo_pages_show_every_contact_line(client, demo_site, url):
    response = client.get(url)
    page_text = text(response)
    assert links(response, "sms:")["sms:911"] == "Text 911"
    assert "Can't talk safely? Text 911" in page_text
    assert "send your address and what is happening; no photos or group texts" in page_text
    assert "press any key" in page_text
    assert "Deaf, hard of hearing or speech disabled" in page_text
    assert "Say the language you speak, in English: an interpreter will join the call." in page_text
    assert links(response, "tel:")["tel:988"] == "call 988"
    assert links(response, "sms:")["sms:988"] == "text 988"
    assert "988 Suicide & Crisis Lifeline" in page_text
    assert "311 is open Monday–Friday 7 a.m.–7 p.m., Saturday–Sunday 8 a.m.–4:30 p.m." in page_text
    online = soup(response).find("a", string="Report to 311 online")
    assert online["href"] == "https://www.minneapolismn.gov/government/departments/311/"


@pytest.mark.parametrize("url", DECIDING_PAGES)
def test_when_in_doubt_call_911_is_next_to_the_numbers(client, demo_site, url):
    numbers = soup(client.get(url)).select_one("main .numbers")
    in_doubt = numbers.select_one(".in-doubt")
    assert " ".join(in_doubt.get_text().split()) == "When in doubt, call 911."
    assert in_doubt.a["href"] == "tel:911"
    # Right after the list of numbers, before anything else.
    assert in_doubt.find_previous_sibling() == numbers.select_one(".number-list")


def test_guidance_page_offers_texting_as_a_call_option(client, demo_site):
    options = soup(client.get("/when-to-call/")).select(".call-options .call-option")
    texting = options[-1]
    assert texting.h3.a["href"] == "sms:911"
    assert " ".join(texting.h3.get_text().split()) == "Can't talk safely? Text 911"


@pytest.mark.parametrize(
    ("field", "value", "shows"),
    [
        ("text_to_911_instruction", "Send your location first.", "Send your location first."),
        ("tty_guidance", "TTY callers: tap the space bar.", "TTY callers: tap the space bar."),
        ("interpreter_guidance", "Say “Somali” and wait.", "Say “Somali” and wait."),
        ("non_emergency_hours", "every day 6 a.m.–10 p.m.", "311 is open every day 6 a.m.–10 p.m."),
        ("non_emergency_online_report_url", "https://311.example.gov/report", 'href="https://311.example.gov/report"'),
        ("crisis_label", "Crisis line", "Crisis line:"),
        ("crisis_number", "(612) 555-0188", 'href="tel:+16125550188"'),
        ("crisis_text_number", "741741", 'href="sms:741741"'),
        ("crisis_when", "Someone to talk to, day and night.", "Someone to talk to, day and night."),
    ],
)
def test_every_new_field_changes_every_page_that_shows_it(client, demo_site, field, value, shows):
    warm(client, DECIDING_PAGES)
    update_setting(demo_site, **{field: value})
    for url in DECIDING_PAGES:
        response = client.get(url)
        assert response["X-Cache"] == "MISS", url  # the save cleared the page cache
        assert shows in (response.content.decode() if shows.startswith("href") else text(response)), url


def test_switching_text_to_911_off_removes_everything_about_texting_911(client, demo_site):
    warm(client, DECIDING_PAGES)
    update_setting(demo_site, text_to_911_enabled=False)
    for url in PUBLIC_PAGES.values():
        response = client.get(url)
        assert "sms:911" not in links(response, "sms:"), url
        page_text = text(response).lower()
        assert "text 911" not in page_text, url
        assert "can't talk safely" not in page_text, url
        assert "group texts" not in page_text, url
    # The TTY guidance stays: it is about calling.
    assert "press any key" in text(client.get("/when-to-call/"))


def test_texting_follows_the_emergency_number(client, demo_site):
    update_setting(demo_site, emergency_number="112")
    response = client.get("/")
    assert "sms:112" in links(response, "sms:")
    assert "sms:911" not in links(response, "sms:")


def test_blank_fields_hide_their_lines_and_never_leave_an_empty_link(client, demo_site):
    update_setting(
        demo_site,
        tty_guidance="",
        interpreter_guidance="",
        non_emergency_hours="",
        non_emergency_online_report_url="",
        crisis_number="",
        crisis_text_number="",
        text_to_911_enabled=False,
    )
    for url in DECIDING_PAGES:
        response = client.get(url)
        page_text = text(response)
        for gone in ["TTY", "interpreter", "is open", "Report to 311 online", "988", "More ways to get help"]:
            assert gone not in page_text, (url, gone)
    update_setting(demo_site, crisis_text_number="988")
    response = client.get("/")
    assert links(response, "sms:") == {"sms:988": "text 988"}
    assert "tel:988" not in links(response, "tel:")


@pytest.mark.parametrize("url", list(PUBLIC_PAGES.values()))
def test_no_phone_or_text_link_is_ever_empty(client, demo_site, url):
    update_setting(demo_site, crisis_number="", crisis_text_number="", non_emergency_full_number="")
    response = client.get(url)
    for href in [*links(response, "tel:"), *links(response, "sms:")]:
        number = href.split(":", 1)[1]
        assert number.lstrip("+").isdigit(), (url, href)


def test_demo_loader_fills_a_new_site_and_keeps_an_editors_changes(demo_site):
    numbers = ContactNumbers.for_site(demo_site)
    assert numbers.text_to_911_enabled
    assert numbers.non_emergency_hours.startswith("Monday–Friday 7 a.m.–7 p.m.")
    update_setting(demo_site, text_to_911_enabled=False, non_emergency_hours="", crisis_when="Edited.")

    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    numbers = ContactNumbers.for_site(demo_site)
    assert (numbers.text_to_911_enabled, numbers.non_emergency_hours, numbers.crisis_when) == (False, "", "Edited.")
