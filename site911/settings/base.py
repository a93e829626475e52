"""Settings shared by every environment. Everything that differs comes from the environment."""

from pathlib import Path

import dj_database_url

from site911 import csp, languages, object_storage, static_headers
from site911.env import env_bool, env_float, env_int, env_list, env_rate, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "site911",  # the core app: site-wide settings, snippets, views, commands and caching (apps.py)
    "home",
    "news",
    "outreach",
    "stats",
    "events",
    "wagtail_localize",  # translation in the admin: segments, PO export/import (README "Languages")
    "wagtail_localize.locales",  # in place of wagtail.locales
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django_recaptcha",  # its field is used only when RECAPTCHA_PUBLIC_KEY/RECAPTCHA_PRIVATE_KEY are set
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
]

MIDDLEWARE = [
    # First: /healthz and /readyz answer before the page cache, sessions or the host check (site911/health.py).
    "site911.health.ProbeMiddleware",
    "site911.request_log.RequestIDMiddleware",
    "site911.security.CrossOriginResourcePolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise (static files come pre-compressed) and above the page cache: compresses the
    # pages it does not hold (forms, search, finder answers, 404s) with Django's Heal-the-BREACH
    # padding; what is already compressed (a cached page's gzip copy) is left as it is.
    "site911.compression.CompressionMiddleware",
    "site911.security.SiteCSPMiddleware",
    # Early: a cached page skips sessions, CSRF, auth and rendering (see site911/caching/).
    # Below the CSP middleware, so cached pages get the policy header too.
    "site911.caching.middleware.PageCacheMiddleware",
    "site911.caching.content_memo.SiteMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the URL prefix only, never Accept-Language or a cookie, with no Vary (site911/languages.py).
    # Below the page cache, which keys pages by URL: a hit needs no language. Above CommonMiddleware, as Django asks.
    "site911.languages.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "site911.urls"
WSGI_APPLICATION = "site911.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file by default; DATABASE_URL (PostgreSQL) in production and CI.
# Persistent connections: a new connection per request halves throughput.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # libpq waits forever for an unreachable host: bounded, a request (or /readyz) fails instead of hanging.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory by default; Redis when REDIS_URL is set, so every process shares one cache.
# site911.caching.redis_backend.FailOpenRedisCache is Django's RedisCache that treats an unreachable Redis as a miss
# (logged), with short socket timeouts: Redis going down must not take pages down.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "site911.caching.redis_backend.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "site911"),
            "OPTIONS": {"SOCKET_TIMEOUT": env_float("REDIS_TIMEOUT", 0.25)},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Full-page cache for anonymous visitors (site911/caching/). Publishing clears it everywhere.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# Seconds browsers and CDNs may keep a page (Cache-Control: public, max-age=...).
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
# Seconds a page stays in the shared cache when nothing is published (publishing clears it at once).
PAGE_CACHE_TIMEOUT = env_int("PAGE_CACHE_TIMEOUT", 300)
# With Redis: each process also keeps a copy of pages, checked against the same generation (no Redis round trip).
PAGE_CACHE_LOCAL = env_bool("PAGE_CACHE_LOCAL", True)
# When content next changes by itself (a site alert's end time): no cached copy is kept past it.
PAGE_CACHE_DEADLINE = "site911.alerts.next_end"
# `?page=N` is cached only on pages that paginate (N up to their last page); other parameters bypass it.
# New entries one client address may add per generation (a made-up URL cannot fill the cache).
PAGE_CACHE_MAX_ADDS_PER_CLIENT = env_int("PAGE_CACHE_MAX_ADDS_PER_CLIENT", 200)
# Tracking parameters (and utm_*) dropped from the cache key: the page is the same.
PAGE_CACHE_IGNORED_PARAMS = ["fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"]
# A caching proxy in front (deploy/varnish/default.vcl), e.g. http://127.0.0.1:6081: emptied (one BAN) after every
# change that clears the page cache (site911/caching/proxy.py). Empty: no proxy. A CDN (Cloudflare, CloudFront)
# is another entry of wagtail.contrib.frontend_cache's WAGTAILFRONTENDCACHE setting (README).
FRONTEND_CACHE_URL = env_str("FRONTEND_CACHE_URL")
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": FRONTEND_CACHE_URL}}
    if FRONTEND_CACHE_URL
    else {}
)
# Seconds a ban may take before it is given up (logged); it never delays an editor's save (a background thread).
FRONTEND_CACHE_TIMEOUT = env_float("FRONTEND_CACHE_TIMEOUT", 2.0)
# What clears the cache: site911/caching/invalidation.py (a model opts out with `page_cache_invalidates = False`).

# Wagtail runs its own background work on the default backend: keep it immediate.
# E-mail goes through the database queue ("email"), run by `manage.py db_worker --backend email`.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "email": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English (no URL prefix), Spanish /es/, Somali /so/, Hmong /hmn/ (site911/languages.py, README "Languages").
LANGUAGE_CODE = languages.ENGLISH
LANGUAGES = [(code, name_local) for code, _name, name_local in languages.LANGUAGES]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# "Translate this page" makes a draft, never a live copy of the English text: a translation goes
# live through the Translation review workflow (site911/translation_workflow.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "America/Chicago")
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
# Static files are for this site's pages only (no Access-Control-Allow-Origin: *).
WHITENOISE_ALLOW_ALL_ORIGINS = False
# Files browsers ask for at the site's root (/favicon.ico), served by WhiteNoise with a long max-age.
WHITENOISE_ROOT = BASE_DIR / "public"
WHITENOISE_ADD_HEADERS_FUNCTION = static_headers.add_headers
# Uploaded images, renditions and documents: MEDIA_ROOT, or the bucket named by AWS_STORAGE_BUCKET_NAME
# (private originals and documents, unsigned public renditions: why, in site911/object_storage.py).
OBJECT_STORAGE = object_storage.from_env()
STORAGES = object_storage.storages(OBJECT_STORAGE)
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
WAGTAILDOCS_SERVE_METHOD = object_storage.document_serve_method(OBJECT_STORAGE)

