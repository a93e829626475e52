"""The speaker form's tours and school classes, preferred language, access needs and calendar consent."""

import re

import pytest

from outreach.models import SpeakerRequest
from tests.outreach.support import submit, valid_data

pytestmark = pytest.mark.django_db


def error_for(response, field):
    match = re.search(rf'id="id_{field}-error">(.*?)</p>', response.content.decode(), re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).replace("Error:", "").strip() if match else None


def test_the_form_offers_tours_and_school_classes_and_the_consent_box_is_unticked(client, speaker_page):
    page = client.get("/request-a-speaker/").content.decode()
    assert "Tour of the 911 center" in page and "School class" in page
    consent = re.search(r'<input type="checkbox" name="publish_consent"[^>]*>', page).group(0)
    assert "checked" not in consent
    assert "You may list this event on the public calendar." in page
    for field in ("grade", "preferred_language", "access_needs"):
        assert f'name="{field}"' in page


def test_a_school_class_needs_its_grade(client, speaker_page):
    response = submit(client, valid_data(client, event_type="school_class", grade=""))
    assert response.status_code == 200
    assert error_for(response, "grade") == "Enter the grade of the class, for example 4th grade."
    assert 'href="#id_grade"' in response.content.decode()  # in the summary at the top, linked to the input
    assert not SpeakerRequest.objects.exists()
    assert submit(client, valid_data(client, event_type="school_class", grade="4th grade")).status_code == 302
    assert SpeakerRequest.objects.get().grade == "4th grade"


def test_a_tour_needs_its_group_size(client, speaker_page):
    response = submit(client, valid_data(client, event_type="tour", expected_attendance=""))
    assert error_for(response, "expected_attendance").startswith("Enter how many people will come on the tour")
    assert (
        submit(client, valid_data(client, event_type="tour", expected_attendance="12", address="")).status_code == 302
    )
    assert SpeakerRequest.objects.get().address == ""  # a tour is at the 911 center


def test_other_events_still_need_their_address(client, speaker_page):
    response = submit(client, valid_data(client, event_type="school_class", grade="2nd grade", address=""))
    assert error_for(response, "address") == "Enter where the event is."


def test_language_access_needs_and_consent_are_stored(client, speaker_page):
    data = valid_data(
        client, preferred_language="Somali", access_needs="Step-free access\nASL interpreter", publish_consent="on"
    )
    assert submit(client, data).status_code == 302
    stored = SpeakerRequest.objects.get()
    assert stored.preferred_language == "Somali" and stored.access_needs == "Step-free access\nASL interpreter"
    assert stored.publish_consent is True


def test_consent_is_not_given_unless_ticked(client, speaker_page):
    assert submit(client, valid_data(client)).status_code == 302
    assert SpeakerRequest.objects.get().publish_consent is False


def test_overlong_or_control_characters_get_a_message_not_an_error_page(client, speaker_page):
    response = submit(client, valid_data(client, preferred_language="x" * 51, access_needs="a\x00b"))
    assert response.status_code == 200
    assert error_for(response, "preferred_language") and error_for(response, "access_needs")
