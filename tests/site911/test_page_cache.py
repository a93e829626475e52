"""The page cache: what is served from it, what is not, and what clears it."""

import datetime
import gzip
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from home.models import GuidancePage, StandardPage
from news.models import NewsIndexPage
from site911.contact import ContactNumbers
from tests.helpers import soup, tel_links, text

pytestmark = pytest.mark.django_db


def change_title_behind_the_cache(page, title):
    """Change a live page in the database without any signal, as if another process had."""
    Page.objects.filter(pk=page.pk).update(title=title)


def h1(response):
    return soup(response).h1.get_text(strip=True)


@pytest.fixture
def about(demo_site):
    return StandardPage.objects.get(slug="about")


@pytest.fixture
def guidance(demo_site):
    return GuidancePage.objects.get(slug="when-to-call")


# -- serving from the cache ----------------------------------------------------------------------


def test_second_visitor_gets_the_cached_page_with_one_database_query(client, demo_site, django_assert_num_queries):
    first = client.get("/")
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(1) as captured:  # the generation, by primary key: nothing rendered
        second = client.get("/")
    assert "pagecachegeneration" in captured.captured_queries[0]["sql"]
    assert second.status_code == 200
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "tel:911" in tel_links(second)


def test_cached_page_is_served_even_when_the_database_changed_behind_it(client, about):
    client.get("/about/")
    change_title_behind_the_cache(about, "Changed without publishing")
    assert h1(client.get("/about/")) == "About Minneapolis 911"


def test_cached_pages_tell_browsers_and_cdns_how_long_to_keep_them(client, demo_site, settings):
    settings.PAGE_CACHE_MAX_AGE = 120
    for _ in range(2):
        response = client.get("/")
        assert response["Cache-Control"] == "public, max-age=120"
        assert "Accept-Encoding" in response["Vary"]
        assert response["ETag"]


def test_gzip_for_clients_that_accept_it(client, demo_site):
    plain = client.get("/")
    compressed = client.get("/", headers={"accept-encoding": "gzip, deflate, br"})
    assert compressed["X-Cache"] == "HIT"
    assert compressed["Content-Encoding"] == "gzip"
    assert gzip.decompress(compressed.content) == plain.content
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content)
    assert compressed["ETag"] != plain["ETag"]
    assert "Content-Encoding" not in client.get("/")


@pytest.mark.parametrize("accept", ["gzip;q=0", "gzip; q=0.0, br", "identity", "br", "x-gzip-not"])
def test_no_gzip_for_clients_that_refuse_it(client, demo_site, accept):
    plain = client.get("/")
    response = client.get("/", headers={"accept-encoding": accept})
    assert response["X-Cache"] == "HIT"
    assert "Content-Encoding" not in response
    assert response.content == plain.content


@pytest.mark.parametrize("accept", ["gzip;q=0.5", "GZIP", "deflate, gzip;q=1.0", "*", "br;q=1, *;q=0.1"])
def test_gzip_for_every_way_of_accepting_it(client, demo_site, accept):
    plain = client.get("/")
    response = client.get("/", headers={"accept-encoding": accept})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content) == plain.content


