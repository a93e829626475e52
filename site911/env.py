"""Read typed values from the environment (12-factor configuration)."""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of 1/0, true/false, yes/no (got {raw!r})")


def env_int(name, default):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number (got {raw!r})") from None


def env_float(name, default):
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number (got {raw!r})") from None


def env_list(name, default=()):
    """A comma-separated list; blank items are dropped."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


_RATE_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(value):
    """`"5/h"` -> (5, 3600): at most N events per second, minute, hour or day (`N/s`, `N/m`, `N/h`, `N/d`)."""
    count, sep, unit = str(value).strip().lower().partition("/")
    if not sep or unit not in _RATE_UNITS or not count.isdigit() or int(count) < 1:
        raise ImproperlyConfigured(f"A rate is N/s, N/m, N/h or N/d with N at least 1 (got {value!r})")
    return int(count), _RATE_UNITS[unit]


def env_rate(name, default):
    """A rate such as `5/h` (see parse_rate), checked at start-up; returns the string."""
    raw = os.environ.get(name, "").strip() or default
    try:
        parse_rate(raw)
    except ImproperlyConfigured as error:
        raise ImproperlyConfigured(f"{name}: {error}") from None
    return raw


def missing(names):
    """The names among `names` that are unset or blank in the environment."""
    return [name for name in names if not os.environ.get(name, "").strip()]
