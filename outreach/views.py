"""Serving the speaker-request page: form (GET), submission (POST → redirect), confirmation (GET).

Every response of this page is marked `Cache-Control: private, no-store` (Django's never_cache): the
form carries a CSRF token and a one-time submission token, so no shared cache may keep a copy.
"""

import html
import logging

from django.core import signing
from django.db import DatabaseError
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.html import strip_tags

from outreach import spam, submission
from outreach.forms import SpeakerRequestForm
from outreach.models import EmailDelivery, SpeakerRequest

logger = logging.getLogger(__name__)

CONFIRMATION_SALT = "outreach.confirmation"
CONFIRMATION_MAX_AGE = 24 * 3600
CONFIRMATION_PARAM = "confirmation"


def serve_speaker_page(page, request):
    if request.method == "POST":
        response = _submit(page, request)
    elif request.method in ("GET", "HEAD"):
        if CONFIRMATION_PARAM in request.GET:
            response = _confirmation(page, request, request.GET[CONFIRMATION_PARAM])
        else:
            response = _form_page(page, request, SpeakerRequestForm())
    else:
        response = HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def _render(page, request, template, status=200, **extra):
    context = page.get_context(request)
    context.update(extra)
    return TemplateResponse(request, template, context, status=status)


def _form_page(page, request, form, status=200, **extra):
    return _render(page, request, page.get_template(request), status=status, form=form.prepare_for_display(), **extra)


def _rate_limited(page, request):
    response = _render(page, request, "outreach/rate_limited.html", status=429)
    response["Retry-After"] = str(spam.retry_after_seconds())
    return response


def _submit(page, request):
    if spam.is_rate_limited(request):  # spares a limited client's form the checks
        return _rate_limited(page, request)
    form = SpeakerRequestForm(request.POST, sooner_contact=_sooner_contact(page, request))
    if not form.is_valid():  # a form sent back with errors does not count
        return _form_page(page, request, form)
    # Counted before saving, atomically: simultaneous requests cannot all slip under the limit.
    slot = spam.reserve_slot(request)
    if slot is None:
        return _rate_limited(page, request)
    try:
        speaker_request, created = submission.submit(form, request)
    except DatabaseError as error:
        slot.release()
        # The class only: a database error's text can quote the values being saved.
        logger.error("Could not save a speaker request: %s", type(error).__name__)
        return _render(page, request, "outreach/unavailable.html", status=503)
    if not created:  # the same form again: it found the first request and does not count
        slot.release()
    return HttpResponseRedirect(confirmation_url(page, request, speaker_request, repeated=not created))


def _sooner_contact(page, request):
    """The supervisor's address or phone line as plain text, for the "less than 7 days away" error."""
    text = render_to_string("outreach/includes/supervisor_contact.html", page.get_context(request), request=request)
    return " ".join(html.unescape(strip_tags(text)).split())


def confirmation_url(page, request, speaker_request, repeated=False):
    token = signing.dumps({"r": speaker_request.pk, "x": int(repeated)}, salt=CONFIRMATION_SALT)
    return f"{page.get_url(request)}?{CONFIRMATION_PARAM}={token}"


def _confirmation(page, request, token):
    try:
        data = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
        speaker_request = SpeakerRequest.objects.get(pk=int(data["r"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError, SpeakerRequest.DoesNotExist):
        return _render(page, request, "outreach/confirmation_expired.html", status=404)
    return _render(
        page,
        request,
        "outreach/confirmation.html",
        speaker_request=speaker_request,
        repeated=bool(data.get("x")),
        confirmation_held=speaker_request.deliveries.filter(
            kind=EmailDelivery.Kind.REQUESTER, state=EmailDelivery.State.HELD
        ).exists(),
    )
