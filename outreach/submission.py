"""Saving a sent speaker request: duplicates recognised, the request and its e-mails queued in one transaction."""

import datetime
import hashlib
import json

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Site

from outreach import tasks
from outreach.models import EmailDelivery, SpeakerRequest

DUPLICATE_WINDOW = datetime.timedelta(days=1)


def fingerprint(cleaned_data):
    """A hash of what the visitor typed, normalised, to recognise the same request sent from a fresh form."""
    values = {
        name: " ".join(str(cleaned_data.get(name) or "").split()).casefold() for name in SpeakerRequest.REQUESTER_FIELDS
    }
    return hashlib.sha256(json.dumps(values, sort_keys=True).encode()).hexdigest()


def submit(form, request):
    """Save a valid SpeakerRequestForm sent with `request` and queue its e-mails. Returns (speaker_request, created).

    The same form sent again (same submission token), or the same details sent again within a day
    (the back button brought a fresh copy of the form), return the first request and queue nothing.
    Database errors propagate: the caller tells the visitor.
    """
    nonce = form.token.nonce
    digest = fingerprint(form.cleaned_data)
    existing = (
        SpeakerRequest.objects.filter(submission_token=nonce).first()
        or SpeakerRequest.objects.filter(fingerprint=digest, created_at__gte=timezone.now() - DUPLICATE_WINDOW)
        .order_by("created_at")
        .first()
    )
    if existing:
        return existing, False
    speaker_request = form.save(commit=False)
    speaker_request.submission_token = nonce
    speaker_request.fingerprint = digest
    speaker_request.site = Site.find_for_request(request)
    try:
        with transaction.atomic():
            speaker_request.save(force_insert=True)
            _queue_emails(speaker_request)
    except IntegrityError:
        # Two copies of the same form raced each other: the other one won.
        existing = SpeakerRequest.objects.filter(submission_token=nonce).first()
        if existing:
            return existing, False
        raise
    return speaker_request, True


def _queue_emails(speaker_request):
    """One delivery per kind of e-mail, queued now; a confirmation over the address's daily limit is held."""
    now = timezone.now()
    for kind in (EmailDelivery.Kind.SUPERVISOR, EmailDelivery.Kind.REQUESTER):  # the decision's comes later
        if kind == EmailDelivery.Kind.REQUESTER and not confirmation_allowed(speaker_request.email, now):
            EmailDelivery.objects.create(request=speaker_request, kind=kind, state=EmailDelivery.State.HELD)
            continue
        delivery = EmailDelivery.objects.create(request=speaker_request, kind=kind, next_attempt_at=now)
        tasks.enqueue(delivery)


def confirmation_allowed(address, now):
    """Fewer than OUTREACH_CONFIRMATIONS_PER_ADDRESS confirmations queued for `address` in the last day.

    Someone typing a stranger's address again and again sends them a few fixed-text e-mails, not a flood.
    """
    queued = EmailDelivery.objects.filter(
        kind=EmailDelivery.Kind.REQUESTER,
        request__email__iexact=address,
        request__created_at__gte=now - datetime.timedelta(days=1),
    ).exclude(state=EmailDelivery.State.HELD)
    return queued.count() < settings.OUTREACH_CONFIRMATIONS_PER_ADDRESS
