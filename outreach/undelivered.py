"""Requests that have not reached the supervisor: the Outreach group is told, on the dashboard and by e-mail.

A request must reach someone. When its supervisor e-mail has not gone out OUTREACH_ALERT_AFTER_MINUTES
after the request arrived (mail server refusing, no supervisor address, worker down), every member
of the Outreach group sees it on their admin dashboard, and is e-mailed once about it by the clock's
`alert_outreach_group` job. The e-mail carries references and admin links only, no personal data.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.admin.ui.components import Component

from outreach.models import EmailDelivery, SpeakerRequest
from outreach.tasks import log_summary

logger = logging.getLogger(__name__)

OUTREACH_GROUP = "Outreach"


def overdue_supervisor_deliveries(now=None):
    """Supervisor e-mails not sent although their request arrived more than OUTREACH_ALERT_AFTER_MINUTES ago."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(minutes=settings.OUTREACH_ALERT_AFTER_MINUTES)
    return (
        EmailDelivery.objects.filter(kind=EmailDelivery.Kind.SUPERVISOR, request__created_at__lte=cutoff)
        .exclude(state=EmailDelivery.State.SENT)
        .select_related("request")
        .order_by("request__created_at")
    )


def group_addresses():
    users = get_user_model().objects.filter(groups__name=OUTREACH_GROUP, is_active=True).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def alert_group(now=None):
    """E-mail the Outreach group about overdue requests not yet reported. Returns how many were reported.

    A failed send reports nothing as told, so the next run (a minute later) tries again.
    """
    deliveries = list(overdue_supervisor_deliveries(now).filter(group_alerted_at__isnull=True))
    if not deliveries:
        return 0
    recipients = group_addresses()
    if not recipients:
        logger.error(
            "%d speaker request(s) not delivered to the supervisor, and the Outreach group has no member "
            "with an e-mail address",
            len(deliveries),
        )
        return 0
    body = render_to_string(
        "outreach/email/undelivered.txt",
        {"deliveries": deliveries, "minutes": settings.OUTREACH_ALERT_AFTER_MINUTES},
    )
    subject = f"{len(deliveries)} speaker request(s) have not reached the outreach supervisor"
    # Bcc: members do not see each other's addresses.
    try:
        EmailMessage(subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, bcc=recipients).send()
    except Exception as error:
        logger.error("Could not e-mail the Outreach group (tried again next run): %s", log_summary(error))
        return 0
    EmailDelivery.objects.filter(pk__in=[d.pk for d in deliveries]).update(group_alerted_at=now or timezone.now())
    logger.warning(
        "Told the Outreach group (%d member(s)) about delivery ids %s", len(recipients), [d.pk for d in deliveries]
    )
    return len(deliveries)


class UndeliveredRequestsPanel(Component):
    """On the admin dashboard of everyone who may see speaker requests."""

    name = "undelivered_speaker_requests"
    template_name = "outreach/admin/undelivered_panel.html"
    order = 50  # above Wagtail's own panels

    def __init__(self, deliveries):
        self.deliveries = deliveries

    def get_context_data(self, parent_context):
        return {"deliveries": self.deliveries, "minutes": settings.OUTREACH_ALERT_AFTER_MINUTES}


def dashboard_panel(user):
    from outreach.admin_views import SpeakerRequestPermissionPolicy

    if not SpeakerRequestPermissionPolicy(SpeakerRequest).user_has_permission(user, "view"):
        return None
    deliveries = list(overdue_supervisor_deliveries()[:50])
    return UndeliveredRequestsPanel(deliveries) if deliveries else None
