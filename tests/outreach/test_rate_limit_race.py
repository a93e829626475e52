"""The speaker form's rate limit holds against simultaneous requests to a real server (issue 13, item 5).

The review sent twelve POSTs at once from one address, each with its own form token, against a 5/h
limit: all twelve were saved, because each checked the count before any of them had been counted.
"""

import html
import re
import threading

import pytest
import requests  # installed with wagtail
from django.test import override_settings

from outreach.models import SpeakerRequest
from tests.outreach.support import requester_fields

SIMULTANEOUS = 12


def fresh_form(session, url):
    page = session.get(url, timeout=30).text
    field = re.search(r'name="(\w+)" value="([^"]+)"', page[page.index("csrfmiddlewaretoken") - 30 :])
    token = re.search(r'name="form_token" value="([^"]+)"', page)
    return {"csrfmiddlewaretoken": html.unescape(field.group(2)), "form_token": html.unescape(token.group(1))}


@pytest.fixture
def one_writer_at_a_time_on_sqlite(monkeypatch):
    """SQLite in memory: the live server's threads share one connection, so saves take turns.

    The rate limit's own steps still run side by side; on PostgreSQL (CI's second pass) nothing is serialised.
    """
    from django.db import connection

    from outreach import submission

    if connection.vendor != "sqlite":
        return
    lock = threading.Lock()
    submit = submission.submit

    def one_at_a_time(*args, **kwargs):
        with lock:
            return submit(*args, **kwargs)

    monkeypatch.setattr(submission, "submit", one_at_a_time)


@override_settings(OUTREACH_RATE_LIMIT="5/h")
def test_simultaneous_requests_from_one_address_are_held_to_the_limit(
    transactional_db, live_server, speaker_page, one_writer_at_a_time_on_sqlite
):
    url = f"{live_server.url}/request-a-speaker/"
    session = requests.Session()
    forms = [fresh_form(session, url) for _ in range(SIMULTANEOUS)]
    start = threading.Barrier(SIMULTANEOUS)
    statuses = [None] * SIMULTANEOUS

    def send(n):
        data = {**forms[n], **requester_fields(n), "website": ""}
        cookies = session.cookies.get_dict()
        start.wait()
        response = requests.post(
            url, data=data, cookies=cookies, headers={"Referer": url}, allow_redirects=False, timeout=60
        )
        statuses[n] = response.status_code

    threads = [threading.Thread(target=send, args=(n,)) for n in range(SIMULTANEOUS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(statuses) == [302] * 5 + [429] * (SIMULTANEOUS - 5), statuses
    assert SpeakerRequest.objects.count() == 5
