"""Counting attempts per client in the cache, atomically: the speaker form and the page-password views.

`reserve()` counts an attempt before it is acted on, with one atomic increment (Redis INCR), so
simultaneous attempts cannot all pass a check made before any of them was counted. It never raises:
with the cache down, every attempt is let through (and logged).
"""

import logging
import time
from dataclasses import dataclass

from django.core.cache import cache

from site911.env import parse_rate

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Slot:
    """One counted attempt; `release()` gives it back (e.g. nothing was saved, or the password was right)."""

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


def period_key(scope, period, now=None):
    return f"{scope}:{int((now or time.time()) // period)}"


def reserve(scope, rate, now=None):
    """A Slot for one more attempt in `scope` (e.g. "outreach:rate:203.0.113.5"), or None when `rate` is used up."""
    limit, period = parse_rate(rate)
    key = period_key(scope, period, now)
    try:
        cache.add(key, 0, timeout=period + 1)
        count = cache.incr(key)
    except ValueError:
        return Slot(None)  # expired between add and incr: the next period has started
    except Exception:
        logger.warning("Rate-limit cache unavailable; letting the attempt through", exc_info=True)
        return Slot(None)
    if count > limit:
        Slot(key).release()
        return None
    return Slot(key)


def retry_after_seconds(rate, now=None):
    _, period = parse_rate(rate)
    now = now or time.time()
    return max(1, int(period - (now % period)))
