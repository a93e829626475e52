"""Language access: English at /, Spanish /es/, Somali /so/ and Hmong /hmn/, chosen in the URL only."""

import pytest
from django.utils import translation
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page

from home.models import GuidancePage
from site911.alerts import SiteAlert
from site911.contact import ContactNumbers
from site911.contact_wording import ContactWording
from tests.helpers import soup, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish(demo_site):
    """The home and guidance pages in Spanish."""
    home = translate(demo_site.root_page.specific, "es", title="Inicio", seo_title="Inicio")
    guidance = translate(GuidancePage.objects.get(slug="when-to-call"), "es", title="Cuándo llamar")
    return {"home": home, "guidance": guidance, "guidance_url": guidance.url}


def html_lang(response):
    return soup(response).html["lang"]


def switcher(response):
    return soup(response).select_one(".language-switcher")


def test_django_knows_somali_and_hmong():
    assert get_language_info("so")["name_local"] == "Soomaali"
    assert get_language_info("hmn")["name_local"] == "Hmoob"
    assert get_language_info("so")["bidi"] is False
    assert get_language_info("es")["code"] == "es"
    assert translation.check_for_language("so") and translation.check_for_language("hmn")


def test_a_catalog_not_compiled_is_a_system_error(tmp_path, monkeypatch):
    """Without its .mo a language is unavailable (/so/ would be a 404): `manage.py check` says so."""
    from site911 import languages

    po = tmp_path / "so" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n')
    monkeypatch.setattr(languages, "LOCALE_DIR", tmp_path)
    assert [error.id for error in languages.check_catalogs()] == ["site911.E003"]
    languages.compile_catalogs(tmp_path)
    assert languages.check_catalogs() == []


def test_existing_pages_stay_in_the_english_locale(demo_site):
    english = Locale.objects.get(language_code="en")
    assert Locale.get_default() == english
    assert demo_site.root_page.locale == english
    # Every page in another language is a translation of an English page (the demo's translations).
    pages = Page.objects.filter(depth__gt=1)
    english_keys = set(pages.filter(locale=english).values_list("translation_key", flat=True))
    assert set(pages.exclude(locale=english).values_list("translation_key", flat=True)) <= english_keys
    assert not SiteAlert.objects.exclude(locale=english).exists()


def test_each_language_is_served_under_its_prefix(client, spanish):
    english_home = spanish["home"].get_translation(Locale.objects.get(language_code="en"))
    translate(english_home, "so", title="Bogga hore", seo_title="Bogga hore")
    expected = [("/", "en", "when to call 911"), ("/es/", "es", "Inicio"), ("/so/", "so", "Bogga hore")]
    for prefix, language, title in expected:
        response = client.get(prefix)
        assert response.status_code == 200, prefix
        assert html_lang(response) == language
        assert response["Content-Language"] == language
        assert title in soup(response).title.get_text()
    response = client.get(spanish["guidance_url"])
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == "Cuándo llamar"
    assert html_lang(response) == "es"


def test_accept_language_changes_nothing(client, spanish):
    english = client.get("/", HTTP_ACCEPT_LANGUAGE="es")
    assert english.status_code == 200
    assert html_lang(english) == "en"
    for response in (english, client.get("/es/", HTTP_ACCEPT_LANGUAGE="en"), client.get("/search/")):
        vary = {v.strip().lower() for v in response.get("Vary", "").split(",")}
        assert "accept-language" not in vary
    # And a language cookie chooses nothing either.
    client.cookies["django_language"] = "es"
    assert html_lang(client.get("/")) == "en"


