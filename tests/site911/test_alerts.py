"""The site-wide alert banner: staff post a notice; every page shows it at the top, at once."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from site911.alerts import SiteAlert
from tests.helpers import soup

pytestmark = pytest.mark.django_db

EVERY_PAGE_TYPE = [
    "/",
    "/when-to-call/",
    "/about/",
    "/news/",
    "/news/staff-honored-at-awards-ceremony/",
    "/request-a-speaker/",
    "/search/",
    "/search/?q=911",
    "/no-such-page/",
]


def banners(response):
    return soup(response).select(".site-alert")


def first_thing_in_body(response):
    return soup(response).body.find(True)


@pytest.fixture
def outage(demo_site):
    return SiteAlert.objects.create(
        message="911 is down in parts of the city. If you cannot get through, call (612) 673-3000.",
        level=SiteAlert.OUTAGE,
        link_url="/about/",
        link_text="Read the update",
    )


def test_demo_site_has_no_active_alert(client, demo_site):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not SiteAlert.objects.active().exists()
    assert banners(client.get("/")) == []


@pytest.mark.parametrize("url", EVERY_PAGE_TYPE)
def test_alert_is_the_first_thing_on_every_page(client, outage, url):
    response = client.get(url)
    assert response.status_code == (404 if url == "/no-such-page/" else 200)
    [banner] = banners(response)
    assert "911 is down in parts of the city" in banner.get_text()
    assert banner["role"] == "alert"
    # Above the skip link, the header and the main content.
    assert "site-alerts" in first_thing_in_body(response)["class"]
    link = banner.find("a")
    assert link["href"] == "/about/"
    assert link.get_text() == "Read the update"


@pytest.mark.parametrize(
    ("level", "role", "label"),
    [
        (SiteAlert.OUTAGE, "alert", "Outage:"),
        (SiteAlert.WARNING, "status", "Warning:"),
        (SiteAlert.INFORMATION, "status", "Information:"),
    ],
)
def test_each_level_is_announced_and_labelled_in_words(client, demo_site, level, role, label):
    SiteAlert.objects.create(message="Phones are busy.", level=level)
    [banner] = banners(client.get("/"))
    assert banner["role"] == role
    assert f"site-alert--{level}" in banner["class"]
    assert banner.get_text(" ", strip=True).startswith(label)


def test_most_severe_alert_comes_first(client, demo_site):
    SiteAlert.objects.create(message="Road closures downtown.", level=SiteAlert.INFORMATION)
    SiteAlert.objects.create(message="911 is down.", level=SiteAlert.OUTAGE)
    SiteAlert.objects.create(message="Long waits on 311.", level=SiteAlert.WARNING)
    texts = [b.get_text(" ", strip=True) for b in banners(client.get("/"))]
    assert [t.split(":")[0] for t in texts] == ["Outage", "Warning", "Information"]


def test_message_is_plain_text(client, demo_site):
    SiteAlert.objects.create(message="<script>alert(1)</script> <b>bold</b>")
    response = client.get("/")
    assert b"<script>alert(1)" not in response.content
    assert "<b>bold</b>" in banners(response)[0].get_text()


def test_alert_appears_on_pages_already_in_the_cache(client, demo_site):
    for url in EVERY_PAGE_TYPE[:3]:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT"
    SiteAlert.objects.create(message="Storm warning: expect long waits on 311.", level=SiteAlert.WARNING)
    for url in EVERY_PAGE_TYPE[:3]:
        assert "Storm warning" in banners(client.get(url))[0].get_text(), url


def test_deactivated_alert_disappears_from_cached_pages(client, outage):
    client.get("/")
    assert client.get("/")["X-Cache"] == "HIT"
    outage.is_active = False
    outage.save()
    assert banners(client.get("/")) == []
    assert banners(client.get("/about/")) == []


def test_deleted_alert_disappears_from_cached_pages(client, outage):
    client.get("/when-to-call/")
    outage.delete()
    assert banners(client.get("/when-to-call/")) == []


def test_alerts_cost_one_query_however_many(client, demo_site, django_assert_max_num_queries, settings):
    settings.PAGE_CACHE_ENABLED = False
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    SiteAlert.objects.create(message="One.")
    client.get("/")  # warm the process-wide caches (content types, site root paths)
    with CaptureQueriesContext(connection) as one:
        client.get("/")
    for n in range(5):
        SiteAlert.objects.create(message=f"More {n}.", level=SiteAlert.WARNING)
    with django_assert_max_num_queries(len(one)):
        assert len(banners(client.get("/"))) == 6


@pytest.mark.parametrize(
    ("fields", "field_in_error"),
    [
        ({"message": "x" * 201}, "message"),
        ({"message": "Busy.", "link_url": "/news/"}, "link_text"),
        ({"message": "Busy.", "link_text": "More"}, "link_url"),
        ({"message": "Busy.", "link_url": "javascript:alert(1)", "link_text": "More"}, "link_url"),
        ({"message": "Busy.", "link_url": "//evil.example/", "link_text": "More"}, "link_url"),
    ],
)
def test_invalid_alerts_are_refused(fields, field_in_error):
    with pytest.raises(ValidationError) as error:
        SiteAlert(**fields).full_clean()
    assert field_in_error in error.value.message_dict


@pytest.mark.parametrize("link", ["https://www.minneapolismn.gov/", "/about/", "tel:+16126733000"])
def test_valid_links(link):
    SiteAlert(message="Busy.", link_url=link, link_text="More").full_clean()


def test_staff_post_and_filter_alerts_in_the_admin(client, demo_site, django_user_model):
    staff = django_user_model.objects.create_superuser("staff", "staff@example.com", "a-long-password-1")
    client.force_login(staff)
    add_url = reverse("wagtailsnippets_site911_sitealert:add")
    response = client.post(
        add_url,
        {
            "message": "Phones are down in Ward 3.",
            "level": "outage",
            "link_url": "",
            "link_text": "",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    SiteAlert.objects.create(message="Old notice.", is_active=False)
    list_url = reverse("wagtailsnippets_site911_sitealert:list")
    active = client.get(list_url, {"is_active": "true"}).content.decode()
    assert "Phones are down in Ward 3." in active
    assert "Old notice." not in active
    client.logout()
    client.cookies.clear()
    assert "Phones are down in Ward 3." in banners(client.get("/"))[0].get_text()
