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
    return policy_directives(response.headers["Content-Security-Policy"])


def policy_directives(header):
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


def test_500_template_needs_no_database_or_template_tags(django_assert_num_queries):
    """500.html and the error-page shell it extends use only the tags that shape a template (no load, include,
    url or static, no variables), and render as Django's server_error does: an empty context, no query."""
    from django.template.loader import get_template

    for name in ("500.html", "error_page.html"):
        source = get_template(name).template.source
        assert "{{" not in source, name
        tags = {tag for tag in re.findall(r"{%\s*(\w+)", source)}
        assert tags <= {"extends", "block", "endblock", "comment", "endcomment"}, (name, tags)
    with django_assert_num_queries(0):
        html = get_template("500.html").render()
    assert "<h1>Something went wrong</h1>" in html
    assert "call 9-1-1" in html


class _RecordsCspReads:
    """Records the private `_csp…` attributes django-csp reads from an object."""

    def __getattribute__(self, name):
        if name.startswith("_csp"):
            object.__getattribute__(self, "csp_reads").add(name)
        return object.__getattribute__(self, name)


def test_the_cached_csp_header_knows_every_attribute_django_csp_reads(rf):
    """site911.security.SiteCSPMiddleware reuses a built header unless a request or response carries one of
    django-csp's private attributes (a nonce, a per-view decorator). If django-csp reads other names, this fails."""
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    from site911.security import _PER_RESPONSE_OVERRIDES

    class Response(_RecordsCspReads, HttpResponse):
        pass

    class Request(_RecordsCspReads, type(rf.get("/"))):
        pass

    request = rf.get("/")
    request.__class__ = Request
    request.csp_reads = set()
    response = Response()
    response.csp_reads = set()
    CSPMiddleware(lambda r: None).process_response(request, response)
    assert response.csp_reads <= set(_PER_RESPONSE_OVERRIDES), response.csp_reads - set(_PER_RESPONSE_OVERRIDES)
    assert request.csp_reads == {"_csp_nonce"}


@pytest.mark.parametrize("decorator", ["csp_exempt", "csp_update", "csp_replace", "csp"])
def test_django_csp_decorators_mark_responses_with_names_the_cached_header_checks(rf, decorator):
    import csp.decorators
    from django.http import HttpResponse

    from site911.security import _PER_RESPONSE_OVERRIDES

    make = getattr(csp.decorators, decorator)
    kwargs = {} if decorator == "csp_exempt" else {"config": {"img-src": ["https://example.com"]}}
    for report_only in (False, True):
        view = make(REPORT_ONLY=report_only, **kwargs)(lambda request: HttpResponse())
        marks = {name for name in vars(view(rf.get("/"))) if name.startswith("_csp")}
        assert marks and marks <= set(_PER_RESPONSE_OVERRIDES), marks


@pytest.mark.parametrize("path", ["/", "/admin/login/"])
def test_the_cached_csp_header_is_what_django_csp_builds(rf, settings, path):
    from csp.constants import HEADER
    from csp.middleware import CSPMiddleware
    from django.http import HttpResponse

    from site911.security import SiteCSPMiddleware

    settings.WAGTAIL_ADMIN_PATH = "admin/"
    built = []
    for middleware in (SiteCSPMiddleware, CSPMiddleware):
        request, response = rf.get(path), HttpResponse()
        if middleware is CSPMiddleware and path.startswith("/admin/"):
            response._csp_config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        built.append(middleware(lambda r: None).process_response(request, response)[HEADER])
    cached, stock = (policy_directives(header) for header in built)
    assert cached == stock  # the same directives; their order in the header does not matter
    # Served again from the cache, the same header.
    request, response = rf.get(path), HttpResponse()
    assert SiteCSPMiddleware(lambda r: None).process_response(request, response)[HEADER] == built[0]
