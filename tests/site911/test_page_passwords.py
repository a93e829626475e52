"""Wrong passwords for a private page are limited per client address and restriction (issue 13, item 9)."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from home.models import StandardPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("clear_cache")]  # every test starts with no counts


@pytest.fixture
def restriction(demo_site):
    about = StandardPage.objects.get(slug="about")
    return PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="right horse"
    )


def guess(client, restriction, password, **extra):
    url = f"/_util/authenticate_with_password/{restriction.pk}/{restriction.page_id}/"
    return client.post(url, {"password": password, "return_url": "/about/"}, **extra)


@override_settings(PAGE_PASSWORD_RATE_LIMIT="5/h")
def test_the_sixth_wrong_password_from_one_address_is_refused_even_if_right(client, restriction):
    for n in range(5):
        assert guess(client, restriction, f"wrong {n}").status_code == 200  # the form again, "incorrect"
    refused = guess(client, restriction, "right horse")
    assert refused.status_code == 429
    assert "Too many wrong passwords" in refused.content.decode()
    assert int(refused["Retry-After"]) > 0
    assert client.get("/about/?fresh=1").status_code == 200  # still the password form, not the page
    assert b'name="password"' in client.get("/about/?fresh=1").content
    # Another address is not affected.
    assert guess(client, restriction, "right horse", REMOTE_ADDR="198.51.100.7").status_code == 302


@override_settings(PAGE_PASSWORD_RATE_LIMIT="2/h")
def test_right_passwords_do_not_count_and_each_restriction_has_its_own_count(client, restriction, demo_site):
    for _ in range(4):
        assert guess(client, restriction, "right horse").status_code == 302
    other_page = StandardPage(title="Staff only", slug="staff-only", intro="For staff.")
    demo_site.root_page.add_child(instance=other_page)
    other = PageViewRestriction.objects.create(page=other_page, restriction_type="password", password="x")
    for _ in range(2):
        assert guess(client, restriction, "wrong").status_code == 200
    assert guess(client, restriction, "wrong").status_code == 429
    assert guess(client, other, "wrong").status_code == 200


@override_settings(PAGE_PASSWORD_RATE_LIMIT="1/h", NUM_PROXIES=1)
def test_behind_a_proxy_the_forwarded_address_is_counted(client, restriction):
    assert guess(client, restriction, "wrong", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 200
    assert guess(client, restriction, "wrong", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert guess(client, restriction, "wrong", HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 200
