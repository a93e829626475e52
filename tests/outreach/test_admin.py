"""Staff side: speaker requests in the Wagtail admin, permissions, CSV export, retention, demo content, settings."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from outreach.admin_views import neutralise_formula
from outreach.models import EmailDelivery, SpeakerRequest, SpeakerRequestPage, parse_reference
from site911.env import env_rate, parse_rate
from tests.helpers import staff_member
from tests.outreach.support import make_request

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/outreach/speakerrequest/"


def refused(response):
    """Wagtail's answer to a permission it does not grant: back to the dashboard with a message."""
    return response.status_code == 302 and response["Location"] == "/admin/"


@pytest.fixture
def outreach_client(client, demo_site):
    client.force_login(staff_member("olive", "Outreach"))
    return client


def test_the_outreach_group_sees_requests_and_other_editors_do_not(client, demo_site):
    request = make_request()
    client.force_login(staff_member("eddie", "Editors"))
    assert refused(client.get(LIST))
    assert refused(client.get(f"{LIST}inspect/{request.pk}/"))
    assert refused(client.get(f"{LIST}?export=csv"))
    menu = client.get("/admin/").content.decode()
    assert "Speaker requests" not in menu

    client.force_login(staff_member("olive", "Outreach"))
    assert "Speaker requests" in client.get("/admin/").content.decode()
    listing = client.get(LIST)
    assert listing.status_code == 200
    assert request.reference in listing.content.decode()


def test_nobody_adds_requests_in_the_admin(outreach_client, admin_client):
    assert refused(outreach_client.get(f"{LIST}add/"))
    assert refused(admin_client.get(f"{LIST}add/"))


def test_detail_page_shows_everything_and_escapes_markup(outreach_client):
    script = "<script>alert(1)</script>"
    request = make_request(name=f"Ana {script}", topics=f"Topics {script}", phone="612-555-0100")
    EmailDelivery.objects.filter(kind="requester").update(state="retrying", attempts=2, last_error=f"SMTP {script}")
    body = outreach_client.get(f"{LIST}inspect/{request.pk}/").content.decode()
    assert request.reference in body
    assert "612-555-0100" in body and "Powderhorn Block Club" in body
    assert script not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "Confirmation to the requester: Retrying" in body
    assert "To the supervisor: Queued" in body
    assert "Resend" in body


def test_staff_change_the_status(outreach_client):
    request = make_request()
    edit = outreach_client.get(f"{LIST}edit/{request.pk}/")
    assert edit.status_code == 200
    assert request.reference in edit.content.decode()
    response = outreach_client.post(
        f"{LIST}edit/{request.pk}/", {"status": "completed", "staff_notes": "Officer Lee, 6 pm"}
    )  # Scheduled and Declined go through Decide, which e-mails the requester (tests/outreach/test_decisions.py)
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "completed" and request.staff_notes == "Officer Lee, 6 pm"
    assert request.name == "Ana Lopez"  # the requester's details are not editable


def test_filters_and_search(outreach_client):
    soon = make_request(organization="Soon Club", name="Sam")
    later = make_request(
        organization="Later Club",
        name="Lee",
        status="scheduled",
        event_date=timezone.localdate() + datetime.timedelta(days=200),
    )
    body = outreach_client.get(LIST, {"status": "scheduled"}).content.decode()
    assert "Later Club" in body and "Soon Club" not in body
    cutoff = (timezone.localdate() + datetime.timedelta(days=100)).isoformat()
    body = outreach_client.get(LIST, {"event_date__lte": cutoff}).content.decode()
    assert "Soon Club" in body and "Later Club" not in body
    body = outreach_client.get(LIST, {"q": "later"}).content.decode()
    assert "Later Club" in body and "Soon Club" not in body
    body = outreach_client.get(LIST, {"q": soon.reference}).content.decode()
    assert "Soon Club" in body and "Later Club" not in body
    assert later.reference
    assert outreach_client.get(LIST, {"q": "a\x00b"}).status_code == 200


def test_csv_export_neutralises_spreadsheet_formulas(outreach_client):
    make_request(
        name='=HYPERLINK("http://evil.example","x")',
        organization="+1 Club",
        address="-2 Main",
        topics="@SUM(A1)",
        phone="\t612",
        staff_notes="\rnote",
    )
    response = outreach_client.get(LIST, {"export": "csv"})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert len(rows) == 1
    row = rows[0]
    assert row["Reference"].startswith("SR-")
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    assert row["Name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["Group or organization"] == "'+1 Club"


def test_csv_export_opened_with_semicolon_separators_has_no_formula_cell(outreach_client):
    make_request(organization='Org;=HYPERLINK("http://evil.example")', address=" =1+1", topics="\uff1d1+1")
    content = b"".join(outreach_client.get(LIST, {"export": "csv"}).streaming_content).decode()
    for delimiter in (",", ";"):  # what a spreadsheet in the US, and in much of Europe, splits on
        for row in csv.reader(io.StringIO(content), delimiter=delimiter):
            for cell in row:
                assert not cell.lstrip(' "').startswith(("=", "+", "@", "\uff1d")), (delimiter, cell)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("ok", "ok"),
        # From the review: leading space, full-width equals sign, a formula after a ";" separator.
        (" =1+1", "' =1+1"),
        ("\uff1d1+1", "'\uff1d1+1"),
        ("\uff0bA1", "'\uff0bA1"),
        ("Org;=1+1", "Org;'=1+1"),
        ("Org, +1", "Org,' +1"),
        ("612-555-0100", "612-555-0100"),
        ("Lopez, Ana", "Lopez, Ana"),
    ],
)
def test_neutralise_formula(value, expected):
    assert neutralise_formula(value) == expected
    assert neutralise_formula(42) == 42


