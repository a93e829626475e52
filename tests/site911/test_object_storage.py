"""Uploads on S3-compatible object storage (issue 17, item 2), against moto's S3 server started here.

The bucket is set up as README/deploy say: private, with a bucket policy that lets anyone read the
renditions (images/). moto enforces both for anonymous requests (checked: an object with no grant
answers 403, one under the policy 200), so "not readable from the bucket URL" is asserted by fetching it.
"""

import io
import json
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import boto3
import pytest
from django.conf import settings as django_settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from moto.server import ThreadedMotoServer
from PIL import Image as Picture
from wagtail.documents.models import Document
from wagtail.images.models import Image, Rendition, get_rendition_storage
from wagtail.models import Collection, CollectionViewRestriction

from home.models import StandardPage
from site911 import csp
from site911 import object_storage as storage_config
from tests.helpers import free_port, soup
from tests.production import PRODUCTION_ENV, run_production

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_S3_REGION_NAME": "us-east-1"}
DOCUMENT_BYTES = b"Minutes of the 911 board, March.\n"


def public_renditions_policy(bucket):
    """The bucket policy README's deploy section gives: renditions readable by anyone, nothing else."""
    statement = {
        "Sid": "PublicRenditions",
        "Effect": "Allow",
        "Principal": "*",
        "Action": "s3:GetObject",
        "Resource": f"arn:aws:s3:::{bucket}/images/*",
    }
    return json.dumps({"Version": "2012-10-17", "Statement": [statement]})


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


class Bucket:
    def __init__(self, endpoint, name):
        self.endpoint, self.name = endpoint, name
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
        )

    def keys(self):
        return {item["Key"] for item in self.client.list_objects_v2(Bucket=self.name).get("Contents", [])}

    def public_url(self, key):
        return f"{self.endpoint}/{self.name}/{key}"

    def grants_everyone(self, key):
        grants = self.client.get_object_acl(Bucket=self.name, Key=key)["Grants"]
        return [g for g in grants if g["Grantee"].get("URI", "").endswith("/global/AllUsers")]


DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # the local moto server, never a proxy


