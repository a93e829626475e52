from axe_playwright_python.sync_playwright import Axe


def test_resident_opens_a_post_from_the_news_list(page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    page.wait_for_url("**/news/")
    assert page.locator("h1").inner_text() == "News"
    items = page.locator("main .news-item")
    assert items.count() == 3
    assert items.first.locator("time").get_attribute("datetime") == "2013-05-01"

    page.get_by_role("link", name="MN Chapter of APCO recognizes Minneapolis 911 for tornado response").click()
    page.wait_for_url("**/news/apco-recognizes-tornado-response/")
    assert page.locator("h1").inner_text() == "MN Chapter of APCO recognizes Minneapolis 911 for tornado response"
    assert page.locator("main time").first.inner_text() == "May 1, 2012"
    recognition = page.get_by_role("region", name="Recognition")
    assert recognition.is_visible()
    assert "MN Chapter of APCO" in recognition.inner_text()


def test_category_filter_works_without_javascript(browser, live_site):
    context = browser.new_context(base_url=live_site, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/news/")
        page.get_by_role("navigation", name="News categories").get_by_role("link", name="Nominations").click()
        page.wait_for_url("**/news/?category=nominations")
        titles = page.locator("main .news-item__title").all_inner_texts()
        assert titles == ["Minneapolis 911 nominates staff for Minnesota 911 Training Conference recognition"]
        current = page.get_by_role("navigation", name="News categories").locator("[aria-current=page]")
        assert current.inner_text() == "Nominations"
    finally:
        context.close()


NEWS_PATHS = [
    "/news/",
    "/news/?category=awards",
    "/news/staff-nominated-for-training-conference-recognition/",
    "/make-a-difference-award/",
    "/",
]
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]}}


def test_news_pages_have_no_wcag_aa_violations(page):
    for path in NEWS_PATHS:
        page.goto(path)
        results = Axe().run(page, options=WCAG_AA)
        assert results.violations_count == 0, f"{path}: {results.generate_report()}"