def test_switcher_links_to_the_same_page_in_each_language(client, spanish):
    english = GuidancePage.objects.get(slug="when-to-call", locale__language_code="en")
    url_in = {code: english.get_translation(Locale.objects.get(language_code=code)).url for code in ("so", "hmn")}
    response = client.get("/when-to-call/")
    links = {a["hreflang"]: a for a in switcher(response).select("a")}
    assert links["es"]["href"] == spanish["guidance_url"]
    assert links["es"]["lang"] == "es" and links["es"].get_text(strip=True) == "Español"
    assert links["so"]["href"] == url_in["so"] and links["so"].get_text(strip=True) == "Soomaali"
    assert links["hmn"]["href"] == url_in["hmn"] and links["hmn"].get_text(strip=True) == "Hmoob"
    current = switcher(response).select_one("[aria-current]")
    assert current.get_text(strip=True) == "English" and current.name != "a" and current["lang"] == "en"

    spanish_page = client.get(spanish["guidance_url"])
    links = {a["hreflang"]: a["href"] for a in switcher(spanish_page).select("a")}
    assert links == {"en": "/when-to-call/", **url_in}
    assert switcher(spanish_page).select_one("[aria-current]").get_text(strip=True) == "Español"

    # The about page has no Somali or Hmong version (the demo translates it into Spanish only): their home pages.
    links = {a["hreflang"]: a["href"] for a in switcher(client.get("/about/")).select("a")}
    assert links["so"] == "/so/" and links["hmn"] == "/hmn/"
    assert links["es"].startswith("/es/") and links["es"] != "/es/"


def test_switcher_on_a_view_that_is_not_a_page(client, spanish):
    links = {a["hreflang"]: a["href"] for a in switcher(client.get("/search/?q=911")).select("a")}
    assert links == {"es": "/es/search/", "so": "/so/search/", "hmn": "/hmn/search/"}
    assert html_lang(client.get("/es/search/?q=911")) == "es"


