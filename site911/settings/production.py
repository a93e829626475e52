"""Production: every value from the environment; refuses to start when a required one is missing."""

from site911.env import env_bool, missing

from .base import *  # noqa: F403

REQUIRED = ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DEFAULT_FROM_EMAIL", "WAGTAILADMIN_BASE_URL"]
_missing = missing(REQUIRED)
if _missing:
    # One line on stderr and a non-zero exit: what a release log or a PaaS dashboard shows.
    raise SystemExit(f"site911: missing required environment variables: {', '.join(_missing)}")

DEBUG = False
STORAGES["staticfiles"]["BACKEND"] = "whitenoise.storage.CompressedManifestStaticFilesStorage"  # noqa: F405
# WhiteNoise serves hashed names with a year-long immutable Cache-Control; others for 60 s.

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (make bench runs this way).
if env_bool("TRUST_X_FORWARDED_PROTO"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
