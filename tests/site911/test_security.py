import importlib
import re

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

from tests.helpers import text
from tests.production import CHECK_DEPLOY, PRODUCTION_ENV, run_production

pytestmark = pytest.mark.django_db

COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def csp_directives(response):
    header = response.headers["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


@pytest.mark.parametrize("url", ["/", "/when-to-call/?q=fire", "/about/", "/search/?q=911", "/no-such-page/"])
def test_public_pages_send_security_headers_and_a_strict_csp(client, demo_site, url):
    response = client.get(url)
    for name, value in COMMON_HEADERS.items():
        assert response.headers.get(name) == value, name
    assert response.headers["X-Frame-Options"] == "DENY"
    policy = csp_directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response.headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])


def test_public_pages_have_no_inline_script_or_style(client, demo_site):
    for url in ["/", "/when-to-call/", "/about/", "/search/?q=fire"]:
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")", html), url
        assert "<style" not in html, url
        assert " style=" not in html, url


def test_static_files_carry_the_same_headers(client):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    for name, value in COMMON_HEADERS.items():
        assert response.headers.get(name) == value, name
    assert "Access-Control-Allow-Origin" not in response.headers


def test_admin_gets_its_own_policy_with_scripts_from_this_site_only(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    policy = csp_directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in response.headers["Content-Security-Policy"]


def test_security_txt_names_the_contact(client):
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Contact: mailto:security@example.gov" in body
    assert re.search(r"^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", body, re.M)


def test_unknown_host_is_rejected_with_400(client):
    response = client.get("/", HTTP_HOST="evil.example.com")
    assert response.status_code == 400


def login(client, username, password, ip):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip, follow=False)


def test_admin_login_locks_out_a_user_and_address_after_five_failures(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.gov", "right-password-123")
    for _ in range(4):
        assert login(client, "editor", "wrong", "203.0.113.5").status_code == 200
    fifth = login(client, "editor", "wrong", "203.0.113.5")
    assert fifth.status_code == 429
    assert "Too many sign-in attempts" in text(fifth)
    assert "Try again in 1 hour," in text(fifth)
    # Now even the right password is refused from this address.
    assert login(client, "editor", "right-password-123", "203.0.113.5").status_code == 429
    # The same user from another address, and another user from this address, can still sign in.
    other_address = login(client.__class__(), "editor", "right-password-123", "198.51.100.7")
    assert other_address.status_code == 302


def test_the_lockout_page_says_how_long_the_lockout_lasts(client, django_user_model, settings):
    settings.AXES_COOLOFF_TIME = 3
    django_user_model.objects.create_superuser("editor", "editor@example.gov", "right-password-123")
    for _ in range(5):
        response = login(client, "editor", "wrong", "203.0.113.9")
    assert response.status_code == 429
    assert "Try again in 3 hours," in text(response)


def test_admin_path_comes_from_a_setting(client):
    import site911.urls

    try:
        with override_settings(WAGTAIL_ADMIN_PATH="staff-desk/"):
            clear_url_caches()
            importlib.reload(site911.urls)
            assert client.get("/staff-desk/login/").status_code == 200
            assert client.get("/admin/login/").status_code == 404
    finally:
        clear_url_caches()
        importlib.reload(site911.urls)


@pytest.mark.parametrize("redis", [{"REDIS_URL": "redis://127.0.0.1:6379/0"}, {}], ids=["redis", "no-redis"])
def test_check_deploy_passes_with_a_realistic_environment(redis):
    """Without Redis every process still sees every change at its next request (the generation is in
    the database: tests/faults/test_redis_faults.py), so no warning asks for it."""
    env = {**PRODUCTION_ENV, **redis, "OUTREACH_SUPERVISOR_EMAIL": "outreach@911.example.gov"}
    result = run_production(env, code=CHECK_DEPLOY)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deploy-ok" in result.stdout


def test_database_down_gives_the_friendly_500_page():
    env = {**PRODUCTION_ENV, "DATABASE_URL": "postgres://postgres@127.0.0.1:1/none"}
    code = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client(raise_request_exception=False).get('/', HTTP_HOST='911.example.gov', secure=True); "
        "print(r.status_code); print(r.content.decode())"
    )
    result = run_production(env, code=code)
    out = result.stdout
    assert "\n500\n" in out
    assert "Something went wrong" in out
    assert "call 9-1-1" in out


def test_500_template_needs_no_database_or_template_tags():
    from django.template.loader import get_template

    source = get_template("500.html").template.source
    assert "{%" not in source
    assert "{{" not in source
