"""The demo in Spanish, Somali and Hmong, built through wagtail-localize; the needs-review note; Translation review."""

import os

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, Revision, WorkflowPage, WorkflowState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.demo_situations import SITUATIONS, TRANSLATED
from home.demo_translations import texts
from home.models import GuidancePage, HomePage, Situation, StandardPage
from site911 import translation_workflow
from site911.contact_wording import ContactWording
from site911.translation_review import NEEDS_REVIEW, TranslationReviewNote
from tests.helpers import staff_member
from tests.news.support import quiet, soup


def text_of(response):
    assert response.status_code == 200
    return soup(response).get_text(" ", strip=True)


def phone_links(response):
    return sorted(a["href"] for a in soup(response).select('a[href^="tel:"], a[href^="sms:"]'))


def translated(language, english):
    return texts(language)[english]


@pytest.mark.parametrize("language", ["es", "so", "hmn"])
def test_home_and_guidance_pages_are_translated_with_the_english_numbers(client, demo_site, language):
    home = text_of(client.get(f"/{language}/"))
    assert translated(language, HomePage.objects.get(locale__language_code="en").intro) in home
    assert translated(language, "Examples of what to call 911 for, and what to call 311 for.") in home

    guidance_response = client.get(GuidancePage.objects.get(locale__language_code=language).url)
    guidance = text_of(guidance_response)
    for english in [
        "Police, fire or medical help needs to respond to your location now.",
        "A crime happening now",
        "Someone badly hurt or not breathing",
        "You are outside Minneapolis city limits but need an immediate Minneapolis Police response.",
        "Say the language you speak, in English: an interpreter will join the call.",  # Contact numbers wording
    ]:
        assert translated(language, english) in guidance, english
    page = GuidancePage.objects.get(locale__language_code=language)
    assert page.rule_of_thumb == translated(language, "If anyone is in danger, or it is happening now, call 911.")
    # Numbers are never translated: the same phone and text links as in English, on both pages.
    assert phone_links(guidance_response) == phone_links(client.get("/when-to-call/"))
    assert phone_links(client.get(f"/{language}/")) == phone_links(client.get("/"))


@pytest.mark.parametrize(
    ("language", "unmatched", "danger"),
    [
        ("es", "xilofono verde", "alguien no respira"),
        ("so", "qalin buluug ah", "qof ma neefsanayo"),
        ("hmn", "xim xaw xiav", "ib tug neeg tsis ua pa"),
    ],
)
def test_the_finder_answers_in_the_pages_language(client, demo_site, language, unmatched, danger):
    """Unsure: 911 first with the rule of thumb and the interpreter line in the page's language. Danger: 911 now."""
    page = GuidancePage.objects.get(locale__language_code=language)
    unsure = client.get(page.url, {"q": unmatched})
    answer = soup(unsure).select_one("[data-finder-answer]")
    assert answer["data-finder-answer"] == "emergency"
    assert "tel:911" in answer.select_one("a.number__link")["href"]
    body = text_of(unsure)
    assert page.rule_of_thumb in body
    interpreter = soup(unsure).select_one(".finder-interpreter").get_text(strip=True)
    assert interpreter == translated(
        language, "Say the language you speak, in English: an interpreter will join the call."
    )
    emergency = soup(client.get(page.url, {"q": danger})).select_one("[data-finder-answer]")
    assert emergency["data-finder-answer"] == "emergency"


@pytest.mark.parametrize("language", ["es", "so", "hmn"])
def test_the_translated_situations_are_on_the_guidance_page_and_the_rest_fall_back_to_english(
    client, demo_site, language
):
    situations = Situation.objects.filter(page__locale__language_code=language)
    english = {title: number for title, _keywords, number, _reason in SITUATIONS}
    by_title = dict(situations.values_list("title", "number"))
    for english_title, (title, keywords, reason) in TRANSLATED[language].items():
        situation = situations.get(title=title)
        assert (situation.keywords, situation.reason) == (keywords, reason)
        assert situation.number == english[english_title]  # the number is synchronised, never translated
    # Untranslated ones show in English: every situation is there, none is lost.
    assert len(by_title) == len(SITUATIONS)
    assert all(by_title.get(title, number) == number for title, number in english.items())
    page = text_of(client.get(GuidancePage.objects.get(locale__language_code=language).url))
    assert all(title in page for title, _k, _r in TRANSLATED[language].values())


def test_spanish_has_every_situation_and_somali_and_hmong_at_least_15():
    assert set(TRANSLATED["es"]) == {title for title, *_ in SITUATIONS}
    assert len(TRANSLATED["so"]) >= 15 and len(TRANSLATED["hmn"]) >= 15


