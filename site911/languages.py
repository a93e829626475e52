"""The site's four languages, what Django lacks to use them, and the step that compiles their catalogs.

Django knows neither Somali (`so`) nor Hmong (`hmn`): without an entry in `LANG_INFO`,
`get_language_info`, `LocaleMiddleware` and `i18n_patterns` fail for them. Settings import this
module, so the entries exist before any of those run.

The site's interface strings live in `locale/<code>/LC_MESSAGES/django.po`; Django reads the
compiled `.mo` (not in git). `compile_catalogs()` writes them with babel, so no `msgfmt` is needed:
`make run`/`make test` and the Procfile's release step run it (`manage.py compile_catalogs`). A
language Django has no catalog for is not "available" (`check_for_language`), so each ships one.
"""

from pathlib import Path

from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

ENGLISH = "en"
# (code, name in English, name in the language itself), English first: the default, with no URL prefix.
LANGUAGES = [
    (ENGLISH, "English", "English"),
    ("es", "Spanish", "Español"),
    ("so", "Somali", "Soomaali"),
    ("hmn", "Hmong", "Hmoob"),
]
# Both are written left to right in the Latin script.
LANG_INFO.setdefault("so", {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"})
LANG_INFO.setdefault("hmn", {"bidi": False, "code": "hmn", "name": "Hmong", "name_local": "Hmoob"})

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_catalogs(locale_dir=LOCALE_DIR):
    """Compile every `<locale_dir>/*/LC_MESSAGES/django.po` to its `.mo`; returns the paths written."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    written = []
    for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/django.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name.replace("-", "_"))
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        written.append(mo_path)
    return written


def check_catalogs(app_configs=None, **kwargs):
    """A catalog not compiled (or older than its .po) makes its language unavailable: /so/ would be a 404."""
    from django.core.checks import Error

    stale = [
        po_path
        for po_path in sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
        if not po_path.with_suffix(".mo").exists()
        or po_path.with_suffix(".mo").stat().st_mtime < po_path.stat().st_mtime
    ]
    return [
        Error(
            f"{po_path.relative_to(LOCALE_DIR.parent)} is not compiled or has changed since.",
            hint="Run `manage.py compile_catalogs` (`make catalogs`; the Procfile's release step runs it).",
            id="site911.E003",
        )
        for po_path in stale
    ]


class PathLocaleMiddleware(LocaleMiddleware):
    """The language comes from the URL prefix alone (/es/, /so/, /hmn/), English without one.

    Django's LocaleMiddleware would fall back to the Accept-Language header and the language cookie,
    and mark unprefixed responses `Vary: Accept-Language`: one URL would then show different
    languages to different people, and the page cache, which is keyed by URL and keeps only
    responses that vary on Accept-Encoding and Cookie, could no longer share them. Residents choose
    their language with the switcher; the choice lives in the URL.
    """

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or ENGLISH
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
