"""No stale claim: every answer-time sentence on the site comes from the latest figures, with its month."""

import datetime
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone

from stats.models import AnswerTimesPage, MonthlyFigures
from tests.helpers import soup, staff_member, text
from tests.stats.support import replace_figures

pytestmark = pytest.mark.django_db

GUIDANCE = "/when-to-call/"


def sentence(response):
    found = soup(response).select_one(".answer-time")
    return " ".join(found.get_text().split()) if found else None


def test_the_guidance_page_states_the_latest_month_and_follows_a_change(client, demo_site):
    replace_figures(5)
    first = sentence(client.get(GUIDANCE))
    assert first.startswith("In October 2026, ")
    assert "The national standard is 90 %." in first
    assert "10 seconds" not in text(client.get(GUIDANCE))
    assert client.get(GUIDANCE)["X-Cache"] == "HIT"  # warm: served from the page cache

    # Staff enter November in the admin: the cached page and the memoized sentence both move on.
    client.force_login(staff_member("stella", "Statistics"))
    client.post(
        "/admin/snippets/stats/monthlyfigures/add/",
        {
            "month": "2026-11-01",
            "calls_911": "40000",
            "calls_non_emergency": "18000",
            "pct_answered_15s": "87.2",
            "pct_answered_20s": "93.9",
            "average_answer_seconds": "9.1",
            "abandoned_calls": "700",
            "text_sessions": "40",
        },
    )
    client.logout()
    assert sentence(client.get(GUIDANCE)).startswith(
        "In November 2026, 87.2 % of 911 calls were answered within 15 seconds."
    )
    link = soup(client.get(GUIDANCE)).select_one(".answer-time a")
    assert link["href"] == AnswerTimesPage.objects.get().url


def test_no_figures_means_no_sentence(client, demo_site):
    MonthlyFigures.objects.all().delete()
    response = client.get(GUIDANCE)
    assert response.status_code == 200
    assert sentence(response) is None
    assert "seconds" not in text(response)


def test_demo_figures_are_labelled_in_the_sentence(client, demo_site):
    assert "Illustrative demo figures" in sentence(client.get(GUIDANCE))


def test_demo_has_24_months_ending_last_month_and_loading_again_changes_nothing(client, demo_site):
    months = list(MonthlyFigures.objects.order_by("month"))
    assert len(months) == 24 and all(m.is_demo for m in months)
    today = timezone.localdate()
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    assert months[-1].month == last_month
    assert all(m.pct_answered_15s <= m.pct_answered_20s <= Decimal(100) for m in months)
    before = list(MonthlyFigures.objects.order_by("month").values())
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert list(MonthlyFigures.objects.order_by("month").values()) == before
    assert AnswerTimesPage.objects.count() == 1
    home_links = [a["href"] for a in soup(client.get("/")).select("main a")]
    assert "/how-fast-we-answer/" in home_links
