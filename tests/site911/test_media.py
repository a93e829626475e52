"""Uploaded images are served with DEBUG off, production settings included (issue 13, item 11).

Documents are not served from /media/: Wagtail's /documents/ view checks their privacy.
"""

import io
import uuid

import pytest
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as Picture

from tests.production import PRODUCTION_ENV, run_production


def png_bytes():
    buffer = io.BytesIO()
    Picture.new("RGB", (40, 30), (200, 0, 0)).save(buffer, "PNG")
    return buffer.getvalue()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def uploaded_image(db):
    from wagtail.images.models import Image

    image = Image.objects.create(title="Award photo", file=ImageFile(io.BytesIO(png_bytes()), name="award.png"))
    yield image
    for rendition in image.renditions.all():
        rendition.file.delete(save=False)
    image.file.delete(save=False)


def test_an_uploaded_image_and_its_rendition_are_served_with_debug_off(client, uploaded_image):
    assert settings.DEBUG is False
    rendition = uploaded_image.get_rendition("width-20")
    for url in (uploaded_image.file.url, rendition.url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        assert body(response).startswith(b"\x89PNG")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/media/documents/report.pdf", 404),
        ("/media/images/../../manage.py", 400),  # Django refuses a path that leaves MEDIA_ROOT
        ("/media/.gitkeep", 404),
    ],
)
def test_nothing_else_under_media_is_served(client, url, status):
    assert client.get(url).status_code == status


PRODUCTION_GET = """
import django
django.setup()
from django.test import Client
response = Client().get("{url}", secure=True, HTTP_HOST="911.example.gov")
print(response.status_code, response["Content-Type"], b"".join(response.streaming_content)[:4])
"""


def test_an_uploaded_image_is_served_under_production_settings():
    path = settings.MEDIA_ROOT / "images" / f"test-{uuid.uuid4().hex}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes())
    try:
        # No page cache: the request then needs no database (the file view does not).
        env = {**PRODUCTION_ENV, "PAGE_CACHE_ENABLED": "0"}
        result = run_production(env, code=PRODUCTION_GET.format(url=f"/media/images/{path.name}"))
    finally:
        path.unlink()
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split()[-3:] == ["200", "image/png", "b'\\x89PNG'"]
