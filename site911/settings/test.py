"""Settings for the test suite (pytest). DATABASE_URL and REDIS_URL still apply, so CI runs on PostgreSQL."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
if REDIS_URL:  # noqa: F405
    # Tests share one Redis: a prefix of their own keeps them apart from a running site.
    CACHES["default"]["KEY_PREFIX"] = "site911-test"  # noqa: F405
# Wagtail keeps renditions in the "renditions" cache (else "default") by image id and file hash. The test
# database is new each run and Redis is not: an earlier run's rendition, whose file that run deleted, would be found.
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "renditions"}  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True  # serve static files through WhiteNoise without collectstatic
AXES_FAILURE_LIMIT = 5
# Speaker form: no waiting before sending, quick retries, no reCAPTCHA (its test keys still call Google).
OUTREACH_MIN_SECONDS = 0
OUTREACH_EMAIL_RETRY_BASE_SECONDS = 1
OUTREACH_SUPERVISOR_EMAIL = "supervisor@example.test"
RECAPTCHA_PUBLIC_KEY = ""
RECAPTCHA_PRIVATE_KEY = ""
if REDIS_URL and DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the cross-process page-cache test (it needs Redis) serves this database
    # from gunicorn. Without Redis that test is skipped and the faster in-memory database is used.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".pytest-db.sqlite3")}  # noqa: F405
