"""The interface catalogs (locale/{es,so,hmn}/LC_MESSAGES/django.po): complete, consistent with the code,
and what a Spanish reader sees on the pages."""

import io
import re
from pathlib import Path

import polib
import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_python
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from django.utils.translation.template import templatize

from tests.outreach.support import submit, valid_data

LANGUAGES = ["es", "so", "hmn"]
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "so": "nplurals=2; plural=(n != 1);",
    "hmn": "nplurals=1; plural=0;",
}
LOCALE = Path(settings.BASE_DIR) / "locale"
APPS = ["site911", "home", "news", "outreach"]
KEYWORDS = {**DEFAULT_KEYWORDS, "gettext_lazy": None, "pgettext_lazy": ((1, "c"), 2), "ngettext_lazy": (1, 2)}
# %(name)s / %(name)d, %s, and {name}: what the code fills in, so what a translation must keep.
PLACEHOLDER = re.compile(r"%\([^)]+\)[sd]|%[sd]|\{[a-z_]*\}")


def catalog(language):
    return [e for e in polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po")) if not e.obsolete]


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_with_its_placeholders(language):
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    assert po.metadata["Plural-Forms"] == PLURAL_FORMS[language]
    assert "reviewed by a qualified" in po.header  # the drafts say what they are
    entries = catalog(language)
    assert len(entries) > 150
    for entry in entries:
        assert "fuzzy" not in entry.flags, entry.msgid
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural)]
            assert len(forms) == int(PLURAL_FORMS[language][9]), entry.msgid
            for form in forms:
                assert form.strip(), entry.msgid
                assert placeholders(form) == placeholders(entry.msgid_plural), (entry.msgid, form)
        else:
            assert entry.msgstr.strip(), entry.msgid
            assert placeholders(entry.msgstr) == placeholders(entry.msgid), (entry.msgid, entry.msgstr)


def test_safety_numbers_stay_numbers():
    """A translation never drops or rewrites the 911 of the original (residents dial what they read)."""
    for language in LANGUAGES:
        for entry in catalog(language):
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if text:
                    assert entry.msgid.count("911") <= text.count("911"), (language, entry.msgid)
                    assert entry.msgid.count("9-1-1") == text.count("9-1-1"), (language, entry.msgid)


def extracted():
    """(context, msgid) of every string marked in the apps' Python and templates, found the way
    makemessages finds them (Django's templatize) but read with babel, so no xgettext is needed."""
    found = set()
    for app in APPS:
        for path in sorted(Path(settings.BASE_DIR, app).rglob("*")):
            if "migrations" in path.parts or path.suffix not in {".py", ".html", ".txt"}:
                continue
            source = path.read_text()
            if path.suffix != ".py":
                # Python's tokenizer (which babel uses) would stumble on the markup's indentation.
                source = "\n".join(line.lstrip() for line in templatize(source, origin=str(path)).splitlines())
            for _line, _function, message, _comments in extract_python(io.BytesIO(source.encode()), KEYWORDS, [], {}):
                if isinstance(message, tuple):  # (msgid, plural) or (context, msgid[, plural])
                    context = message[0] if _function in ("pgettext", "pgettext_lazy", "npgettext") else None
                    msgid = message[1] if context else message[0]
                else:
                    context, msgid = None, message
                found.add((context, msgid))
    return found


def test_catalogs_cover_every_marked_string_and_nothing_else():
    in_code = extracted()
    assert (None, "Skip to content") in in_code and ("date format", "F j, Y") in in_code
    for language in LANGUAGES:
        in_catalog = {(e.msgctxt, e.msgid) for e in catalog(language)}
        assert not in_code - in_catalog, f"{language}: run makemessages (README, Interface translations)"
        assert not in_catalog - in_code, f"{language}: strings no longer in the code"


# --- what a reader sees


@pytest.fixture
def compiled_catalogs(tmp_path):
    """The .po files compiled with babel (as the build does) into a LOCALE_PATHS of their own."""
    for language in LANGUAGES:
        target = tmp_path / language / "LC_MESSAGES"
        target.mkdir(parents=True)
        with open(LOCALE / language / "LC_MESSAGES" / "django.po", "rb") as po, open(target / "django.mo", "wb") as mo:
            write_mo(mo, read_po(po, locale=language if language != "hmn" else None))
    with override_settings(LOCALE_PATHS=[str(tmp_path)], PAGE_CACHE_ENABLED=False):
        yield


def page(client, url, language):
    with translation.override(language):
        return client.get(url).content.decode()


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs")
def test_spanish_pages_show_the_spanish_interface(client, demo_site):
    body = page(client, "/", "es")
    assert ">Saltar al contenido</a>" in body
    assert ">Números de teléfono</h2>" in body
    assert ">Buscar en este sitio</a>" in body
    assert "Skip to content" not in body
    assert 'href="tel:911"' in body  # numbers are content, the same in every language


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs", "clear_cache")
def test_spanish_speaker_form_labels_and_errors(client, speaker_page):
    body = page(client, "/request-a-speaker/", "es")
    assert "Este formulario no es para emergencias." in body
    assert ">Su nombre</label>" in body
    assert "Fiesta de cuadra" in body
    assert ">Enviar solicitud</button>" in body
    with translation.override("es"):
        response = submit(client, valid_data(client, name="", event_date="2000-01-01"))
    body = response.content.decode()
    assert "Hay problemas con su solicitud" in body
    assert "Escriba su nombre." in body
    assert "Esa fecha ya pasó." in body
    assert "Enter your name." not in body


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs")
def test_somali_and_hmong_skip_links(client, demo_site):
    assert ">U bood waxa bogga ku jira</a>" in page(client, "/", "so")
    assert ">Hla mus rau cov ntsiab lus</a>" in page(client, "/", "hmn")


@pytest.mark.usefixtures("compiled_catalogs")
def test_error_pages_in_spanish_need_no_context_or_database():
    """400 and 403 are translated; 500 stays English, with no i18n tags (tests/site911/test_security.py)."""
    from django.template import loader

    with translation.override("es"):  # no django_db mark: a query would raise
        bad_request = loader.get_template("400.html").render()
        server_error = loader.get_template("500.html").render()
    assert "No se pudo procesar la solicitud" in bad_request
    assert "Si tiene una emergencia, llame al 9-1-1 ahora." in bad_request
    assert "If you have an emergency, call 9-1-1 now." in server_error


@pytest.mark.usefixtures("compiled_catalogs")
def test_dates_in_words_follow_the_language():
    import datetime

    from site911.dates import in_words

    day = datetime.date(2027, 6, 21)
    with translation.override("es"):
        assert in_words(day) == "21 de junio de 2027"
    with translation.override("hmn"):
        assert in_words(day) == "hnub tim 21 lub 6 hli xyoo 2027"
    assert in_words(day) == "June 21, 2027"
