"""Only the Statistics group edits or imports figures; other staff may look at them."""

import datetime

import pytest

from stats.models import MonthlyFigures
from tests.helpers import staff_member, text

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/stats/monthlyfigures/"
FORM = {
    "month": "2026-10-01",
    "calls_911": "41230",
    "calls_non_emergency": "18877",
    "pct_answered_15s": "93.4",
    "pct_answered_20s": "96.1",
    "average_answer_seconds": "7.8",
    "abandoned_calls": "612",
    "text_sessions": "38",
    "note": "",
}


def refused(response):
    """Wagtail's answer to a permission it does not grant: back to the dashboard (or 403 for our own views)."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


@pytest.fixture
def october(demo_site):
    MonthlyFigures.objects.filter(month=datetime.date(2026, 10, 1)).delete()
    return MonthlyFigures.objects.create(
        month=datetime.date(2026, 10, 1),
        calls_911=1,
        calls_non_emergency=1,
        pct_answered_15s=90,
        pct_answered_20s=95,
        average_answer_seconds=7,
        abandoned_calls=1,
        text_sessions=1,
    )


def test_the_statistics_group_adds_edits_and_imports_figures(client, october):
    client.force_login(staff_member("stella", "Statistics"))
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert "Import CSV" in text(listing)
    assert client.get(LIST + "import/").status_code == 200
    response = client.post(f"{LIST}edit/{october.pk}/", FORM)
    assert response.status_code == 302, text(response)
    october.refresh_from_db()
    assert october.calls_911 == 41230
    response = client.post(f"{LIST}add/", {**FORM, "month": "2026-11-01"})
    assert response.status_code == 302
    assert MonthlyFigures.objects.filter(month=datetime.date(2026, 11, 1)).exists()


def test_the_form_refuses_15_second_figures_above_20_second_ones(client, october):
    client.force_login(staff_member("stella", "Statistics"))
    response = client.post(f"{LIST}edit/{october.pk}/", {**FORM, "pct_answered_15s": "97"})
    assert response.status_code == 200
    assert "Cannot be more than the percentage answered within 20 seconds" in text(response)


@pytest.mark.parametrize("group", ["Editors", "Moderators", "Outreach"])
def test_other_staff_see_figures_but_cannot_change_them(client, october, group):
    client.force_login(staff_member("sam", group))
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert "October 2026" in text(listing)
    assert "Import CSV" not in text(listing)
    assert refused(client.get(LIST + "import/"))
    assert refused(client.post(LIST + "import/", {"existing": "update"}))
    assert refused(client.get(LIST + "import/template.csv"))
    client.post(f"{LIST}edit/{october.pk}/", FORM)
    assert refused(client.post(f"{LIST}add/", {**FORM, "month": "2026-11-01"}))
    assert refused(client.post(f"{LIST}delete/{october.pk}/"))
    october.refresh_from_db()
    assert october.calls_911 == 1
    assert MonthlyFigures.objects.filter(pk=october.pk).exists()
    assert not MonthlyFigures.objects.filter(month=datetime.date(2026, 11, 1)).exists()


def test_the_admin_listing_labels_demo_figures(client, demo_site):
    client.force_login(staff_member("stella", "Statistics"))
    listing = text(client.get(LIST))
    assert "Illustrative demo figures" in listing
