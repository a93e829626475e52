"""Which site alerts show now, and when that changes by itself (an alert's end time)."""

from django.utils import timezone

from home.models import SiteAlert
from site911.content_memo import memoized


def active_alerts():
    """Active alerts not yet ended when read, kept for the content generation (site911/content_memo.py)."""
    return memoized(("site_alerts",), lambda: list(SiteAlert.objects.active()))


def showing(now=None):
    """The alerts on the site at `now`: a memoized alert whose end time has passed since is left out."""
    now = now or timezone.now()
    return [alert for alert in active_alerts() if alert.is_showing(now)]


def next_end():
    """The earliest end time among the alerts showing now; None when none ends by itself.

    The page cache keeps no page, and lets no browser keep one, past it (settings.PAGE_CACHE_DEADLINE).
    """
    return min((alert.ends_at for alert in showing() if alert.ends_at), default=None)
