"""Every admin URL Wagtail registers for the outreach models, walked as staff outside the Outreach group.

A News editor can sign in to the admin; nothing they can open may show a speaker request's details.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.helpers import staff_member
from tests.outreach.support import make_request

pytestmark = pytest.mark.django_db

SECRETS = ("Secret Block Club", "Maria Private", "maria.private@example.org", "612-555-0199", "1 Hidden Lane")


def _walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, route, inner)
        elif isinstance(entry, URLPattern):
            yield route, namespace


OUTREACH_MODELS = ("speakerrequest", "outreachsettings")
APP_CONVERTERS = ("app_label", "app_name", "content_type_app_name")
MODEL_CONVERTERS = ("model_name", "content_type_model_name")
CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")


def _is_generic(route):
    """A route that takes any model by name, e.g. the bulk-action and settings views."""
    names = set(CONVERTER.findall(route))
    return bool(names & set(APP_CONVERTERS)) and bool(names & set(MODEL_CONVERTERS))


def outreach_admin_paths(speaker_request, site):
    """A concrete path for every admin URL that names an outreach model, or takes any model by name."""
    from django.conf import settings

    paths = set()
    for route, namespace in _walk(get_resolver().url_patterns):
        route = route.lstrip("^").replace("\\Z", "").replace("$", "")
        if not route.startswith(settings.WAGTAIL_ADMIN_PATH):
            continue
        if "outreach" in route or "outreach" in namespace:
            models = [None]
        elif _is_generic(route):
            models = OUTREACH_MODELS
        else:
            continue
        for model in models:
            paths.add("/" + fill(route, model, speaker_request, site))
    return sorted(paths)


def fill(route, model, speaker_request, site):
    """Every converter gets a value: this request's id, the site's id, a delivery kind, the outreach app."""
    values = {"kind": "supervisor", "action": "delete", "session_id": "1"}
    values.update(dict.fromkeys(APP_CONVERTERS, "outreach"))
    values.update(dict.fromkeys(MODEL_CONVERTERS, model or ""))
    pk = site.pk if model == "outreachsettings" else speaker_request.pk
    path = CONVERTER.sub(lambda match: values.get(match.group(1), str(pk)), route)
    return f"{path}?id={speaker_request.pk}"  # the bulk-action and chosen-multiple views read ids from the query


@pytest.fixture
def secret_request():
    return make_request(
        name="Maria Private",
        email="maria.private@example.org",
        phone="612-555-0199",
        organization="Secret Block Club",
        address="1 Hidden Lane",
    )


def test_the_walk_finds_the_listing_the_inspect_view_the_chooser_and_the_setting(secret_request, demo_site):
    paths = "\n".join(outreach_admin_paths(secret_request, demo_site))
    assert f"/admin/snippets/outreach/speakerrequest/inspect/{secret_request.pk}/" in paths
    assert f"/admin/settings/outreach/outreachsettings/{demo_site.pk}/" in paths
    assert "/admin/bulk/outreach/speakerrequest/delete/" in paths


def test_no_outreach_admin_url_shows_request_data_to_staff_outside_outreach(client, secret_request, demo_site):
    client.force_login(staff_member("nellie", "News editors"))
    shown = {}
    # The chooser the review found, whether or not it is registered.
    chooser = f"/admin/snippets/choose/outreach/speakerrequest/results/?id={secret_request.pk}"
    for path in [chooser, *outreach_admin_paths(secret_request, demo_site)]:
        for method in (client.get, client.post):
            response = method(path)
            leaked = [secret for secret in SECRETS if secret in response.content.decode(errors="replace")]
            if leaked or response.status_code == 200:
                shown[f"{method.__name__.upper()} {path}"] = (response.status_code, leaked)
    assert shown == {}, "\n".join(f"{k}: {v}" for k, v in shown.items())
    secret_request.refresh_from_db()  # and nothing was deleted or changed


def test_outreach_staff_still_see_the_request(client, secret_request):
    client.force_login(staff_member("olive", "Outreach"))
    response = client.get(f"/admin/snippets/outreach/speakerrequest/inspect/{secret_request.pk}/")
    assert "Secret Block Club" in response.content.decode()
    bulk_delete = client.get(f"/admin/bulk/outreach/speakerrequest/delete/?id={secret_request.pk}")
    assert bulk_delete.status_code == 200 and "Secret Block Club" in bulk_delete.content.decode()
