"""The public speaker-request form: what a visitor sees and what gets stored."""

import datetime
import re
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from outreach.models import EmailDelivery, SpeakerRequest
from tests.helpers import free_port
from tests.outreach.support import future_date, old_token, submit, valid_data

pytestmark = pytest.mark.django_db

REQUIRED = ["name", "email", "organization", "event_type", "event_date", "start_time", "address"]
TEXT_FIELDS = ["name", "email", "phone", "organization", "address", "topics"]


def nothing_saved():
    return not (SpeakerRequest.objects.exists() or EmailDelivery.objects.exists() or DBTaskResult.objects.exists())


def text(response):
    return response.content.decode()


def error_summary(response):
    match = re.search(r'<div class="error-summary".*?</div>', text(response), re.S)
    return match.group(0) if match else ""


# --- the page


def test_page_says_it_is_not_for_emergencies_with_numbers_from_the_setting(client, speaker_page):
    from site911.contact import ContactNumbers

    numbers = ContactNumbers.objects.get()
    numbers.non_emergency_number = "312"
    numbers.save()
    body = text(client.get("/request-a-speaker/"))
    notice = re.search(r'<div class="notice notice--emergency">.*?</div>', body, re.S).group(0)
    assert "This form is not for emergencies" in notice
    assert 'href="tel:911"' in notice
    assert 'href="tel:312"' in notice  # the setting, not a literal
    assert body.index("not for emergencies") < body.index("<form")
    assert "Maryam Williams" in body  # the supervisor named in Settings → Outreach, from the seed


def test_page_is_never_stored_by_a_shared_cache(client, speaker_page):
    response = client.get("/request-a-speaker/")
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_every_field_has_a_label_and_autocomplete_where_it_applies(client, speaker_page):
    body = text(client.get("/request-a-speaker/"))
    for name in ["name", "email", "phone", "organization", "event_date", "start_time", "address", "topics"]:
        assert f'<label for="id_{name}">' in body, name
    assert "<legend>Type of event</legend>" in body
    for name, value in [("name", "name"), ("email", "email"), ("phone", "tel"), ("organization", "organization")]:
        assert re.search(rf'<input[^>]*name="{name}"[^>]*autocomplete="{value}"', body) or re.search(
            rf'<input[^>]*autocomplete="{value}"[^>]*name="{name}"', body
        ), name
    assert 'aria-describedby="id_event_date-hint"' in body
    assert "<script" not in body  # works without JavaScript, nothing external
    assert "google" not in body.lower()  # no reCAPTCHA without keys


def test_the_page_is_in_the_menu_and_linked_from_home(client, speaker_page):
    body = text(client.get("/"))
    assert body.count('href="/request-a-speaker/"') >= 2  # menu and home links


# --- a good request


def test_a_request_is_saved_with_its_emails_queued_and_the_visitor_sees_the_reference(client, speaker_page):
    response = submit(client, valid_data(client))
    assert response.status_code == 302
    confirmation = client.get(response["Location"])
    request = SpeakerRequest.objects.get()
    assert request.reference == f"SR-{request.pk:06d}"
    assert re.fullmatch(r"SR-\d{6}", request.reference)
    body = text(confirmation)
    assert request.reference in body
    assert "What happens next" in body
    assert "ana@example.org" in body
    assert "no-store" in confirmation["Cache-Control"]
    assert request.name == "Ana Lopez"
    assert request.organization == "Powderhorn Block Club"
    assert request.event_type == "block_party"
    assert request.event_date == future_date(30)
    assert request.start_time == datetime.time(18, 30)
    assert request.expected_attendance == 60
    assert request.topics == "When to call 911 or 311.\nWhat happens when you call."
    assert request.status == SpeakerRequest.Status.NEW
    states = sorted(request.deliveries.values_list("kind", "state"))
    assert states == [("requester", "queued"), ("supervisor", "queued")]
    tasks = DBTaskResult.objects.all()
    assert tasks.count() == 2
    assert {t.backend_name for t in tasks} == {"email"}


