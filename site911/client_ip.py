"""The client's address, shared by the speaker form's rate limit and the admin login lockout."""

import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)


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


def _is_internal(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.is_loopback or ip.is_private


PROXY_SEEN_KEY = "site911:proxy-seen"


class ProxyAddressMiddleware:
    """Notices a proxy that NUM_PROXIES does not count, for `check --deploy` (site911.W002) and the log.

    With NUM_PROXIES=0 behind nginx, every visitor has nginx's address: one admin lockout and one
    speaker-form limit for the whole city. Requests arriving from a loopback or private address are
    that case (production only: this middleware is in settings/production.py); it is logged once per
    process and remembered in the cache, which check --deploy reads.
    """

    _warned = False

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.NUM_PROXIES == 0 and _is_internal(request.META.get("REMOTE_ADDR", "")):
            self._note(request.META["REMOTE_ADDR"])
        return self.get_response(request)

    @classmethod
    def _note(cls, address):
        from django.core.cache import cache

        try:
            cache.set(PROXY_SEEN_KEY, address, timeout=7 * 24 * 3600)
        except Exception:  # noqa: S110 - the log line below is the fallback
            pass
        if not cls._warned:
            cls._warned = True
            logger.warning(
                "Requests arrive from %s (a proxy on this machine or network), but NUM_PROXIES=0: every visitor "
                "shares that address (admin lockout, rate limits). Set NUM_PROXIES to the number of proxies.",
                address,
            )


def check_uncounted_proxy(app_configs=None, **kwargs):
    """`check --deploy`: site911.W002 when a web process has seen requests through an uncounted proxy."""
    from django.core.cache import cache
    from django.core.checks import Warning

    if settings.NUM_PROXIES != 0:
        return []
    try:
        address = cache.get(PROXY_SEEN_KEY)
    except Exception:
        return []
    if not address:
        return []
    return [
        Warning(
            f"Requests arrived from {address} (loopback or private: a proxy) while NUM_PROXIES=0: "
            "every visitor shares the proxy's address, so five wrong admin passwords lock out every admin and "
            "the speaker form's limit applies to the whole city.",
            hint="Set NUM_PROXIES=1 behind nginx configured as in deploy/nginx/ (docs/deploy.md).",
            id="site911.W002",
        )
    ]
