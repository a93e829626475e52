"""The interface catalogs (locale/{es,so,hmn}/LC_MESSAGES/django.po): complete, consistent with the code,
and what a Spanish reader sees on the pages."""

import io
import re
from pathlib import Path

import polib
import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_python
from django.conf import settings
from django.test import override_settings
from django.utils import translation
from django.utils.translation.template import templatize

from site911.languages import LOCALE_DIR as LOCALE
from tests.helpers import translate
from tests.outreach.support import form_token, valid_data

LANGUAGES = ["es", "so", "hmn"]
PLURAL_FORMS = {
    "es": "nplurals=2; plural=(n != 1);",
    "so": "nplurals=2; plural=(n != 1);",
    "hmn": "nplurals=1; plural=0;",
}
APPS = ["site911", "home", "news", "outreach", "stats", "events"]
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
            for n, form in enumerate(forms):
                assert form.strip(), entry.msgid
                # With two forms the first is the singular's ("The last month"), which may leave out the count.
                allowed = [placeholders(entry.msgid_plural)]
                if n == 0 and len(forms) > 1:
                    allowed.append(placeholders(entry.msgid))
                assert placeholders(form) in allowed, (entry.msgid, form)
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
def compiled_catalogs():
    """Django reads the .mo files that tests/conftest.py compiled from these .po files with
    site911.languages.compile_catalogs(), the build's own step, into the site's LOCALE_PATHS."""
    assert LOCALE in map(Path, settings.LOCALE_PATHS)
    for language in LANGUAGES:
        po = LOCALE / language / "LC_MESSAGES" / "django.po"
        assert po.with_suffix(".mo").stat().st_mtime >= po.stat().st_mtime, f"{language}: .mo older than .po"
    # A request activates its URL's language in this thread; the override puts English back afterwards.
    with override_settings(PAGE_CACHE_ENABLED=False), translation.override(settings.LANGUAGE_CODE):
        yield


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs")
def test_spanish_pages_show_the_spanish_interface(client, demo_site):
    translate(demo_site.root_page.specific, "es", title="Inicio")
    body = page(client, "/es/")
    assert '<html lang="es">' in body
    assert ">Saltar al contenido</a>" in body
    assert ">Números de teléfono</h2>" in body
    assert ">Buscar en este sitio</a>" in body
    assert 'aria-label="Idioma"' in body  # the language switcher
    assert "Skip to content" not in body
    assert 'href="tel:911"' in body  # numbers are content, the same in every language


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs", "clear_cache")
def test_spanish_speaker_form_labels_and_errors(client, speaker_page):
    translate(speaker_page.get_parent().specific, "es", title="Inicio")
    url = translate(speaker_page, "es", title="Pida un orador").url  # the demo's Spanish address
    body = page(client, url)
    assert "Este formulario no es para emergencias." in body
    assert ">Su nombre</label>" in body
    assert "Fiesta de cuadra" in body
    assert "Idioma preferido (opcional)" in body
    assert ">Enviar solicitud</button>" in body
    data = valid_data(client, name="", event_date="2000-01-01")
    data["form_token"] = form_token(client, url)
    body = client.post(url, data).content.decode()
    assert "Hay problemas con su solicitud" in body
    assert "Escriba su nombre." in body
    assert "Esa fecha ya pasó." in body
    assert "Enter your name." not in body


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs")
def test_somali_and_hmong_skip_links(client, demo_site):
    translate(demo_site.root_page.specific, "so", title="Bogga hore")
    translate(demo_site.root_page.specific, "hmn", title="Nplooj tsev")
    assert ">U bood waxa bogga ku jira</a>" in page(client, "/so/")
    assert ">Hla mus rau cov ntsiab lus</a>" in page(client, "/hmn/")


@pytest.mark.django_db
@pytest.mark.usefixtures("compiled_catalogs")
def test_figures_and_events_write_dates_in_the_readers_language(client, demo_site):
    """Somali and Hmong dates use numbers (Django has no month names in them), never English words."""
    from events.models import EventIndexPage, EventPage
    from stats.models import AnswerTimesPage

    english_words = re.compile(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|"
        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Sunday|Monday|Tuesday|"
        r"Wednesday|Thursday|Friday|Saturday)\b"
    )
    for language in ("so", "hmn"):
        translate(demo_site.root_page.specific, language)
        figures = translate(AnswerTimesPage.objects.get(locale__language_code="en"), language)
        index = translate(EventIndexPage.objects.get(locale__language_code="en"), language)
        for event in EventPage.objects.filter(locale__language_code="en").live():
            translate(event, language)
        for url in (figures.url, index.url):
            body = page(client, url)
            main = body[body.index("<main") : body.index("</main>")]
            assert not english_words.search(main), (url, english_words.search(main))
    assert re.search(r"Lub hli tshiab tshaj plaws: lub \d+ hli xyoo \d{4}", page(client, "/hmn/how-fast-we-answer/"))


@pytest.mark.usefixtures("compiled_catalogs")
def test_error_pages_in_spanish_need_no_context_or_database():
    """400 and 403 are translated; 500 stays English, with no i18n tags (tests/site911/test_security.py)."""
    from django.template import loader

    with translation.override("es"):  # no django_db mark: a query would raise
        bad_request = loader.get_template("400.html").render()
        server_error = loader.get_template("500.html").render()
    assert '<html lang="es">' in bad_request  # screen readers pronounce it as Spanish
    assert "No se pudo procesar la solicitud" in bad_request
    assert "Si tiene una emergencia, llame al 9-1-1 ahora." in bad_request
    assert "If you have an emergency, call 9-1-1 now." in server_error
    assert '<html lang="en">' in server_error


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