def test_optional_fields_can_be_left_out(client, speaker_page):
    data = valid_data(client, phone="", expected_attendance="", topics="")
    assert submit(client, data).status_code == 302
    request = SpeakerRequest.objects.get()
    assert request.phone == "" and request.expected_attendance is None and request.topics == ""


def test_us_style_date_and_12_hour_time_are_understood(client, speaker_page):
    date = future_date(20)
    data = valid_data(client, event_date=date.strftime("%m/%d/%Y"), start_time="6:30 PM")
    assert submit(client, data).status_code == 302
    request = SpeakerRequest.objects.get()
    assert (request.event_date, request.start_time) == (date, datetime.time(18, 30))


def test_the_same_form_sent_twice_makes_one_request_and_one_set_of_emails(client, speaker_page):
    data = valid_data(client)
    first = submit(client, data)
    second = submit(client, data)  # double click, or back and resend
    assert SpeakerRequest.objects.count() == 1
    assert DBTaskResult.objects.count() == 2
    reference = SpeakerRequest.objects.get().reference
    again = text(client.get(second["Location"]))
    assert reference in again
    assert "already sent this form" in again
    assert "already sent" not in text(client.get(first["Location"]))


def test_the_same_details_sent_from_a_fresh_form_make_one_request(client, speaker_page):
    """The back button can bring a fresh copy of the form, with the browser filling in the answers again."""
    first = submit(client, valid_data(client))
    second = submit(client, valid_data(client, name=" ana  LOPEZ "))
    assert first["Location"] != second["Location"]
    assert SpeakerRequest.objects.count() == 1
    assert DBTaskResult.objects.count() == 2
    assert "already sent this form" in text(client.get(second["Location"]))


def test_two_forms_make_two_requests(client, speaker_page):
    submit(client, valid_data(client))
    submit(client, valid_data(client, name="Ben Ng"))
    assert SpeakerRequest.objects.count() == 2


def test_confirmation_cannot_be_guessed_or_tampered_with(client, speaker_page):
    response = submit(client, valid_data(client))
    token = response["Location"].split("confirmation=")[1]
    for bad in ["1", "", token[:-2] + "xx", token.replace(token[2], "A" if token[2] != "A" else "B", 1)]:
        page = client.get("/request-a-speaker/", {"confirmation": bad})
        assert page.status_code == 404
        assert "not valid any more" in text(page)
        assert "ana@example.org" not in text(page)


def test_confirmation_link_expires_after_a_day(client, speaker_page):
    response = submit(client, valid_data(client))
    later = datetime.datetime.now().timestamp() + 2 * 86400
    with mock.patch("time.time", return_value=later):
        page = client.get(response["Location"])
    assert page.status_code == 404


# --- validation: a 200 form page with errors tied to fields, nothing saved


def test_missing_fields_are_listed_at_the_top_and_tied_to_their_inputs(client, speaker_page):
    data = valid_data(client)
    for name in REQUIRED:
        data[name] = ""
    response = submit(client, data)
    assert response.status_code == 200
    body = text(response)
    assert "<title>Error: " in body
    summary = error_summary(response)
    assert 'role="alert"' in summary
    for anchor, message in [
        ("id_name", "Enter your name."),
        ("id_email", "Enter your e-mail address."),
        ("id_organization", "Enter the name of your group or organization."),
        ("id_event_type_0", "Choose the type of event."),
        ("id_event_date", "Enter the date of the event."),
        ("id_start_time", "Enter the time the event starts."),
        ("id_address", "Enter where the event is."),
    ]:
        assert f'<a href="#{anchor}">{message}</a>' in summary
        assert f'id="{anchor}"' in body
    assert re.search(r'<input[^>]*name="name"[^>]*aria-invalid="true"', body)
    assert re.search(r'<input[^>]*name="name"[^>]*aria-describedby="id_name-error"', body)
    assert 'id="id_name-error"' in body
    assert re.search(r'<input[^>]*name="email"[^>]*aria-describedby="id_email-hint id_email-error"', body)
    assert '<fieldset class="field field--error" aria-describedby="id_event_type-error">' in body
    assert nothing_saved()


