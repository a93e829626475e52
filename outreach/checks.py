"""`check --deploy`: a speaker request must reach someone."""

from django.conf import settings
from django.core.checks import Error
from django.db import DatabaseError


def check_supervisor_address(app_configs=None, **kwargs):
    """An error unless OUTREACH_SUPERVISOR_EMAIL or Settings → Outreach (for some site) names an address.

    Without one, requests are accepted and confirmed while their e-mail fails for days.
    """
    if settings.OUTREACH_SUPERVISOR_EMAIL:
        return []
    try:
        from outreach.models import OutreachSettings

        if OutreachSettings.objects.exclude(supervisor_email="").exists():
            return []
    except DatabaseError:  # not migrated yet: the environment is all there is
        pass
    return [
        Error(
            "No outreach supervisor address: speaker requests would be accepted and their e-mail would go nowhere.",
            hint="Set OUTREACH_SUPERVISOR_EMAIL, or the address under Settings → Outreach in the admin.",
            id="outreach.E001",
        )
    ]
