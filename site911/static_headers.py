"""Cache headers for the files WhiteNoise serves at the site's root (WHITENOISE_ROOT: /favicon.ico).

Hashed static files are cached for a year by WhiteNoise itself. A root file keeps its name when it
changes, so it gets a month: long enough that browsers stop asking, short enough for a new icon.
"""

from django.conf import settings

ROOT_FILE_MAX_AGE = 30 * 24 * 3600


def add_headers(headers, path, url):
    if settings.WHITENOISE_ROOT and path.startswith(str(settings.WHITENOISE_ROOT)):
        headers["Cache-Control"] = f"public, max-age={ROOT_FILE_MAX_AGE}"