def test_spanish_about_and_speaker_pages_are_translated_in_full(client, demo_site):
    about = text_of(client.get("/es/acerca-de-minneapolis-911/"))
    assert "Acerca de Minneapolis 911" in about and "Lo que hacemos" in about and "Nuestra meta" in about
    speaker = text_of(client.get("/es/pida-una-charla/"))
    assert "Pida una charla" in speaker
    assert (
        translated(
            "es",
            "This form sends your request straight to the outreach supervisor, with everything they need to reply.",
        )
        in speaker
    )
    # Every segment of the Spanish pages and wording has a translation: nothing falls back to English.
    for page in [
        HomePage.objects.get(locale__language_code="es"),
        StandardPage.objects.get(slug="acerca-de-minneapolis-911"),
        Page.objects.get(slug="pida-una-charla"),
        ContactWording.objects.get(locale__language_code="es"),
    ]:
        translation = Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code="es")
        total, done = translation.get_progress()
        assert done == total, page


def test_the_spanish_contact_wording_replaces_the_english_words_not_the_numbers(client, demo_site):
    wording = ContactWording.objects.get(locale__language_code="es")
    assert wording.emergency_label == "Emergencia"
    assert wording.non_emergency_hours.startswith("De lunes a viernes")
    page = text_of(client.get("/es/"))
    assert "Emergencia" in page and "De lunes a viernes" in page


def snapshot():
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "locale__language_code", "title", "live")),
        "revisions": Revision.objects.count(),
        "sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
        "situations": Situation.objects.count(),
        "wording": list(ContactWording.objects.order_by("pk").values_list("pk", "locale_id", "emergency_label")),
        "notes": list(TranslationReviewNote.objects.order_by("pk").values_list("pk", "cleared_at")),
        "locales": Locale.objects.count(),
        "workflow_pages": WorkflowPage.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
    }


