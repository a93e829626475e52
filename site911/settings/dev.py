"""Local development: needs no environment at all."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405, S105
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
WHITENOISE_USE_FINDERS = True
OUTREACH_SUPERVISOR_EMAIL = OUTREACH_SUPERVISOR_EMAIL or "outreach-supervisor@localhost"  # noqa: F405
