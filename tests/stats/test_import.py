"""Staff import months of figures from a CSV file: every row is checked, errors by line, a bad file changes nothing."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from stats.csv_import import COLUMNS, MAX_BYTES
from stats.models import MonthlyFigures
from tests.helpers import staff_member, text

pytestmark = pytest.mark.django_db

IMPORT = "/admin/snippets/stats/monthlyfigures/import/"
HEADER = ",".join(COLUMNS)


@pytest.fixture
def statistics_client(client, demo_site):
    MonthlyFigures.objects.all().delete()
    client.force_login(staff_member("stella", "Statistics"))
    return client


def upload(client, body, existing="reject"):
    file = SimpleUploadedFile("figures.csv", body.encode(), content_type="text/csv")
    return client.post(IMPORT, {"file": file, "existing": existing})


def snapshot():
    return list(MonthlyFigures.objects.order_by("month").values())


def test_a_good_file_adds_its_months(statistics_client):
    body = (
        f"{HEADER}\n"
        "2026-09,40100,18000,92.5,96,7.9,600,35,\n"
        '2026-10,"41,230",18877,93.4%,96.1,7.8,612,38,"phone system outage on the 12th, 2 hours"\n'
    )
    response = upload(statistics_client, body)
    assert response.status_code == 302
    october = MonthlyFigures.objects.get(month=datetime.date(2026, 10, 1))
    assert october.calls_911 == 41230
    assert october.pct_answered_15s == Decimal("93.4")
    assert october.note == "phone system outage on the 12th, 2 hours"
    assert not october.is_demo
    assert MonthlyFigures.objects.count() == 2
    listing = statistics_client.get(response["Location"])
    assert "Imported 2 new month(s)" in text(listing)


def test_bad_rows_are_reported_by_line_and_nothing_changes(statistics_client):
    upload(statistics_client, f"{HEADER}\n2026-01,1,1,90,95,7,1,1,\n")
    before = snapshot()
    body = (
        f"{HEADER}\n"
        "2026-02,40100,18000,92.5,96,7.9,600,35,fine\n"  # line 2: good, but not saved either
        "2026-13,40100,18000,92.5,96,7.9,600,35,\n"  # line 3: no such month
        "2026-04,-5,18000,101,96,7.9,600,35,\n"  # line 4: negative count, percent over 100
        "2026-05,40100,18000,97,96,7.9,600,35,\n"  # line 5: 15 s above 20 s
        "2026-06,40100,18000,92.5,96,7.95,lots,35,\n"  # line 6: two decimals, not a number
    )
    response = upload(statistics_client, body)
    assert response.status_code == 200
    errors = [" ".join(li.split()) for li in text(response).split("Line ")[1:]]
    page = text(response)
    assert "Nothing was imported" in page
    assert "Line 3: month “2026-13”" in page
    assert "Line 4: calls_911 “-5”" in page and "Line 4: pct_answered_15s 101 is not between 0 and 100" in page
    assert "Line 5: pct_answered_15s is more than pct_answered_20s" in page
    assert "Line 6: abandoned_calls “lots”" in page and "Line 6: average_answer_seconds “7.95”" in page
    assert not any(e.startswith("2:") for e in errors)
    assert snapshot() == before


def test_a_month_twice_in_the_file_is_refused(statistics_client):
    body = f"{HEADER}\n2026-03,1,1,90,95,7,1,1,\n2026-04,1,1,90,95,7,1,1,\n2026-03,2,2,91,96,7,1,1,\n"
    response = upload(statistics_client, body)
    assert "Line 4: 2026-03 is also on line 2" in text(response)
    assert MonthlyFigures.objects.count() == 0


def test_months_already_entered_are_rejected_or_updated_as_chosen(statistics_client):
    upload(statistics_client, f"{HEADER}\n2026-03,1,1,90,95,7,1,1,\n")
    body = f"{HEADER}\n2026-03,2,2,91,96,7,1,1,\n2026-04,3,3,92,97,7,1,1,\n"
    response = upload(statistics_client, body, existing="reject")
    assert "Line 2: 2026-03 is already entered" in text(response)
    assert list(MonthlyFigures.objects.values_list("calls_911", flat=True)) == [1]

    response = upload(statistics_client, body, existing="update")
    assert response.status_code == 302
    assert dict(MonthlyFigures.objects.values_list("month__month", "calls_911")) == {3: 2, 4: 3}
    assert "updated 1 month(s)" in text(statistics_client.get(response["Location"]))


def test_a_wrong_header_names_the_expected_columns(statistics_client):
    response = upload(statistics_client, "month,calls,pct\n2026-03,1,90\n")
    page = text(response)
    assert "Line 1: missing column(s)" in page and "unknown column(s) calls, pct" in page
    assert HEADER in page


def test_a_file_over_the_size_limit_is_refused(statistics_client):
    body = f"{HEADER}\n" + "x" * MAX_BYTES
    response = upload(statistics_client, body)
    assert response.status_code == 200
    assert "larger than" in text(response)


def test_the_template_csv_imports_as_it_is(statistics_client):
    response = statistics_client.get(IMPORT + "template.csv")
    assert response["Content-Disposition"] == 'attachment; filename="monthly-figures-template.csv"'
    assert response.content.decode().splitlines()[0] == HEADER
    assert upload(statistics_client, response.content.decode()).status_code == 302
    assert MonthlyFigures.objects.count() == 1
