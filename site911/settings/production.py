"""Production: every value from the environment; refuses to start when a required one is missing."""

from site911.env import env_bool, env_int, missing

from .base import *  # noqa: F403

REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEFAULT_FROM_EMAIL", "WAGTAILADMIN_BASE_URL"]
_missing = missing(REQUIRED)
if _missing:
    # One line on stderr and a non-zero exit: what a release log or a PaaS dashboard shows.
    raise SystemExit(f"site911: missing required environment variables: {', '.join(_missing)}")

# Values that are set but unsafe stop the start as a missing one does (Django itself only warns, in check --deploy).
_unsafe = []
if len(set(SECRET_KEY)) < 5 or len(SECRET_KEY) < 50:  # noqa: F405 - Django's own check (security.W009)
    _unsafe.append("SECRET_KEY must be at least 50 characters with at least 5 different ones")
if "*" in ALLOWED_HOSTS:  # noqa: F405
    _unsafe.append("ALLOWED_HOSTS must name the site's host names, not '*' (any Host header would be accepted)")
if _unsafe:
    raise SystemExit(f"site911: {'; '.join(_unsafe)}")

DEBUG = False
# Notices requests from a loopback or private address while NUM_PROXIES=0 (a proxy it does not count).
MIDDLEWARE.insert(2, "site911.client_ip.ProxyAddressMiddleware")  # noqa: F405
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
# WhiteNoise serves hashed names with a year-long immutable Cache-Control; others for 60 s.

# HTTPS only. Behind a TLS-terminating proxy that sets X-Forwarded-Proto (Heroku, Render, most load
# balancers), turn on TRUST_X_FORWARDED_PROTO, and only there: elsewhere a client could forge the header.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
if env_bool("TRUST_X_FORWARDED_PROTO", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading is a one-way door for the whole domain: the city opts in with SECURE_HSTS_PRELOAD=1.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
