"""Redis down must not take pages down: the cache fails open."""

import logging
import socket
import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from site911.caching import redis_backend as fail_open
from tests.helpers import soup, tel_links


def closed_port():
    """A local TCP port nobody listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_down():
    """The site's cache settings pointed at a Redis that is not there."""
    location = f"redis://127.0.0.1:{closed_port()}/0"
    fail_open.reset()
    with override_settings(
        CACHES={
            "default": {
                "BACKEND": "site911.caching.redis_backend.FailOpenRedisCache",
                "LOCATION": location,
                "OPTIONS": {"SOCKET_TIMEOUT": 0.25, "RETRY_AFTER": 2, "WARN_EVERY": 60},
            }
        }
    ):
        yield caches["default"]
    fail_open.reset()


@pytest.mark.django_db
def test_pages_render_when_redis_is_down(client, demo_site, redis_down, caplog):
    caplog.set_level(logging.WARNING, logger="site911.cache")
    started = time.monotonic()
    for url in ["/", "/when-to-call/", "/about/", "/", "/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "tel:911" in tel_links(response)
    assert time.monotonic() - started < 10
    warnings = [r for r in caplog.records if r.name == "site911.cache"]
    assert len(warnings) == 1, "one warning per interval, not one per request"
    assert "Redis cache unavailable" in warnings[0].getMessage()


@pytest.mark.django_db
def test_publishing_when_redis_is_down_still_works_and_is_logged(client, demo_site, redis_down, caplog):
    from home.models import StandardPage

    about = StandardPage.objects.get(slug="about")
    about.title = "Published while Redis was down"
    about.save_revision().publish()
    assert soup(client.get("/about/")).h1.get_text(strip=True) == "Published while Redis was down"


def test_operations_behave_as_misses(redis_down):
    cache = redis_down
    assert cache.get("k") is None
    assert cache.get("k", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set("k", 1) is None
    assert cache.add("k", 1) is False
    assert cache.delete("k") is False
    assert cache.has_key("k") is False
    assert cache.set_many({"a": 1}) == ["a"]
    with pytest.raises(ValueError):
        cache.incr("k")


def test_after_an_error_redis_is_not_retried_at_once(redis_down):
    before = fail_open.error_count()
    started = time.monotonic()
    for _ in range(200):
        redis_down.get("k")
    assert fail_open.error_count() - before == 200
    assert time.monotonic() - started < 1
