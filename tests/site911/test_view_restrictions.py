"""Private pages stay private although public pages skip Wagtail's per-request privacy queries.

Each test first serves the pages (so this process remembers that nothing is private), then changes
privacy the way the admin's "Privacy" dialog does, and looks again. "?fresh=1" is a parameter the
page cache does not keep, so those requests are rendered every time.
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from home.models import GuidancePage, StandardPage

pytestmark = pytest.mark.django_db

FRESH = "?fresh=1"


@pytest.fixture
def about(demo_site):
    return StandardPage.objects.get(slug="about")


def is_login_redirect(response):
    return response.status_code == 302 and "/_util/login/" in response["Location"]


def test_public_pages_are_served_without_privacy_queries(client, demo_site, django_assert_max_num_queries):
    # (The news list still asks which posts are private, to leave them out.)
    for url in ["/", "/about/", "/when-to-call/"]:
        client.get(url + FRESH)
        with django_assert_max_num_queries(10) as captured:
            assert client.get(url + FRESH).status_code == 200
        assert not [q for q in captured if "pageviewrestriction" in q["sql"]], url


def test_the_home_page_renders_from_the_memo_alone(client, demo_site, django_assert_num_queries):
    client.get("/" + FRESH)
    with django_assert_num_queries(1) as captured:  # only the generation the memo is checked against
        assert client.get("/" + FRESH).status_code == 200
    assert "pagecachegeneration" in captured.captured_queries[0]["sql"]


@pytest.mark.parametrize("url", ["/about/", "/about/" + FRESH])
def test_making_a_page_private_applies_at_once(client, about, url):
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200

    restriction = PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert is_login_redirect(client.get(url))
    assert client.get("/").status_code == 200  # other pages stay public

    restriction.delete()
    assert client.get(url).status_code == 200


def test_a_private_section_covers_the_pages_below_it(client, about):
    child = StandardPage(title="Staff roster", slug="roster", intro="Who is on shift.")
    about.add_child(instance=child)
    child.save_revision().publish()
    assert client.get("/about/roster/" + FRESH).status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert is_login_redirect(client.get("/about/roster/" + FRESH))


def test_a_password_protected_page_asks_for_the_password(client, about):
    client.get("/about/" + FRESH)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    response = client.get("/about/" + FRESH)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert b"About Minneapolis 911" not in response.content.split(b"<main")[-1]


def test_an_alias_of_a_private_page_is_private_too(client, about):
    guidance = GuidancePage.objects.get(slug="when-to-call")
    about.create_alias(parent=guidance, update_slug="about-alias")
    assert client.get("/when-to-call/about-alias/" + FRESH).status_code == 200

    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert is_login_redirect(Client().get("/when-to-call/about-alias/" + FRESH))
    assert is_login_redirect(Client().get("/when-to-call/about-alias/"))


def menu_links(response):
    from tests.helpers import soup

    return [a["href"] for a in soup(response).select('nav[aria-label="Main"] a')]


@pytest.mark.parametrize("restriction_type", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_private_page_leaves_the_menu_for_anonymous_visitors(client, about, restriction_type):
    assert "/about/" in menu_links(client.get("/" + FRESH))
    PageViewRestriction.objects.create(page=about, restriction_type=restriction_type, password="open sesame")
    for url in ["/", "/" + FRESH, "/when-to-call/" + FRESH]:
        links = menu_links(client.get(url))
        assert "/about/" not in links, url
        assert "/when-to-call/" in links, url
