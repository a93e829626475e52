"""The two plain-text messages a speaker request sends.

The supervisor's copy carries every detail (text/plain only). The requester's confirmation goes to
whatever address was typed, so it carries the reference and fixed text only, and no name in To::
otherwise anyone could send their own words from the city's address to anyone.
"""

from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.models import Site

from outreach.models import EmailDelivery, OutreachSettings
from site911.contact import ContactNumbers
from site911.lines import EMERGENCY, NON_EMERGENCY


class NoRecipient(Exception):
    """No supervisor address is configured (neither Settings → Outreach nor OUTREACH_SUPERVISOR_EMAIL)."""


def _site(speaker_request):
    return speaker_request.site or Site.objects.filter(is_default_site=True).first()


def _single_line(text):
    return " ".join(str(text).split())


def build_message(delivery):
    speaker_request = delivery.request
    site = _site(speaker_request)
    supervisor = OutreachSettings.supervisor_address(site)
    context = {
        "r": speaker_request,
        "received": timezone.localtime(speaker_request.created_at),
        "site_name": (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME,
        "supervisor": supervisor,
    }
    requester = formataddr((_single_line(speaker_request.name), speaker_request.email))
    if delivery.kind == EmailDelivery.Kind.SUPERVISOR:
        if not supervisor:
            raise NoRecipient("No supervisor address: set one under Settings → Outreach, or OUTREACH_SUPERVISOR_EMAIL.")
        context["admin_url"] = speaker_request.admin_url()
        subject = (
            f"Speaker request {speaker_request.reference}: {speaker_request.get_event_type_display()} "
            f"on {speaker_request.event_date:%Y-%m-%d}, {_single_line(speaker_request.organization)}"
        )
        to, reply_to = [supervisor], [requester]
        template = "outreach/email/supervisor.txt"
    else:
        numbers = ContactNumbers.for_site(site) if site else ContactNumbers()
        context["emergency"] = numbers.get(EMERGENCY)
        context["non_emergency"] = numbers.get(NON_EMERGENCY)
        to, reply_to = [speaker_request.email], ([supervisor] if supervisor else [])
        if delivery.kind == EmailDelivery.Kind.DECISION:
            # The requester's own words are not repeated (see above): the decision, the date, staff's name and reason.
            staff = speaker_request.assigned_to
            context["staff_name"] = (staff.get_full_name() or staff.get_username()) if staff else ""
            context["event_url"] = speaker_request.public_event_url
            decision = speaker_request.get_status_display().lower()
            subject = f"Your speaker request {speaker_request.reference}: {decision}"
            template = "outreach/email/decision.txt"
        else:
            subject = f"We received your speaker request {speaker_request.reference}"
            template = "outreach/email/requester.txt"
    body = render_to_string(template, context)
    return EmailMessage(
        subject=subject[:250],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
    )