def test_answers_are_kept_when_there_is_an_error(client, speaker_page):
    response = submit(client, valid_data(client, email="not-an-email"))
    body = text(response)
    assert 'value="Powderhorn Block Club"' in body
    assert "Enter an e-mail address in the form name@example.com." in error_summary(response)
    assert nothing_saved()


@pytest.mark.parametrize(
    "days, message",
    [
        (-1, "The date is in the past"),
        (0, "Staff need at least 7 days to plan a visit"),
        (6, "Staff need at least 7 days to plan a visit"),
        (366, "Staff plan visits up to a year ahead"),
        (3650, "Staff plan visits up to a year ahead"),
    ],
)
def test_event_date_must_be_a_week_to_a_year_ahead_and_says_why(client, speaker_page, days, message):
    response = submit(client, valid_data(client, event_date=future_date(days).isoformat()))
    assert response.status_code == 200
    assert message in error_summary(response)
    assert nothing_saved()


@pytest.mark.parametrize("days", [7, 365])
def test_event_date_limits_are_inclusive(client, speaker_page, days):
    assert submit(client, valid_data(client, event_date=future_date(days).isoformat())).status_code == 302


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("email", "ana@", "Enter an e-mail address"),
        ("email", "ana@example.org\r\nBcc: victim@example.com", "Use one line"),
        ("email", "ana@example.org\nBcc: victim@example.com", "Use one line"),
        ("name", "Ana\r\nBcc: victim@example.com", "Use one line"),
        ("name", "Ana\nLopez", "Use one line"),
        ("organization", "Club\tName", "Use one line"),
        ("address", "Main St\u2028Apt 2", "Use one line"),
        ("name", "A" * 101, "100 characters or fewer"),
        ("organization", "O" * 151, "150 characters or fewer"),
        ("address", "A" * 201, "200 characters or fewer"),
        ("topics", "T" * 2001, "2000 characters or fewer"),
        ("topics", "bell\x07", "control characters"),
        ("phone", "call me maybe", "Enter a phone number"),
        ("phone", "12", "Enter a phone number"),
        ("event_type", "rave", "Choose one of the types of event listed"),
        ("event_date", "next friday", "Enter the date as year-month-day"),
        ("event_date", "2027-02-30", "Enter the date as year-month-day"),
        ("start_time", "25:00", "Enter the start time"),
        ("start_time", "evening", "Enter the start time"),
        ("expected_attendance", "lots", "whole number"),
        ("expected_attendance", "-5", "1 or more"),
        ("expected_attendance", "0", "1 or more"),
        ("expected_attendance", "10000000", "100,000 or fewer"),
        ("expected_attendance", "1e3", "whole number"),
    ],
)
def test_bad_values_get_a_message_saying_what_to_do(client, speaker_page, field, value, message):
    response = submit(client, valid_data(client, **{field: value}))
    assert response.status_code == 200
    assert message in error_summary(response)
    assert nothing_saved()


@pytest.mark.parametrize("field", TEXT_FIELDS + ["event_date", "start_time", "expected_attendance", "event_type"])
def test_nul_bytes_are_refused_in_every_field(client, speaker_page, field):
    data = valid_data(client)
    data[field] = (data[field] or "x") + "\x00"
    response = submit(client, data)
    assert response.status_code == 200
    assert error_summary(response)
    assert nothing_saved()


def test_a_megabyte_in_every_text_field_is_refused_with_a_message(client, speaker_page):
    data = valid_data(client, **{name: "x" * 1_000_000 for name in ["name", "topics"]})
    response = submit(client, data)
    assert response.status_code == 200
    assert "100 characters or fewer" in error_summary(response)
    assert "2000 characters or fewer" in error_summary(response)
    assert nothing_saved()


def test_a_body_too_big_to_read_gets_a_page_that_says_what_to_do(client, speaker_page):
    data = valid_data(client, topics="x" * 3_000_000)
    response = submit(client, data)
    assert response.status_code == 400
    assert "go back, shorten what you typed" in text(response)
    assert nothing_saved()