@pytest.mark.django_db(transaction=True)  # a database of its own, built English-only first
def test_english_only_leaves_the_translations_out_and_a_full_run_adds_them(client):
    Page.objects.filter(depth__gt=1).delete()  # whatever an earlier transactional test left
    call_command("load_demo_content", "--english-only", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert not Page.objects.exclude(locale__language_code="en").filter(depth__gt=1).exists()
    assert client.get("/when-to-call/").status_code == 200
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    for language in ("es", "so", "hmn"):
        assert client.get(GuidancePage.objects.get(locale__language_code=language).url).status_code == 200


def test_loading_the_demo_again_changes_nothing_in_any_locale_and_keeps_a_translators_change(demo_site):
    page = GuidancePage.objects.get(locale__language_code="so")
    page.intro = "Qoraal uu turjubaan saxay."
    page.save_revision().publish()
    note = TranslationReviewNote.objects.filter(locale__language_code="es").first()
    note.clear(None)

    before = snapshot()
    call_command("load_demo_content", stdout=quiet())
    assert snapshot() == before
    assert GuidancePage.objects.get(pk=page.pk).intro == "Qoraal uu turjubaan saxay."


# --- the needs-review note ---------------------------------------------------------------------------------------


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.test", "x"))
    return client


def test_every_demo_translation_carries_the_needs_review_note(demo_site):
    notes = TranslationReviewNote.objects.filter(cleared_at__isnull=True)
    by_language = {code: notes.filter(locale__language_code=code).count() for code in ("es", "so", "hmn")}
    # es: home, guidance, about, speaker, wording; so and hmn: home, guidance, wording.
    assert by_language == {"es": 5, "so": 3, "hmn": 3}
    assert not notes.filter(locale__language_code="en").exists()


def test_the_note_shows_in_the_translation_editor_and_the_dashboard_until_a_reviewer_clears_it(admin_client, demo_site):
    page = GuidancePage.objects.get(locale__language_code="es")
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    editor = admin_client.get(edit_url)
    assert editor.status_code == 200
    assert b"js-translation-editor" in editor.content  # wagtail-localize's translation editor
    assert NEEDS_REVIEW in editor.content.decode()
    dashboard = soup(admin_client.get(reverse("wagtailadmin_home"))).select_one("[data-translations-awaiting-review]")
    assert "Cuándo llamar al 911" in dashboard.get_text()

    note = TranslationReviewNote.objects.get(object_id=str(page.pk))
    clear_url = reverse("site911_clear_review_note", args=[note.pk])
    assert admin_client.get(clear_url).status_code == 200  # asks first
    response = admin_client.post(clear_url, {"next": edit_url})
    assert response.status_code == 302 and response["Location"] == edit_url

    assert NEEDS_REVIEW not in admin_client.get(edit_url).content.decode()
    dashboard = soup(admin_client.get(reverse("wagtailadmin_home"))).select_one("[data-translations-awaiting-review]")
    assert "Cuándo llamar al 911" not in dashboard.get_text()


def test_the_note_shows_in_wagtails_editor_once_the_translation_is_no_longer_synced(admin_client, demo_site):
    page = StandardPage.objects.get(slug="acerca-de-minneapolis-911")
    Translation.objects.filter(source__object_id=page.translation_key).update(
        enabled=False
    )  # "Stop Synced translation"
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b"js-translation-editor" not in editor.content
    assert NEEDS_REVIEW in editor.content.decode()
    # An English page has no note.
    english = StandardPage.objects.get(slug="about", locale__language_code="en")
    assert NEEDS_REVIEW not in admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()


def test_the_note_on_the_contact_wording_shows_in_its_translation_editor(admin_client, demo_site):
    wording = ContactWording.objects.get(locale__language_code="hmn")
    editor = admin_client.get(reverse("wagtailsnippets_site911_contactwording:edit", args=[wording.pk]))
    assert editor.status_code == 200
    assert NEEDS_REVIEW in editor.content.decode()


def test_only_reviewers_may_clear_a_note(client, demo_site):
    note = TranslationReviewNote.objects.filter(cleared_at__isnull=True).first()
    client.force_login(staff_member("translator", translation_workflow.TRANSLATORS))
    client.post(reverse("site911_clear_review_note", args=[note.pk]))  # refused: Wagtail redirects to the dashboard
    note.refresh_from_db()
    assert note.cleared_at is None
    client.force_login(staff_member("reviewer", translation_workflow.REVIEWERS))
    client.post(reverse("site911_clear_review_note", args=[note.pk]))
    note.refresh_from_db()
    assert note.cleared_at is not None and note.cleared_by.username == "reviewer"


# --- Translation review ------------------------------------------------------------------------------------------


def test_each_locale_home_page_has_the_translation_review_workflow(demo_site):
    for code in ("es", "so", "hmn"):
        home = HomePage.objects.get(locale__language_code=code)
        assert home.get_workflow().name == translation_workflow.WORKFLOW_NAME
        assert GuidancePage.objects.get(locale__language_code=code).get_workflow().name == "Translation review"
    task = HomePage.objects.get(locale__language_code="es").get_workflow().tasks.get().specific
    assert task.name == translation_workflow.TASK_NAME
    assert list(task.groups.values_list("name", flat=True)) == [translation_workflow.REVIEWERS]


def test_a_translators_new_translation_goes_live_only_when_a_reviewer_approves_it(client, demo_site):
    english_home = HomePage.objects.get(locale__language_code="en")
    english = english_home.add_child(
        instance=StandardPage(title="Winter safety", slug="winter-safety", intro="Stay warm.")
    )
    english.save_revision().publish()
    spanish_locale = Locale.objects.get(language_code="es")
    translator = staff_member("translator", translation_workflow.TRANSLATORS)
    reviewer = staff_member("reviewer", translation_workflow.REVIEWERS)

    # The translator starts the translation ("Translate this page"): a draft, not a live copy of the English.
    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[english.pk]), {"locales": [spanish_locale.pk]}
    )
    assert response.status_code == 302
    spanish = StandardPage.objects.get(translation_key=english.translation_key, locale=spanish_locale)
    assert not spanish.live

    # They translate in the translation editor (here: a PO file, as an agency would upload), then submit.
    translation = Translation.objects.get(source__object_id=english.translation_key, target_locale=spanish_locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"Winter safety": "Seguridad en invierno", "Stay warm.": "Abríguese."}.get(entry.msgid, "")
    translation.import_po(po, user=translator)
    edit_url = reverse("wagtailadmin_pages:edit", args=[spanish.pk])
    editor = client.get(edit_url).content.decode()
    assert "Submit to Translation review" in editor
    assert '"canPublish": false' in editor.replace("&quot;", '"')  # no "Publish in Español" for a translator
    client.post(edit_url, {"action": "publish"})  # refused (Wagtail redirects to the dashboard)
    spanish.refresh_from_db()
    assert not spanish.live
    response = client.post(edit_url, {translation_workflow.SUBMIT_ACTION: "1"})
    assert response.status_code == 302
    spanish.refresh_from_db()
    assert not spanish.live
    assert spanish.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert spanish.current_workflow_task.name == translation_workflow.TASK_NAME
    client.logout()
    assert client.get("/es/winter-safety/").status_code == 404

    # The translator cannot approve their own work; the reviewer can, and it goes live.
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(spanish.pk, "approve", spanish.current_workflow_task_state.pk)
    )
    client.force_login(translator)
    client.post(approve_url, {"comment": ""})
    spanish.refresh_from_db()
    assert not spanish.live
    client.force_login(reviewer)
    assert client.post(approve_url, {"comment": "Checked against the English"}, follow=True).status_code == 200
    spanish.refresh_from_db()
    assert spanish.live
    client.logout()
    public = text_of(client.get("/es/winter-safety/"))
    assert "Seguridad en invierno" in public and "Abríguese." in public


def test_translators_cannot_edit_english_pages(client, demo_site):
    client.force_login(staff_member("translator", translation_workflow.TRANSLATORS))
    english = GuidancePage.objects.get(locale__language_code="en")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).status_code in (302, 403)
    spanish = GuidancePage.objects.get(locale__language_code="es")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[spanish.pk])).status_code == 200
