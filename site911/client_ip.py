"""The client's address, shared by the speaker form's rate limit and the admin login lockout."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """REMOTE_ADDR, or the address NUM_PROXIES trusted proxies put in X-Forwarded-For."""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.NUM_PROXIES
    if hops > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            candidate = forwarded[-min(hops, len(forwarded))]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return remote