def test_lists_instead_of_values_do_not_break_the_form(client, speaker_page):
    data = valid_data(client)
    data["event_type"] = ["block_party", "rave"]
    data["name"] = ["A", "B"]
    response = submit(client, data)
    # A list is read as its last value: "rave" is no kind of event, so the form comes back with that error.
    assert response.status_code == 200
    assert "Choose one of the types of event listed." in error_summary(response)
    assert 'value="B"' in text(response)
    assert nothing_saved()


def test_markup_in_every_field_is_shown_as_text(client, speaker_page):
    script = '<script>alert("x")</script><b>bold</b>'
    data = valid_data(client, name=f"Ana {script}", organization=f"Club {script}", address=f"1 Main {script}")
    data["topics"] = f"About {script}"
    response = submit(client, data)
    assert response.status_code == 302
    request = SpeakerRequest.objects.get()
    assert request.name == f"Ana {script}"  # stored as typed
    body = text(client.get(response["Location"]))
    assert "<script>alert" not in body and "<b>bold</b>" not in body
    assert "&lt;script&gt;" in body
    # Markup in a field with an error is escaped when the form is shown again.
    response = submit(client, valid_data(client, name=script, email=f"{script}@x"))
    assert "<script>alert" not in text(response)


# --- spam protection


def test_missing_token_is_refused_with_a_fresh_form(client, speaker_page):
    data = valid_data(client)
    del data["form_token"]
    response = submit(client, data)
    assert response.status_code == 200
    assert "missing a security code" in error_summary(response)
    assert 'value="Ana Lopez"' in text(response)
    assert nothing_saved()
    # The form shown again carries a new token and goes through.
    fresh = re.search(r'name="form_token" value="([^"]+)"', text(response)).group(1)
    data["form_token"] = fresh
    assert submit(client, data).status_code == 302


@pytest.mark.parametrize("token", ["nonsense", "eyJuIjoiYSIsInQiOjF9:1abc:forged"])
def test_tampered_token_is_refused(client, speaker_page, token):
    response = submit(client, valid_data(client, form_token=token))
    assert response.status_code == 200
    assert "security code is not valid" in error_summary(response)
    assert nothing_saved()


def test_a_form_kept_open_more_than_a_day_is_refused(client, speaker_page):
    response = submit(client, valid_data(client, form_token=old_token(25 * 3600)))
    assert response.status_code == 200
    assert "open for more than a day" in error_summary(response)
    assert nothing_saved()


@override_settings(OUTREACH_MIN_SECONDS=3)
def test_a_form_sent_back_within_seconds_is_refused(client, speaker_page):
    response = submit(client, valid_data(client))
    assert response.status_code == 200
    assert "That was very quick" in error_summary(response)
    assert nothing_saved()
    assert submit(client, valid_data(client, form_token=old_token(5))).status_code == 302


def test_filled_honeypot_is_refused(client, speaker_page):
    response = submit(client, valid_data(client, website="http://spam.example"))
    assert response.status_code == 200
    assert "check your details and send the form again" in error_summary(response)
    assert 'value="http://spam.example"' not in text(response)
    assert nothing_saved()


@override_settings(OUTREACH_RATE_LIMIT="2/h")
def test_rate_limited_visitor_gets_a_429_that_explains_and_gives_a_phone_number(client, speaker_page):
    assert submit(client, valid_data(client, name="One")).status_code == 302
    assert submit(client, valid_data(client, name="Two")).status_code == 302
    response = submit(client, valid_data(client, name="Three"))
    assert response.status_code == 429
    body = text(response)
    assert "Too many requests" in body
    assert 'href="tel:311"' in body and 'href="tel:911"' in body
    assert int(response["Retry-After"]) > 0
    assert SpeakerRequest.objects.count() == 2
    # Another client is not affected.
    assert submit(client, valid_data(client, name="Four"), REMOTE_ADDR="10.0.0.9").status_code == 302


@override_settings(OUTREACH_RATE_LIMIT="1/h")
def test_a_repeated_form_does_not_count_against_the_limit_and_errors_do_not_either(client, speaker_page):
    submit(client, valid_data(client, name=""))
    data = valid_data(client)
    assert submit(client, data).status_code == 302
    assert submit(client, valid_data(client, name="Other")).status_code == 429  # the limit is reached


