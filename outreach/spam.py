"""Spam protection that works without Google: a signed time token, a honeypot and a per-client rate limit.

reCAPTCHA (outreach.forms) is added on top only when keys are configured.
"""

import logging
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext as _

from site911 import rate_limit
from site911.client_ip import client_ip
from site911.env import parse_rate

logger = logging.getLogger(__name__)

TOKEN_SALT = "outreach.form-token"  # noqa: S105 (a signing namespace, not a secret)
TOKEN_MAX_AGE = 24 * 3600  # a form shown more than a day ago is stale


@dataclass(frozen=True)
class FormToken:
    nonce: str  # unique per form shown: identifies one submission
    issued_at: float


class TokenError(Exception):
    """The token is missing, tampered with, too young or too old; the message says what to do."""


def issue_token():
    return signing.dumps({"n": secrets.token_urlsafe(24), "t": time.time()}, salt=TOKEN_SALT, compress=False)


def check_token(raw, now=None):
    """The FormToken in `raw`, or TokenError with a message for the visitor."""
    now = time.time() if now is None else now
    if not raw:
        raise TokenError(_("This form is missing a security code. Please fill it in again and send it."))
    try:
        data = signing.loads(raw, salt=TOKEN_SALT)
        token = FormToken(nonce=str(data["n"]), issued_at=float(data["t"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise TokenError(
            _("This form's security code is not valid. Please check your details and send the form again.")
        ) from None
    if not token.nonce or len(token.nonce) > 64:
        raise TokenError(
            _("This form's security code is not valid. Please check your details and send the form again.")
        )
    age = now - token.issued_at
    if age > TOKEN_MAX_AGE:
        raise TokenError(_("This form was open for more than a day. Please check your details and send it again."))
    if age < settings.OUTREACH_MIN_SECONDS:
        raise TokenError(_("That was very quick. Please check your details, then send the form again."))
    return token


def _rate_scope(request):
    return f"outreach:rate:{client_ip(request)}"


def is_rate_limited(request, now=None):
    """True when this client has used its allowance for the current period (a quick look; see reserve_slot).

    Never raises.
    """
    limit, period = parse_rate(settings.OUTREACH_RATE_LIMIT)
    try:
        count = cache.get(rate_limit.period_key(_rate_scope(request), period, now), 0)
    except Exception:
        # The cache being down must not stop requests: accept and log.
        logger.warning("Rate-limit cache unavailable; accepting the request", exc_info=True)
        return False
    return count >= limit


def reserve_slot(request, now=None):
    """Count this request before it is saved: a Slot to release if nothing is saved, or None when limited."""
    return rate_limit.reserve(_rate_scope(request), settings.OUTREACH_RATE_LIMIT, now)


def retry_after_seconds(now=None):
    return rate_limit.retry_after_seconds(settings.OUTREACH_RATE_LIMIT, now)
