"""On a small phone the first screen, before any scrolling, shows all three numbers as easy-to-tap links.

`UPDATE_SCREENSHOTS=1 pytest tests/e2e/test_first_screen.py` also writes the home page's first screen at
each size to docs/screenshots/ (linked from the README).
"""

import os
from pathlib import Path

import pytest

PHONES = [(360, 640), (320, 568)]
NUMBERS = ["tel:911", "tel:311", "tel:+16123482345"]  # the demo's emergency, non-emergency, outside-city
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@pytest.mark.parametrize(("width", "height"), PHONES)
@pytest.mark.parametrize("url", ["/", "/when-to-call/"])
def test_all_three_numbers_are_in_the_first_screen_and_big_enough_to_tap(browser, live_site, url, width, height):
    context = browser.new_context(base_url=live_site, viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        page.goto(url)
        assert page.evaluate("window.scrollY") == 0
        for href in NUMBERS:
            link = page.locator(f"main a[href='{href}']").first
            box = link.bounding_box()
            assert link.is_visible(), href
            assert box["y"] >= 0 and box["y"] + box["height"] <= height, (href, box)
            assert box["width"] >= 44 and box["height"] >= 44, (href, box)
            # Nothing covers it: a tap at its centre reaches the link.
            hit = page.evaluate(
                "([x, y]) => document.elementFromPoint(x, y).closest('a')?.getAttribute('href')",
                [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
            )
            assert hit == href
        if url == "/" and os.environ.get("UPDATE_SCREENSHOTS"):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"home-{width}x{height}.png"))
    finally:
        context.close()
