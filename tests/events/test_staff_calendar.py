"""The private staff calendar feed: secret address per staff member, revocable, never cached, minimal data."""

import re

import icalendar
import pytest
from django.contrib.auth import get_user_model

from events.models import StaffCalendarToken
from tests.helpers import staff_member
from tests.outreach.support import make_request

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]
ADMIN = "/admin/staff-calendar/"


@pytest.fixture
def olive(demo_site):
    return staff_member("olive", "Outreach")


@pytest.fixture
def scheduled(olive):
    return make_request(
        status="scheduled", assigned_to=olive, phone="612-555-0100", access_needs="Wheelchair", topics="Secret topic"
    )


def feed_url(token):
    return f"/staff-calendar/{token}.ics"


def test_the_feed_lists_scheduled_visits_with_only_what_a_calendar_needs(client, olive, scheduled, settings):
    settings.PAGE_CACHE_ENABLED = True
    make_request(name="Still new", status="new")
    _, token = StaffCalendarToken.issue(olive)
    response = client.get(feed_url(token))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    cal = icalendar.Calendar.from_ical(response.content)
    (event,) = cal.walk("VEVENT")
    assert scheduled.reference in event["SUMMARY"] and "olive" in event["SUMMARY"]
    assert event["DTSTART"].params["TZID"] == "America/Chicago"
    assert event["LOCATION"] == scheduled.address
    assert event["URL"].endswith(f"/inspect/{scheduled.pk}/")
    raw = response.content.decode()
    for private in ("Ana Lopez", "ana@example.org", "612-555-0100", "Wheelchair", "Secret topic"):
        assert private not in raw


def test_a_wrong_token_is_not_found(client, olive, scheduled):
    StaffCalendarToken.issue(olive)
    assert client.get(feed_url("not-the-token")).status_code == 404
    assert client.get(feed_url("")).status_code == 404


def test_never_stored_by_the_page_cache_and_revoking_works_at_once(client, olive, scheduled, settings):
    settings.PAGE_CACHE_ENABLED = True
    record, token = StaffCalendarToken.issue(olive)
    first = client.get(feed_url(token))
    second = client.get(feed_url(token))
    assert first.status_code == second.status_code == 200
    assert "X-Cache" not in first and "X-Cache" not in second  # neither served from nor stored in the page cache
    record.revoke()
    assert client.get(feed_url(token)).status_code == 404


def test_the_address_stops_working_when_its_owner_leaves_outreach_or_is_deactivated(client, olive, scheduled):
    _, token = StaffCalendarToken.issue(olive)
    olive.groups.clear()
    olive = get_user_model().objects.get(pk=olive.pk)  # no cached permissions
    assert client.get(feed_url(token)).status_code == 404
    other = staff_member("otto", "Outreach")
    _, token = StaffCalendarToken.issue(other)
    other.is_active = False
    other.save()
    assert client.get(feed_url(token)).status_code == 404


def test_only_a_hash_of_the_token_is_stored(olive):
    record, token = StaffCalendarToken.issue(olive)
    assert token not in record.token_hash and len(token) >= 43


def test_a_staff_member_makes_and_revokes_their_own_address_in_the_admin(client, olive, scheduled):
    client.force_login(olive)
    response = client.post(ADMIN)
    url = re.search(r"<code>(http://[^<]+)</code>", response.content.decode()).group(1)
    path = url.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    record = StaffCalendarToken.objects.get(user=olive)
    client.post(f"{ADMIN}revoke/{record.pk}/")
    assert client.get(path).status_code == 404


def test_staff_cannot_revoke_each_others_addresses_but_administrators_can(client, olive, admin_client):
    other, token = StaffCalendarToken.issue(staff_member("otto", "Outreach"))
    client.force_login(olive)
    assert client.post(f"{ADMIN}revoke/{other.pk}/").status_code == 404
    assert "otto" not in client.get(ADMIN).content.decode()
    other.refresh_from_db()
    assert other.revoked_at is None
    admin_client.post(f"{ADMIN}revoke/{other.pk}/")
    other.refresh_from_db()
    assert other.revoked_at is not None
    response = admin_client.post(ADMIN, {"user": olive.pk})
    assert "<code>http://" in response.content.decode()
    assert StaffCalendarToken.objects.filter(user=olive).count() == 1


def test_editors_outside_outreach_get_no_address(client, demo_site):
    client.force_login(staff_member("eddie", "Editors"))
    response = client.post(ADMIN)
    assert response.status_code in (302, 403)
    assert not StaffCalendarToken.objects.exists()