@override_settings(OUTREACH_RATE_LIMIT="1/h", NUM_PROXIES=1)
def test_behind_a_trusted_proxy_the_forwarded_address_is_limited(client, speaker_page):
    forwarded = [("One", "203.0.113.5", 302), ("Two", "203.0.113.5", 429), ("Three", "203.0.113.6", 302)]
    for name, address, status in forwarded:
        assert submit(client, valid_data(client, name=name), HTTP_X_FORWARDED_FOR=address).status_code == status


def test_requests_are_accepted_when_redis_is_down(client, speaker_page):
    down = {
        "BACKEND": "site911.caching.redis_backend.FailOpenRedisCache",
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",  # nothing listens here
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
    data = [valid_data(client, name="One"), valid_data(client, name="Two")]
    with override_settings(CACHES={"default": down}, OUTREACH_RATE_LIMIT="1/h"):
        assert client.get("/request-a-speaker/").status_code == 200
        assert submit(client, data[0]).status_code == 302
        assert submit(client, data[1]).status_code == 302
    assert SpeakerRequest.objects.count() == 2


def test_rate_limit_fails_open_on_any_cache_error(rf, settings):
    from outreach import spam

    settings.CACHES = {"default": {"BACKEND": "tests.outreach.support.BrokenCache"}}
    request = rf.post("/request-a-speaker/")
    assert spam.is_rate_limited(request) is False
    slot = spam.reserve_slot(request)  # does not raise
    assert slot is not None
    slot.release()  # does not raise


# --- the database cannot take the request


def test_when_the_database_fails_the_visitor_is_told_and_nothing_half_done_is_left(client, speaker_page):
    from outreach import tasks

    real_enqueue = tasks.enqueue
    calls = []

    def failing_enqueue(delivery, run_after=None):
        calls.append(delivery)
        if len(calls) == 2:
            raise OperationalError("database is full")
        real_enqueue(delivery, run_after)

    with mock.patch("outreach.tasks.enqueue", failing_enqueue):
        response = submit(client, valid_data(client))
    assert response.status_code == 503
    body = text(response)
    assert "could not be saved" in body and "Nothing was saved" in body
    assert 'href="tel:311"' in body
    assert len(calls) == 2
    assert nothing_saved()


# --- reCAPTCHA, only with keys


@override_settings(RECAPTCHA_PUBLIC_KEY="public", RECAPTCHA_PRIVATE_KEY="private")
def test_recaptcha_appears_with_keys_and_google_unreachable_gives_a_message(client, speaker_page):
    from urllib.error import URLError

    body = text(client.get("/request-a-speaker/"))
    assert 'data-sitekey="public"' in body
    data = valid_data(client)
    data["g-recaptcha-response"] = "token-from-google"
    with mock.patch("django_recaptcha.client.recaptcha_request", side_effect=URLError("no route to host")):
        response = submit(client, data)
    assert response.status_code == 200
    assert "could not reach its service" in error_summary(response)
    assert nothing_saved()


@override_settings(RECAPTCHA_PUBLIC_KEY="public", RECAPTCHA_PRIVATE_KEY="private")
def test_recaptcha_passes_and_fails_as_google_says(client, speaker_page):
    import io
    import json

    def google(answer):
        return mock.patch(
            "django_recaptcha.client.recaptcha_request",
            return_value=io.BytesIO(json.dumps({"success": answer}).encode()),
        )

    with google(False):
        response = submit(client, {**valid_data(client), "g-recaptcha-response": "x"})
    assert "robot check did not pass" in error_summary(response)
    with google(True):
        assert submit(client, {**valid_data(client), "g-recaptcha-response": "x"}).status_code == 302
    assert SpeakerRequest.objects.count() == 1


def test_other_methods_are_refused(client, speaker_page):
    assert client.put("/request-a-speaker/").status_code == 405


def test_a_failed_csrf_check_gets_a_page_that_says_what_to_do(speaker_page):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    data = valid_data(browser)
    browser.cookies.clear()  # e.g. cookies blocked
    response = submit(browser, data)
    assert response.status_code == 403
    assert "reload the page, and send the form again" in text(response)
    assert nothing_saved()