def test_if_none_match_gets_304_not_modified(client, demo_site):
    etag = client.get("/")["ETag"]
    response = client.get("/", headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert client.get("/", headers={"if-none-match": '"something-else"'}).status_code == 200


def test_head_gets_the_headers_of_the_cached_page(client, demo_site):
    length = len(client.get("/").content)
    response = client.head("/")
    assert response.status_code == 200
    assert response["X-Cache"] == "HIT"
    assert int(response["Content-Length"]) == length
    assert response.content == b""


def test_tracking_parameters_share_the_page_other_parameters_bypass_it(client, about):
    client.get("/about/")
    change_title_behind_the_cache(about, "Fresh render")
    assert client.get("/about/?utm_source=newsletter&fbclid=x")["X-Cache"] == "HIT"
    bypass = client.get("/about/?preview=1")
    assert h1(bypass) == "Fresh render"
    assert "X-Cache" not in bypass


def test_situation_finder_results_are_rendered_for_each_query(client, guidance):
    client.get("/when-to-call/")
    response = client.get("/when-to-call/", {"q": "broke into my car"})
    assert "X-Cache" not in response
    assert "Answer for “broke into my car”" in text(response)
    other = client.get("/when-to-call/", {"q": "smell of gas"})
    assert "Answer for “smell of gas”" in text(other)


@pytest.fixture
def news_in_three_pages(demo_site):
    from tests.news.support import make_post

    index = NewsIndexPage.objects.get(slug="news")
    for day in range(1, 21):  # 20 + 3 seed posts: three pages of ten
        make_post(index, f"Post of day {day:02}", datetime.date(2020, 1, day))
    return index


def test_news_list_pages_are_cached_per_page_number(client, news_in_three_pages):
    for number in (2, 3):
        assert client.get(f"/news/?page={number}")["X-Cache"] == "MISS"
        assert client.get(f"/news/?page={number}")["X-Cache"] == "HIT"
    assert "Post of day 10" in text(client.get("/news/?page=2"))


@pytest.mark.parametrize("value", ["4", "999", "0", "-1", "abc", "01", "1.5", "%00", "", "2&page=3", "9" * 50])
def test_other_page_values_are_rendered_but_never_stored(client, news_in_three_pages, value):
    """Anyone can make up `?page=` values: only a page number the list has makes a cache entry."""
    for _ in range(2):
        response = client.get(f"/news/?page={value}")
        assert response.status_code == 200
        assert response.get("X-Cache") != "HIT"


def test_page_numbers_are_not_stored_on_pages_that_do_not_paginate(client, about):
    for _ in range(2):
        response = client.get("/about/?page=2")
        assert h1(response) == "About Minneapolis 911"
        assert response.get("X-Cache") != "HIT"


def test_one_client_adds_a_bounded_number_of_pages_to_the_cache(client, demo_site, settings):
    settings.PAGE_CACHE_MAX_ADDS_PER_CLIENT = 2
    urls = ["/", "/about/", "/when-to-call/"]
    for url in urls:
        client.get(url)
    assert [client.get(url).get("X-Cache") for url in urls] == ["HIT", "HIT", None]
    # Another visitor still fills the cache.
    other = Client(REMOTE_ADDR="192.0.2.7")
    other.get("/when-to-call/")
    assert other.get("/when-to-call/")["X-Cache"] == "HIT"
    assert client.get("/when-to-call/")["X-Cache"] == "HIT"


def test_overlong_query_bypasses_the_cache(client, about):
    response = client.get("/about/?page=" + "9" * 500)
    assert response.status_code == 200
    assert "X-Cache" not in response


# -- not cached ----------------------------------------------------------------------------------


def test_logged_in_editor_always_sees_the_live_database(client, about, django_user_model):
    client.get("/about/")
    change_title_behind_the_cache(about, "Seen by the editor")
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "a-long-password-1")
    client.force_login(editor)
    response = client.get("/about/")
    assert h1(response) == "Seen by the editor"
    assert "X-Cache" not in response
    assert "Cache-Control" not in response or "public" not in response["Cache-Control"]


