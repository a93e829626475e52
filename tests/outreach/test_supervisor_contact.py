"""The speaker page names a real way to reach the outreach supervisor, from Settings → Outreach."""

import pytest

from outreach.models import OutreachSettings
from tests.helpers import soup
from tests.outreach.support import future_date, submit, valid_data

pytestmark = pytest.mark.django_db


def set_outreach(site, **fields):
    OutreachSettings.objects.update_or_create(site=site, defaults=fields)


def supervisor_line(response):
    return " ".join(soup(response).select_one(".supervisor-contact").get_text().split())


def too_soon_error(client):
    response = submit(client, valid_data(client, event_date=future_date(3).isoformat()))
    assert response.status_code == 200
    error = soup(response).select_one("#id_event_date-error")
    return " ".join(error.get_text().split())


def test_page_names_the_supervisor_and_their_address_from_the_setting(client, speaker_page, demo_site):
    set_outreach(demo_site, supervisor_name="Supervisor Ana Ruiz", public_email="outreach@911.example.gov")
    response = client.get("/request-a-speaker/")
    assert supervisor_line(response) == (
        "Questions, or an event less than 7 days away? E-mail Supervisor Ana Ruiz at outreach@911.example.gov."
    )
    assert soup(response).select_one(".supervisor-contact a")["href"] == "mailto:outreach@911.example.gov"
    # Not typed into the page: the demo intro names nobody.
    assert "Maryam" not in " ".join(p.get_text() for p in soup(response).select(".prose"))


def test_demo_setting_names_the_seed_supervisor_and_falls_back_to_311(client, speaker_page):
    response = client.get("/request-a-speaker/")
    assert supervisor_line(response) == (
        "Questions, or an event less than 7 days away? "
        "Call 311 and ask for your message to be passed to 911 Supervisor Maryam Williams."
    )
    assert soup(response).select_one(".supervisor-contact a")["href"] == "tel:311"


@pytest.mark.parametrize(
    ("fields", "how"),
    [
        (
            {"supervisor_name": "Supervisor Ana Ruiz", "public_email": "outreach@911.example.gov"},
            "e-mail Supervisor Ana Ruiz at outreach@911.example.gov.",
        ),
        (
            {"supervisor_name": "", "public_email": "outreach@911.example.gov", "public_phone": "(612) 555-0150"},
            "e-mail the outreach supervisor at outreach@911.example.gov or call (612) 555-0150.",
        ),
        ({"supervisor_name": "Ana Ruiz", "public_phone": "(612) 555-0150"}, "call Ana Ruiz on (612) 555-0150."),
        ({"supervisor_name": "Ana Ruiz"}, "call 311 and ask for your message to be passed to Ana Ruiz."),
    ],
)
def test_less_than_7_days_away_error_gives_a_way_to_reach_the_supervisor(client, speaker_page, demo_site, fields, how):
    set_outreach(demo_site, **{"public_email": "", "public_phone": "", **fields})
    error = too_soon_error(client)
    assert error.startswith("Error: Staff need at least 7 days to plan a visit.")
    assert error.endswith(f"or for a sooner event {how}")


def test_phone_line_on_the_page_is_a_working_tel_link(client, speaker_page, demo_site):
    set_outreach(demo_site, supervisor_name="Ana Ruiz", public_phone="(612) 555-0150")
    assert soup(client.get("/request-a-speaker/")).select_one(".supervisor-contact a")["href"] == "tel:+16125550150"


def test_a_name_with_markup_is_plain_text_in_the_error(client, speaker_page, demo_site):
    set_outreach(demo_site, supervisor_name="O'Brien <b>", public_email="ob@911.example.gov")
    assert "e-mail O'Brien <b> at ob@911.example.gov." in too_soon_error(client)
