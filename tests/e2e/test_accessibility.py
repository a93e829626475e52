"""WCAG 2.2 AA in Chromium: axe-core on every public page type, plus what axe cannot check."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone, translation

from tests.e2e.support import fill_form
from tests.public_pages import PUBLIC_PAGES

pytestmark = pytest.mark.usefixtures("clear_cache")  # no rate-limit counts carried over

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
VAGUE_LINK_TEXT = {"here", "click here", "more", "read more", "link", "this"}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def language_of(url):
    """The language a URL's prefix chooses (/es/…, /so/…, /hmn/…), else English."""
    prefix = url.split("/")[1]
    return prefix if prefix in {"es", "so", "hmn"} else "en"


def test_every_public_page_type_is_accessible(page, axe):
    # One browser session for all page types: a live site per page type would cost more than the checks.
    problems = []
    for name, url in PUBLIC_PAGES.items():
        page.goto(url)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            problems.append(f"{name}: {results.generate_report()}")
        language = language_of(url)
        if page.locator("html").get_attribute("lang") != language:
            problems.append(f"{name}: no lang='{language}'")
        if page.locator("h1").count() != 1:
            problems.append(f"{name}: {page.locator('h1').count()} h1 elements")
        for landmark in ("banner", "main", "contentinfo"):
            if page.get_by_role(landmark).count() != 1:
                problems.append(f"{name}: {landmark} landmark count is not 1")
        with translation.override(language):
            main_menu = translation.pgettext("the main menu", "Main")
        if page.get_by_role("navigation", name=main_menu).count() != 1:
            problems.append(f"{name}: no main navigation")
        texts = [" ".join(t.split()).lower() for t in page.locator("a").all_inner_texts()]
        if not all(texts):
            problems.append(f"{name}: a link has no text")
        if VAGUE_LINK_TEXT & set(texts):
            problems.append(f"{name}: vague link text {VAGUE_LINK_TEXT & set(texts)}")
    assert problems == [], "\n".join(problems)


def test_no_horizontal_scrolling_on_narrow_screens_or_at_200_percent_zoom(browser, live_site):
    # 320 CSS px is WCAG's reflow width; 640 CSS px is a 1280 px window zoomed to 200 %.
    overflows = []
    for width in (320, 640):
        context = browser.new_context(base_url=live_site, viewport={"width": width, "height": 800})
        page = context.new_page()
        try:
            for name in [
                "home",
                "guidance with a match",
                "speaker request form",
                "news post",
                "event list",
                "event",
                "search results",
                "how fast we answer",
            ]:
                page.goto(PUBLIC_PAGES[name])
                overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if overflow > 0:
                    overflows.append(f"{name}: {overflow}px of horizontal scrolling at {width}px")
        finally:
            context.close()
    assert overflows == []


@pytest.mark.django_db(transaction=True)  # writes: a demo site of its own
def test_speaker_form_errors_and_confirmation_are_accessible(page, axe):
    page.goto("/request-a-speaker/")
    page.get_by_role("button", name="Send request").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()

    fill_form(page, timezone.localdate() + datetime.timedelta(days=14))
    page.get_by_role("button", name="Send request").click()
    page.wait_for_url("**/request-a-speaker/?confirmation=*")
    assert "SR-" in page.get_by_role("status").inner_text()
    results = axe.run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_skip_link_is_first_visible_on_focus_and_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Skip to content"
    assert skip.is_visible()
    box = skip.bounding_box()
    assert box and box["y"] >= 0  # on screen, not parked off it
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_every_control_is_reachable_by_keyboard_with_a_visible_focus_indicator(page):
    page.goto("/when-to-call/")
    focusable = page.evaluate(
        """() => { const els = [...document.querySelectorAll('a[href], button, input, select, textarea')];
            els.forEach((el, i) => el.dataset.kbd = i); return els.length; }"""
    )
    reached = set()
    for _ in range(focusable + 2):
        page.keyboard.press("Tab")
        info = page.evaluate(
            """() => { const el = document.activeElement; const s = getComputedStyle(el);
                return {kbd: el.dataset.kbd ?? null, tag: el.tagName, outline: s.outlineStyle,
                        width: parseFloat(s.outlineWidth), shadow: s.boxShadow}; }"""
        )
        if info["tag"] == "BODY" or info["kbd"] is None or info["kbd"] in reached:
            break
        visible_focus = (info["outline"] != "none" and info["width"] >= 2) or info["shadow"] != "none"
        assert visible_focus, info
        reached.add(info["kbd"])
    assert len(reached) == focusable


def test_finder_form_is_operable_by_keyboard_alone(page):
    page.goto("/when-to-call/")
    page.get_by_label("Describe what is happening").focus()
    page.keyboard.type("smell of gas")
    page.keyboard.press("Enter")
    page.wait_for_url("**?q=smell+of+gas*")
    assert "smell of gas" in page.locator(".situations").inner_text().lower()
    assert page.locator("[data-finder-answer]").first.get_attribute("data-finder-answer") == "emergency"


def test_guidance_page_prints_the_numbers_without_navigation_or_search(page):
    page.goto("/when-to-call/")
    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="Main").is_visible()
    assert not page.get_by_label("Describe what is happening").is_visible()
    assert page.locator(".call-option a[href='tel:911']").first.is_visible()
    assert page.locator(".situations").is_visible()
