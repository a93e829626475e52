"""The answer-times chart in Chromium: it fits a phone and a desktop, its labels stay readable, it prints.

`UPDATE_SCREENSHOTS=1 pytest tests/e2e/test_answer_times_browser.py` also writes the chart's section at
360 and 1280 px wide to docs/screenshots/ (linked from the README).
"""

import os
from pathlib import Path

import pytest

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
URL = "/how-fast-we-answer/"


@pytest.mark.parametrize("width", [320, 360, 1280])
def test_the_chart_fits_and_its_labels_are_readable(browser, live_site, width):
    context = browser.new_context(base_url=live_site, viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(URL)
        chart = page.locator("svg.chart")
        box = chart.bounding_box()
        assert chart.is_visible()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width, box
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") == 0
        # The smallest label as drawn on screen: the viewBox scales 12 units to at least 9 CSS px at 320 px.
        smallest = page.evaluate(
            "Math.min(...[...document.querySelectorAll('svg.chart text')].map(t => t.getBoundingClientRect().height))"
        )
        assert smallest >= 9, smallest
        assert page.locator("svg.chart circle").count() == 24
        if os.environ.get("UPDATE_SCREENSHOTS") and width in (360, 1280):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            section = page.locator("section", has=page.locator("#chart-heading"))
            section.screenshot(path=str(SCREENSHOTS / f"answer-times-{width}.png"))
    finally:
        context.close()


def test_the_chart_prints(page):
    page.goto(URL)
    page.emulate_media(media="print")
    assert page.locator("svg.chart").is_visible()
    assert page.locator("table.figures").is_visible()