def fetch(url):
    """An anonymous GET, as a browser following a link would make it: (status, headers, bytes)."""
    try:
        with DIRECT.open(url, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, b""


def media_files():
    root = Path(django_settings.MEDIA_ROOT)
    return {p for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """The site configured from the environment as a city would set it, against a new bucket on moto."""
    bucket = Bucket(s3_endpoint, f"media-{uuid.uuid4().hex[:12]}")
    bucket.client.create_bucket(Bucket=bucket.name)
    bucket.client.put_bucket_policy(Bucket=bucket.name, Policy=public_renditions_policy(bucket.name))
    environment = {**CREDENTIALS, "AWS_STORAGE_BUCKET_NAME": bucket.name, "AWS_S3_ENDPOINT_URL": s3_endpoint}
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    config = storage_config.from_env()
    # What settings/base.py does with the same environment (changing STORAGES resets Django's storages).
    settings.STORAGES = storage_config.storages(config)
    settings.WAGTAILDOCS_SERVE_METHOD = storage_config.document_serve_method(config)
    settings.CONTENT_SECURITY_POLICY = csp.public_policy(media_origins=storage_config.media_origins(config))
    # Wagtail binds the rendition storage when its models load; the child-process test below checks that
    # start-up does it from the environment. Here it is rebound for this test only.
    monkeypatch.setattr(Rendition._meta.get_field("file"), "storage", get_rendition_storage())
    Rendition.cache_backend.clear()  # renditions found by image id and file hash may be another bucket's
    yield bucket
    Rendition.cache_backend.clear()


def png_upload(name="award.png"):
    buffer = io.BytesIO()
    Picture.new("RGB", (120, 90), (0, 90, 200)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_an_image_uploaded_in_the_admin_is_shown_on_a_page_from_the_bucket(
    client, bucket, demo_site, django_user_model
):
    disk_before = media_files()
    editor = django_user_model.objects.create_superuser("editor", "editor@example.test", "correct horse battery")
    client.force_login(editor)
    response = client.post(
        "/admin/images/add/",
        {"title": "Dispatch floor", "file": png_upload(), "collection": Collection.get_first_root_node().pk},
    )
    assert response.status_code == 302, response.content[:2000]
    image = Image.objects.get(title="Dispatch floor")
    assert image.file.name in bucket.keys()
    assert image.file.name.startswith("original_images/")

    about = StandardPage.objects.get(slug="about")
    about.body.append(("figure", {"image": image, "alt_text": "Call-takers at their desks", "caption": ""}))
    about.save_revision().publish()
    client.logout()

    response = client.get("/about/")
    img = soup(response).find("img", alt="Call-takers at their desks")
    src = img["src"]
    rendition_key = f"images/{Path(urlsplit(src).path).name}"
    # The rendition is in the bucket, at an unsigned, stable address (the page is cached; a signature would expire).
    assert src == bucket.public_url(rendition_key)
    assert rendition_key in bucket.keys()
    # The browser may load it (the page's Content-Security-Policy allows the bucket) and gets the image.
    origin = f"{urlsplit(src).scheme}://{urlsplit(src).netloc}"
    assert origin in response["Content-Security-Policy"].split("img-src", 1)[1].split(";", 1)[0].split()
    status, headers, data = fetch(src)
    assert (status, headers["Content-Type"], data[:4]) == (200, "image/png", b"\x89PNG")
    assert headers["Cache-Control"] == storage_config.RENDITION_CACHE_CONTROL
    with Picture.open(io.BytesIO(data)) as picture:
        assert picture.size == (120, 90)  # smaller than max-800x600: Wagtail keeps the size
    # The original (it may carry the camera's EXIF, e.g. a position) is not public.
    assert fetch(bucket.public_url(image.file.name))[0] == 403
    # Nothing went to the local disk.
    assert media_files() == disk_before


@pytest.fixture
def document(bucket, db):
    return Document.objects.create(title="Board minutes", file=ContentFile(DOCUMENT_BYTES, name="minutes.txt"))


def test_a_document_is_served_through_the_document_view_from_the_bucket(client, bucket, db):
    disk_before = media_files()
    document = Document.objects.create(title="Board minutes", file=ContentFile(DOCUMENT_BYTES, name="minutes.txt"))
    assert document.file.name in bucket.keys()
    response = client.get(document.url)
    assert document.url == f"/documents/{document.pk}/minutes.txt"
    # Wagtail's view checked privacy, then sent the visitor to a signed URL that no shared cache may keep.
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(bucket.public_url(document.file.name) + "?")
    assert "Signature=" in location
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    status, headers, data = fetch(location)
    assert (status, data) == (200, DOCUMENT_BYTES)
    assert headers["Content-Disposition"] == "attachment; filename=minutes.txt; filename*=UTF-8''minutes.txt"
    # The object itself is not public: its plain bucket URL is refused.
    assert fetch(bucket.public_url(document.file.name))[0] == 403
    assert bucket.grants_everyone(document.file.name) == []
    assert media_files() == disk_before


def test_two_documents_with_one_name_are_both_kept_and_downloaded_under_their_link_names(client, bucket, db):
    first = Document.objects.create(title="March", file=ContentFile(b"March minutes", name="minutes.txt"))
    second = Document.objects.create(title="April", file=ContentFile(b"April minutes", name="minutes.txt"))
    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= bucket.keys()
    for document, content in ((first, b"March minutes"), (second, b"April minutes")):
        status, headers, data = fetch(client.get(document.url)["Location"])
        assert (status, data) == (200, content)
        # As Wagtail streams it from disk: an attachment named as in the link (/documents/<id>/<name>).
        name = document.url.rsplit("/", 1)[1]
        assert headers["Content-Disposition"] == f"attachment; filename={name}; filename*=UTF-8''{name}"


def test_a_document_in_a_private_collection_is_not_served_to_anonymous_visitors(
    client, bucket, document, django_user_model
):
    private = Collection.get_first_root_node().add_child(name="Staff only")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document.collection = private
    document.save()

    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert bucket.endpoint not in response["Location"]
    assert fetch(bucket.public_url(document.file.name))[0] == 403
    assert bucket.grants_everyone(document.file.name) == []

    staff = django_user_model.objects.create_user("staff", "staff@example.test", "correct horse battery")
    client.force_login(staff)
    signed = client.get(document.url)["Location"]
    assert fetch(signed)[0::2] == (200, DOCUMENT_BYTES)


def test_a_document_in_a_password_collection_asks_for_the_password_and_shows_no_bucket_url(client, bucket, document):
    private = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="right horse"
    )
    document.collection = private
    document.save()

    response = client.get(document.url)
    assert response.status_code == 200
    assert soup(response).find("input", attrs={"name": "password"}) is not None
    assert bucket.endpoint.encode() not in response.content
    assert fetch(bucket.public_url(document.file.name))[0] == 403


STARTED_WITH_BUCKET = """
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
from wagtail.images.models import Rendition
renditions = Rendition._meta.get_field("file").storage
print(type(storages["default"]).__name__)
print(type(renditions).__name__, renditions.url("images/a.png"))
print(storages["default"].url("documents/b.pdf"))
print(settings.WAGTAILDOCS_SERVE_METHOD)
print(" ".join(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]))
"""


def test_production_started_with_a_bucket_puts_uploads_there_and_renditions_on_the_cdn():
    """The environment alone configures it, at start-up (no request made, nothing sent to the network)."""
    env = {
        **PRODUCTION_ENV,
        **CREDENTIALS,
        "AWS_STORAGE_BUCKET_NAME": "city-media",
        "AWS_S3_ENDPOINT_URL": "https://objects.example.gov",
        "AWS_S3_CUSTOM_DOMAIN": "media.911.example.gov",
    }
    result = run_production(env, code=STARTED_WITH_BUCKET)
    assert result.returncode == 0, result.stderr[-3000:]
    default, renditions, document_url, serve_method, img_src = result.stdout.strip().splitlines()[-5:]
    assert default == "S3Storage"
    assert renditions == "S3Storage https://media.911.example.gov/images/a.png"
    assert document_url.startswith("https://")
    assert "media.911.example.gov" not in document_url
    assert "Signature=" in document_url or "X-Amz-Signature=" in document_url
    assert serve_method == "redirect"
    assert img_src.split() == ["'self'", "data:", "https://media.911.example.gov"]


def test_without_a_bucket_uploads_stay_on_local_disk():
    assert storage_config.storages(None)["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert django_settings.STORAGES["renditions"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert django_settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
