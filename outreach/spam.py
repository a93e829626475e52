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
        raise TokenError("This form is missing a security code. Please fill it in again and send it.")
    try:
        data = signing.loads(raw, salt=TOKEN_SALT)
        token = FormToken(nonce=str(data["n"]), issued_at=float(data["t"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        raise TokenError(
            "This form's security code is not valid. Please check your details and send the form again."
        ) from None
    if not token.nonce or len(token.nonce) > 64:
        raise TokenError("This form's security code is not valid. Please check your details and send the form again.")
    age = now - token.issued_at
    if age > TOKEN_MAX_AGE:
        raise TokenError("This form was open for more than a day. Please check your details and send it again.")
    if age < settings.OUTREACH_MIN_SECONDS:
        raise TokenError("That was very quick. Please check your details, then send the form again.")
    return token


def _rate_key(ip, period, now):
    return f"outreach:rate:{ip}:{int(now // period)}"


def is_rate_limited(request, now=None):
    """True when this client has used its allowance for the current period (a quick look; see reserve_slot).

    Never raises.
    """
    limit, period = parse_rate(settings.OUTREACH_RATE_LIMIT)
    try:
        count = cache.get(_rate_key(client_ip(request), period, now or time.time()), 0)
    except Exception:
        # The cache being down must not stop requests: accept and log.
        logger.warning("Rate-limit cache unavailable; accepting the request", exc_info=True)
        return False
    return count >= limit


@dataclass(frozen=True)
class Slot:
    """One request counted against a client's allowance; `release()` gives it back (nothing was saved)."""

    key: str | None

    def release(self):
        if self.key is None:
            return
        try:
            cache.decr(self.key)
        except ValueError:
            pass  # expired meanwhile: the next period has started
        except Exception:
            logger.warning("Rate-limit cache unavailable; slot not released", exc_info=True)


def reserve_slot(request, now=None):
    """Count this request before it is saved: a Slot, or None when the allowance is used up.

    One atomic increment (Redis INCR) per request, so simultaneous requests cannot all pass a check
    made before any of them was counted. Never raises: with the cache down every request gets a slot.
    """
    limit, period = parse_rate(settings.OUTREACH_RATE_LIMIT)
    key = _rate_key(client_ip(request), period, now or time.time())
    try:
        cache.add(key, 0, timeout=period + 1)
        count = cache.incr(key)
    except ValueError:
        return Slot(None)  # expired between add and incr: the next period has started
    except Exception:
        logger.warning("Rate-limit cache unavailable; accepting the request", exc_info=True)
        return Slot(None)
    if count > limit:
        Slot(key).release()
        return None
    return Slot(key)


def retry_after_seconds(now=None):
    _, period = parse_rate(settings.OUTREACH_RATE_LIMIT)
    now = now or time.time()
    return max(1, int(period - (now % period)))