def test_alternates_in_the_head(client, spanish):
    head = soup(client.get("/when-to-call/")).head
    alternates = {link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')}
    english = GuidancePage.objects.get(slug="when-to-call", locale__language_code="en")
    assert alternates == {
        "en": "http://localhost/when-to-call/",
        "x-default": "http://localhost/when-to-call/",
        **{
            code: "http://localhost" + english.get_translation(Locale.objects.get(language_code=code)).url
            for code in ("es", "so", "hmn")
        },
    }
    # An untranslated page (news stays English) has no alternates.
    assert not soup(client.get("/news/")).head.select("link[hreflang]")


def test_menu_shows_translations_and_marks_english_fallbacks(client, spanish):
    nav = soup(client.get("/es/")).select_one('nav[aria-label="Principal"]')  # the Spanish name of the main menu
    items = {a.get_text(strip=True): a for a in nav.select("a")}
    assert items["Cuándo llamar"]["href"] == spanish["guidance_url"]
    assert "lang" not in items["Cuándo llamar"].attrs
    untranslated = [a for a in nav.select("a") if a.get("lang") == "en"]
    assert untranslated, "the menu keeps the pages nobody translated yet, in English"
    assert all(a["hreflang"] == "en" and not a["href"].startswith("/es/") for a in untranslated)


def test_news_stays_english_and_says_so(client, spanish):
    page = soup(client.get("/es/"))
    latest = page.select_one(".latest-news")
    assert latest.select_one(".news-language").get_text(strip=True)
    assert latest.select_one(".news-list")["lang"] == "en"
    assert all(not a["href"].startswith("/es/") for a in latest.select("a"))
    assert not soup(client.get("/")).select(".news-language")


@pytest.fixture
def outage(demo_site):
    return SiteAlert.objects.create(
        message="911 is down in parts of the city.", level=SiteAlert.OUTAGE, alternate_number="(612) 673-3000"
    )


def test_untranslated_alert_shows_in_english_in_every_language(client, spanish, outage):
    for url in ("/es/", spanish["guidance_url"], "/hmn/", "/so/search/"):
        banner = soup(client.get(url)).select_one(".site-alert")
        assert banner is not None, url
        assert banner["lang"] == "en"
        assert "911 is down" in banner.get_text()
    assert "lang" not in soup(client.get("/")).select_one(".site-alert").attrs


def test_translated_alert_shows_translated_and_english_decides_when(client, spanish, outage):
    translate(outage, "es", message="El 911 no funciona en partes de la ciudad.", is_active=False)
    banner = soup(client.get("/es/")).select_one(".site-alert")
    assert "El 911 no funciona" in banner.get_text()  # the English alert is active: the translation shows
    assert "lang" not in banner.attrs
    assert "(612) 673-3000" in banner.get_text()
    assert "911 is down" in soup(client.get("/hmn/")).select_one(".site-alert").get_text()

    outage.is_active = False
    outage.save()
    for url in ("/", "/es/", "/hmn/"):
        assert not soup(client.get(url)).select(".site-alert"), url


def test_contact_wording_overlays_the_numbers_setting(client, spanish, demo_site):
    setting = ContactNumbers.for_site(demo_site)
    english_wording = ContactWording.objects.get(site=demo_site, locale__language_code="en")
    assert english_wording.emergency_when == setting.emergency_when  # the source staff translate
    translate(english_wording, "es", emergency_label="Emergencia", emergency_when="")
    english, spanish_page = soup(client.get("/when-to-call/")), soup(client.get(spanish["guidance_url"]))
    assert "Emergencia" in spanish_page.get_text()
    assert setting.emergency_when in spanish_page.get_text()  # blank in the translation: the English text
    # The numbers are the one setting's, in every language.
    for language_page in (english, spanish_page):
        numbers = sorted(a["href"] for a in language_page.select('a[href^="tel:"]'))
        assert numbers == sorted(a["href"] for a in english.select('a[href^="tel:"]'))

    setting.emergency_when = "Police, fire or an ambulance, now."
    setting.save()
    english_wording.refresh_from_db()
    assert english_wording.emergency_when == "Police, fire or an ambulance, now."
    assert "Police, fire or an ambulance, now." in soup(client.get(spanish["guidance_url"])).get_text()


def test_situations_are_translated_with_the_page(spanish):
    english = GuidancePage.objects.get(slug="when-to-call", locale__language_code="en")
    situations = list(spanish["guidance"].situations.all())
    assert len(situations) == english.situations.count()
    assert {s.locale.language_code for s in situations} == {"es"}
    assert [s.number for s in situations] == [s.number for s in english.situations.all()]
    assert [s.translation_key for s in situations] == [s.translation_key for s in english.situations.all()]


def test_page_cache_is_per_language_and_an_english_change_clears_the_translations(client, spanish):
    url = spanish["guidance_url"]
    english, es = client.get("/when-to-call/"), client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"
    assert english["ETag"] != es["ETag"]
    assert html_lang(client.get(url)) == "es"
    page = GuidancePage.objects.get(slug="when-to-call", locale__language_code="en")
    page.intro = "Changed in English."
    page.save_revision().publish()
    assert client.get(url)["X-Cache"] == "MISS"


def test_sitemap_lists_alternates(client, spanish):
    body = client.get("/sitemap.xml").content.decode()
    assert 'xmlns:xhtml="http://www.w3.org/1999/xhtml"' in body
    url = "http://localhost" + spanish["guidance_url"]
    assert f'<xhtml:link rel="alternate" hreflang="es" href="{url}"' in body
    assert f"<loc>{url}</loc>" in body


def test_a_spanish_page_costs_no_more_queries_than_the_english_one(client, spanish):
    """Rendered in full (a query string the page cache bypasses) with the content memo, as the bench measures."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    spanish_guidance = f"{spanish['guidance_url']}?x=1"
    for url in ("/?x=1", "/es/?x=1", "/when-to-call/?x=1", spanish_guidance):
        client.get(url)  # fills the memo for this language
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    assert counts["/es/?x=1"] <= counts["/?x=1"]
    assert counts[spanish_guidance] <= counts["/when-to-call/?x=1"]


def test_wagtail_localize_snippet_api_needs_a_permission_on_the_model(client, demo_site, outage):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("translator", "translator@example.test", "correct horse")
    client.force_login(editor)
    response = client.get("/admin/localize/api/snippets/site911/sitealert/")
    assert response.status_code == 200
    assert "911 is down" in response.content.decode()