def test_resend_from_the_admin_queues_the_message_again(outreach_client):
    request = make_request()
    EmailDelivery.objects.update(state="failed")
    response = outreach_client.post(f"{LIST}resend/{request.pk}/supervisor/")
    assert response.status_code == 302
    supervisor = EmailDelivery.objects.get(kind="supervisor")
    assert supervisor.state == "queued" and supervisor.generation == 2
    assert EmailDelivery.objects.get(kind="requester").state == "failed"
    assert DBTaskResult.objects.filter(backend_name="email").count() == 1
    assert outreach_client.get(f"{LIST}resend/{request.pk}/supervisor/").status_code == 405


def test_resend_needs_change_permission(client, demo_site):
    request = make_request()
    client.force_login(staff_member("eddie", "Editors"))
    response = client.post(f"{LIST}resend/{request.pk}/supervisor/")
    assert refused(response)
    assert EmailDelivery.objects.get(kind="supervisor").generation == 1


def test_outreach_group_can_set_the_supervisor_address(outreach_client, demo_site):
    response = outreach_client.get(f"/admin/settings/outreach/outreachsettings/{demo_site.pk}/")
    assert response.status_code == 200


# --- retention


def test_retention_command_deletes_requests_a_year_after_their_event(settings):
    settings.OUTREACH_RETENTION_DAYS = 365
    today = timezone.localdate()
    old = make_request(name="old", event_date=today - datetime.timedelta(days=366))
    recent = make_request(name="recent", event_date=today - datetime.timedelta(days=300))
    upcoming = make_request(name="upcoming")
    out = io.StringIO()
    call_command("delete_old_speaker_requests", "--dry-run", stdout=out)
    assert "1 speaker request" in out.getvalue()
    assert SpeakerRequest.objects.count() == 3
    call_command("delete_old_speaker_requests", stdout=out)
    assert set(SpeakerRequest.objects.values_list("pk", flat=True)) == {recent.pk, upcoming.pk}
    assert not EmailDelivery.objects.filter(request_id=old.pk).exists()
    call_command("delete_old_speaker_requests", "--days", "30", stdout=out)
    assert list(SpeakerRequest.objects.values_list("pk", flat=True)) == [upcoming.pk]


# --- demo content


def test_demo_content_is_idempotent_and_keeps_editor_changes(demo_site):
    page = SpeakerRequestPage.objects.get(slug="request-a-speaker")
    assert page.live and page.show_in_menus
    assert "outreach supervisor" in page.intro
    page.intro = "<p>Edited by staff</p>"
    page.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert SpeakerRequestPage.objects.filter(locale__language_code="en").count() == 1
    assert SpeakerRequestPage.objects.get(locale__language_code="en").intro == "<p>Edited by staff</p>"
    from outreach.models import OutreachSettings

    assert not OutreachSettings.objects.exclude(supervisor_email="").exists()  # blank: the environment applies
    home = demo_site.root_page.specific
    assert any(block.value["page"].pk == page.pk for block in home.links)


# --- small pieces


@pytest.mark.parametrize(
    "value, expected", [("5/h", (5, 3600)), ("10/m", (10, 60)), ("1/s", (1, 1)), (" 2/D ", (2, 86400))]
)
def test_parse_rate(value, expected):
    assert parse_rate(value) == expected


@pytest.mark.parametrize("value", ["5", "5/w", "x/h", "0/h", "-1/h", "/h", ""])
def test_bad_rates_are_refused(value):
    with pytest.raises(ImproperlyConfigured):
        parse_rate(value)


def test_env_rate(monkeypatch):
    monkeypatch.delenv("OUTREACH_RATE_LIMIT", raising=False)
    assert env_rate("OUTREACH_RATE_LIMIT", "5/h") == "5/h"
    monkeypatch.setenv("OUTREACH_RATE_LIMIT", "20/d")
    assert env_rate("OUTREACH_RATE_LIMIT", "5/h") == "20/d"
    monkeypatch.setenv("OUTREACH_RATE_LIMIT", "lots")
    with pytest.raises(ImproperlyConfigured, match="OUTREACH_RATE_LIMIT"):
        env_rate("OUTREACH_RATE_LIMIT", "5/h")


@pytest.mark.parametrize(
    "num_proxies, forwarded, expected",
    [
        (0, "203.0.113.5", "10.0.0.1"),
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "198.51.100.1, 203.0.113.5", "203.0.113.5"),
        (2, "198.51.100.1, 203.0.113.5", "198.51.100.1"),
        (3, "198.51.100.1, 203.0.113.5", "198.51.100.1"),
        (1, "", "10.0.0.1"),
        (1, "not-an-ip", "10.0.0.1"),
    ],
)
def test_client_ip(rf, settings, num_proxies, forwarded, expected):
    from outreach.spam import client_ip

    settings.NUM_PROXIES = num_proxies
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


@pytest.mark.parametrize("text, pk", [("SR-000042", 42), ("sr42", 42), ("42", 42), ("Lopez", None), ("SR-", None)])
def test_parse_reference(text, pk):
    assert parse_reference(text) == pk