# Mail: SMTP from the environment. EMAIL_TIMEOUT stops a hanging server from blocking forever.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "911 Communications <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# How many proxies in front of the site append to X-Forwarded-For; 0 trusts REMOTE_ADDR only.
NUM_PROXIES = env_int("NUM_PROXIES", 0)

# Wrong passwords for one private page (or document collection) accepted per client address: N/s, N/m, N/h, N/d.
PAGE_PASSWORD_RATE_LIMIT = env_rate("PAGE_PASSWORD_RATE_LIMIT", "10/h")

# Speaker requests (outreach app). See README "Speaker requests".
# Fallback supervisor address when Settings -> Outreach in the admin leaves it blank.
OUTREACH_SUPERVISOR_EMAIL = env_str("OUTREACH_SUPERVISOR_EMAIL")
# A form sent back sooner than this many seconds after it was shown is refused (bots are fast).
OUTREACH_MIN_SECONDS = env_int("OUTREACH_MIN_SECONDS", 3)
# Requests accepted per client address: N/s, N/m, N/h or N/d.
OUTREACH_RATE_LIMIT = env_rate("OUTREACH_RATE_LIMIT", "5/h")
# Confirmation e-mails sent to one address in a day; more requests from it are still saved and reach the supervisor.
OUTREACH_CONFIRMATIONS_PER_ADDRESS = env_int("OUTREACH_CONFIRMATIONS_PER_ADDRESS", 3)
# A request whose supervisor e-mail has not gone out this many minutes after it arrived is shown on every
# Outreach member's admin dashboard, and e-mailed to them (the clock's alert_outreach_group, every minute).
OUTREACH_ALERT_AFTER_MINUTES = env_int("OUTREACH_ALERT_AFTER_MINUTES", 60)
# First retry of a failed e-mail after this many seconds, doubling each time (capped at 6 hours).
OUTREACH_EMAIL_RETRY_BASE_SECONDS = env_int("OUTREACH_EMAIL_RETRY_BASE_SECONDS", 30)
OUTREACH_EMAIL_RETRY_MAX_SECONDS = env_int("OUTREACH_EMAIL_RETRY_MAX_SECONDS", 6 * 3600)
# Retries stop (the delivery shows as failed; staff can resend) this long after the first attempt.
OUTREACH_EMAIL_RETRY_HOURS = env_int("OUTREACH_EMAIL_RETRY_HOURS", 72)
# `manage.py delete_old_speaker_requests` deletes requests this many days after their event.
OUTREACH_RETENTION_DAYS = env_int("OUTREACH_RETENTION_DAYS", 365)
# reCAPTCHA v2 checkbox on the speaker form, only when both keys are set.
RECAPTCHA_PUBLIC_KEY = env_str("RECAPTCHA_PUBLIC_KEY")
RECAPTCHA_PRIVATE_KEY = env_str("RECAPTCHA_PRIVATE_KEY")
RECAPTCHA_VERIFY_REQUEST_TIMEOUT = env_int("RECAPTCHA_VERIFY_REQUEST_TIMEOUT", 5)

# Past this many pages, /sitemap.xml becomes an index of several files (site911/sitemap.py).
SITEMAP_URLS_PER_FILE = 5000

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Minneapolis 911")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False

# One line per record on stdout, where a PaaS collects it, with the request's ID.
# Never log personal data from speaker requests (names, e-mail addresses, phone numbers).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "site911.request_log.RequestIDFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s level=%(levelname)s logger=%(name)s request_id=%(request_id)s %(message)s"}
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    # A line per background task drowns the log; failures still show.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# The Wagtail admin's address (a path without the leading slash), e.g. "staff-7f3a/" to keep it off scanners' lists.
WAGTAIL_ADMIN_PATH = env_str("ADMIN_PATH", "admin").strip("/") + "/"
# The probes are answered before the page cache (site911/health.py); listed here too, should that order change.
# /staff-calendar/: each staff member's secret calendar address (events/staff_calendar.py).
PAGE_CACHE_EXCLUDE_PATHS = [f"/{WAGTAIL_ADMIN_PATH}", "/documents/", "/healthz", "/readyz", "/staff-calendar/"]

# --- Security headers (production adds HTTPS redirect, HSTS and secure cookies) ---
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN for themselves
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# Content-Security-Policy (django-csp): nothing inline and nothing from elsewhere on public pages (site911/csp.py).
CONTENT_SECURITY_POLICY = csp.public_policy(
    recaptcha=bool(RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY),
    media_origins=object_storage.media_origins(OBJECT_STORAGE),
)
ADMIN_CONTENT_SECURITY_POLICY = csp.admin_policy(CONTENT_SECURITY_POLICY)

# --- Admin login protection (django-axes): 5 failures per user name and address lock out for an hour ---
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_RESET_ON_SUCCESS = True
AXES_SENSITIVE_PARAMETERS = ["password"]
AXES_CLIENT_IP_CALLABLE = "site911.client_ip.client_ip"  # honours NUM_PROXIES

# /.well-known/security.txt
SECURITY_CONTACT = env_str("SECURITY_CONTACT", "mailto:security@example.gov")
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff e-mail hashes sent to a third party
