"""The supervisor's decision on a speaker request, Scheduled or Declined, and the e-mail telling the requester.

The e-mail goes the same durable way as the confirmation (outreach/tasks.py): a delivery record, queued in
the transaction that records the decision, retried, its attempts logged and shown in the admin. Deciding
again (a new date, a change of mind) sends the new decision through the same delivery, re-queued.
"""

from django.db import transaction
from django.utils import timezone

from outreach import tasks
from outreach.models import EmailDelivery, SpeakerRequest
from outreach.signals import speaker_request_scheduled


def schedule(speaker_request, *, staff_member, decided_by, public_title="", public_location=""):
    """Mark it Scheduled with `staff_member` assigned. Returns what the signal's receivers made (e.g. an event page)."""
    with transaction.atomic():
        _record(speaker_request, SpeakerRequest.Status.SCHEDULED, decided_by, assigned_to=staff_member, reason="")
        responses = speaker_request_scheduled.send(
            sender=SpeakerRequest,
            speaker_request=speaker_request,
            public_title=public_title,
            public_location=public_location,
        )
    return [response for _, response in responses if response is not None]


def decline(speaker_request, *, reason, decided_by):
    with transaction.atomic():
        _record(speaker_request, SpeakerRequest.Status.DECLINED, decided_by, assigned_to=None, reason=reason)


def _record(speaker_request, status, decided_by, assigned_to, reason):
    speaker_request.status = status
    speaker_request.assigned_to = assigned_to
    speaker_request.decline_reason = reason
    speaker_request.decided_at = timezone.now()
    speaker_request.decided_by = decided_by
    speaker_request.save(update_fields=["status", "assigned_to", "decline_reason", "decided_at", "decided_by"])
    delivery, created = EmailDelivery.objects.get_or_create(
        request=speaker_request,
        kind=EmailDelivery.Kind.DECISION,
        defaults={"next_attempt_at": speaker_request.decided_at},
    )
    if created:
        tasks.enqueue(delivery)
    else:
        tasks.requeue(delivery)