def test_a_page_rendered_for_a_logged_in_editor_is_not_stored(client, about, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com", "a-long-password-1")
    client.force_login(editor)
    client.get("/about/")
    client.logout()
    client.cookies.clear()
    assert client.get("/about/")["X-Cache"] == "MISS"


def test_requests_with_a_session_cookie_bypass_the_cache(client, about):
    client.get("/about/")
    change_title_behind_the_cache(about, "Session sees this")
    client.cookies["sessionid"] = "whatever"
    response = client.get("/about/")
    assert h1(response) == "Session sees this"
    assert "X-Cache" not in response


def test_post_is_never_answered_from_the_cache(client, about):
    client.get("/about/")
    change_title_behind_the_cache(about, "Posted")
    response = client.post("/about/")
    assert "X-Cache" not in response
    assert h1(response) == "Posted"


def test_not_found_pages_are_not_cached(client, demo_site):
    for _ in range(2):
        response = client.get("/no-such-page/")
        assert response.status_code == 404
        assert "X-Cache" not in response


def test_admin_is_never_cached(client, demo_site):
    for _ in range(2):
        response = client.get("/admin/login/")
        assert "X-Cache" not in response


@pytest.mark.urls("tests.site911.page_cache_urls")
@pytest.mark.parametrize(
    "url",
    [
        "/t/never-cache/",  # never_cache: how the speaker form and form error pages opt out
        "/t/csrf/",  # a form with a CSRF token sets a cookie
        "/t/private/",
        "/t/vary/",  # varies on something the cache key does not include
    ],
)
def test_responses_that_opt_out_are_rendered_every_time(client, demo_site, url):
    first, second = client.get(url), client.get(url)
    assert first.status_code == second.status_code == 200
    assert first.content != second.content
    assert "X-Cache" not in second


@pytest.mark.urls("tests.site911.page_cache_urls")
def test_an_ordinary_view_is_cached(client, demo_site):
    first, second = client.get("/t/plain/"), client.get("/t/plain/")
    assert second["X-Cache"] == "HIT"
    assert first.content == second.content


@pytest.mark.urls("tests.site911.page_cache_urls")
def test_a_page_rendered_while_the_content_changed_is_neither_stored_nor_public(client, demo_site):
    """It may show what was there before the change: no later visitor, and no proxy in front, gets it."""
    first = client.get("/t/changed-while-rendering/")
    second = client.get("/t/changed-while-rendering/")
    assert first.status_code == second.status_code == 200
    assert "X-Cache" not in first
    assert "public" not in first.get("Cache-Control", "")
    assert second.content != first.content  # rendered again (#1, then #2), not served from the cache


def test_cache_can_be_switched_off(client, about, settings):
    settings.PAGE_CACHE_ENABLED = False
    client.get("/about/")
    change_title_behind_the_cache(about, "Switched off")
    response = client.get("/about/")
    assert h1(response) == "Switched off"
    assert "X-Cache" not in response


# -- invalidation --------------------------------------------------------------------------------


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url


def test_publishing_a_page_shows_on_every_cached_page(client, about):
    warm(client, "/", "/about/", "/when-to-call/")
    about.title = "About our center"
    about.save_revision().publish()
    assert h1(client.get("/about/")) == "About our center"
    # The home page lists it and the menu names it: they are cleared too.
    assert "About our center" in text(client.get("/"))


def test_scheduled_go_live_shows_on_cached_pages(client, guidance):
    warm(client, "/when-to-call/")
    guidance.intro = "Scheduled introduction."
    guidance.go_live_at = timezone.now() + timedelta(hours=1)
    revision = guidance.save_revision()
    revision.publish()  # scheduled, not live yet
    assert "Scheduled introduction." not in text(client.get("/when-to-call/"))
    # An hour passes: the revision's go-live time is now in the past.
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save()
    call_command("publish_scheduled", stdout=io.StringIO())
    assert "Scheduled introduction." in text(client.get("/when-to-call/"))


def test_unpublishing_removes_the_page_and_its_links(client, about):
    warm(client, "/", "/about/")
    about.unpublish()
    assert client.get("/about/").status_code == 404
    assert "/about/" not in [a["href"] for a in soup(client.get("/")).select("nav a")]


def test_moving_a_page_changes_its_address_at_once(client, about, guidance):
    warm(client, "/about/", "/")
    about.move(guidance, pos="last-child")
    old_address = client.get("/about/")
    assert old_address.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert old_address["Location"].endswith("/when-to-call/about/")
    assert client.get("/when-to-call/about/").status_code == 200


def test_deleting_a_page_removes_it_at_once(client, about):
    warm(client, "/about/")
    about.delete()
    assert client.get("/about/").status_code == 404


def test_a_new_alias_shows_in_the_menu_at_once(client, about):
    warm(client, "/")
    about.create_alias(parent=about.get_parent(), update_slug="about-us")
    assert "/about-us/" in [a["href"] for a in soup(client.get("/")).select("nav a")]


def test_a_change_made_while_the_clock_is_behind_still_clears_the_cache(client, about, monkeypatch):
    """Generations only go up (the larger of one more and the time), whatever a server's clock says."""
    from site911.caching import generation

    warm(client, "/about/")
    monkeypatch.setattr(generation.time, "time_ns", lambda: 0)
    about.title = "Published by a server whose clock is behind"
    about.save_revision().publish()
    assert h1(client.get("/about/")) == "Published by a server whose clock is behind"


def test_changing_a_site_setting_shows_on_cached_pages(client, demo_site):
    warm(client, "/", "/about/")
    numbers = ContactNumbers.for_site(demo_site)
    numbers.outside_city_number = "(612) 555-0142"
    numbers.save()
    for url in ["/", "/about/"]:
        assert "tel:+16125550142" in tel_links(client.get(url)), url


def test_changing_the_site_name_shows_on_cached_pages(client, demo_site):
    warm(client, "/")
    demo_site.site_name = "City 911"
    demo_site.save()
    assert soup(client.get("/")).select_one(".site-name").get_text(strip=True) == "City 911"


def test_saving_a_page_draft_does_not_change_what_visitors_see(client, about):
    warm(client, "/about/")
    about.title = "Draft title"
    about.save_revision()
    assert h1(client.get("/about/")) == "About Minneapolis 911"


def test_a_speaker_request_arriving_keeps_the_cached_pages(client, demo_site):
    from outreach.models import SpeakerRequest
    from tests.outreach.support import valid_data

    client.get("/")
    assert client.get("/").headers["X-Cache"] == "HIT"
    assert client.post("/request-a-speaker/", valid_data(client)).status_code == 302
    assert SpeakerRequest.objects.count() == 1
    assert Client().get("/").headers["X-Cache"] == "HIT"
