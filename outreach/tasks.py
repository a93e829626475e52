"""Background e-mail for speaker requests, on the django-tasks-db "email" backend.

Run the worker with `manage.py db_worker --backend email`. django-tasks-db does not retry by itself:
a failed send records the attempt and enqueues the next try with `run_after`, with a growing delay,
until OUTREACH_EMAIL_RETRY_HOURS after the first attempt; then the delivery shows as failed and
staff can resend it from the admin.

Each (re-)queue bumps the delivery's generation and the task carries it: a task whose generation is
no longer current does nothing, and a task sends only after claiming the delivery with a conditional
UPDATE. So a message is sent once per queueing, however many workers run.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from outreach.emails import build_message
from outreach.models import DeliveryAttempt, EmailDelivery

logger = logging.getLogger(__name__)

TASK_BACKEND = "email"
PENDING = [EmailDelivery.State.QUEUED, EmailDelivery.State.RETRYING]


def retry_delay(attempts):
    """Seconds before the next try after `attempts` failed tries: base, 2×base, 4×base, … capped."""
    base = max(1, settings.OUTREACH_EMAIL_RETRY_BASE_SECONDS)
    return min(base * 2 ** max(0, attempts - 1), max(base, settings.OUTREACH_EMAIL_RETRY_MAX_SECONDS))


def enqueue(delivery, run_after=None):
    """Queue a send of `delivery` at its current generation. Call inside the transaction that saved it."""
    send_request_email.using(run_after=run_after).enqueue(delivery.pk, delivery.generation)


@task(backend=TASK_BACKEND)
def send_request_email(delivery_id, generation):
    now = timezone.now()
    claimed = EmailDelivery.objects.filter(pk=delivery_id, generation=generation, state__in=PENDING).update(
        state=EmailDelivery.State.SENDING, next_attempt_at=now
    )
    if not claimed:
        return "skipped: already sent, superseded or deleted"
    delivery = EmailDelivery.objects.select_related("request", "request__site").get(pk=delivery_id)
    try:
        message = build_message(delivery)
        message.send()
    except Exception as error:
        return _record_failure(delivery, generation, error)
    recipient = ", ".join(message.to)
    with transaction.atomic():
        DeliveryAttempt.objects.create(delivery=delivery, at=now, succeeded=True)
        EmailDelivery.objects.filter(pk=delivery_id, generation=generation).update(
            state=EmailDelivery.State.SENT,
            sent_at=now,
            attempts=F("attempts") + 1,
            first_attempt_at=delivery.first_attempt_at or now,
            next_attempt_at=None,
            last_error="",
            recipient=recipient[:254],
        )
    return "sent"


def log_summary(error):
    """The exception's class and SMTP codes, e.g. "SMTPRecipientsRefused 550": nothing a person typed.

    An exception's text can carry the recipient's name and address (SMTPRecipientsRefused lists them).
    """
    codes = []
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
    elif isinstance(error, smtplib.SMTPResponseException):
        codes = [error.smtp_code]
    return " ".join([type(error).__name__, *sorted({str(code) for code in codes})])


def _record_failure(delivery, generation, error):
    now = timezone.now()
    # The full text stays on the delivery, for staff who may see the request; the log gets the summary.
    text = f"{type(error).__name__}: {error}"[:2000]
    logger.warning("Speaker request e-mail delivery_id=%s failed: %s", delivery.pk, log_summary(error))
    attempts = delivery.attempts + 1
    first = delivery.first_attempt_at or now
    give_up_at = first + datetime.timedelta(hours=settings.OUTREACH_EMAIL_RETRY_HOURS)
    with transaction.atomic():
        DeliveryAttempt.objects.create(delivery=delivery, at=now, succeeded=False, error=text)
        current = EmailDelivery.objects.filter(pk=delivery.pk, generation=generation)
        if now >= give_up_at:
            current.update(
                state=EmailDelivery.State.FAILED,
                attempts=attempts,
                first_attempt_at=first,
                next_attempt_at=None,
                last_error=text,
            )
            logger.error("Speaker request e-mail delivery_id=%s: giving up after %d attempts", delivery.pk, attempts)
            return "failed"
        next_at = min(now + datetime.timedelta(seconds=retry_delay(attempts)), give_up_at)
        updated = current.update(
            state=EmailDelivery.State.RETRYING,
            attempts=attempts,
            first_attempt_at=first,
            next_attempt_at=next_at,
            last_error=text,
            generation=generation + 1,
        )
        if updated:  # not re-queued by staff meanwhile
            send_request_email.using(run_after=next_at).enqueue(delivery.pk, generation + 1)
    return "retrying"


def requeue(delivery, restart_retries=True):
    """Send again now (staff "Resend", or a stalled delivery). Supersedes any pending try."""
    now = timezone.now()
    changes = {"first_attempt_at": None} if restart_retries else {}
    with transaction.atomic():
        EmailDelivery.objects.filter(pk=delivery.pk).update(
            generation=F("generation") + 1, state=EmailDelivery.State.QUEUED, next_attempt_at=now, **changes
        )
        delivery.refresh_from_db()
        enqueue(delivery)
    return delivery


def requeue_stalled(older_than=datetime.timedelta(minutes=15)):
    """Deliveries due more than `older_than` ago that no worker has finished (worker down or crashed)."""
    cutoff = timezone.now() - older_than
    stalled = EmailDelivery.objects.filter(
        state__in=PENDING + [EmailDelivery.State.SENDING], next_attempt_at__lt=cutoff
    )
    count = 0
    for delivery in stalled:
        requeue(delivery, restart_retries=False)
        count += 1
    return count
