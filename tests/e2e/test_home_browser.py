def test_resident_reads_the_numbers_and_follows_a_link(page):
    page.goto("/")
    emergency = page.locator("main a[href='tel:911']").first
    assert emergency.is_visible()
    assert page.locator("main a[href='tel:+16123482345']").first.is_visible()

    page.get_by_role("link", name="When to call 911").first.click()
    page.wait_for_url("**/when-to-call/")
    assert page.locator("h1").inner_text() == "When to call 911"


def test_situation_finder_works_in_the_browser(page):
    page.goto("/when-to-call/")
    page.get_by_label("Describe what is happening").fill("broke into my car")
    page.get_by_role("button", name="Find").click()
    page.wait_for_url("**/when-to-call/?q=*")
    assert "Answer for “broke into my car”" in page.get_by_role("status").inner_text()
    assert page.locator("[data-finder-answer]").first.get_attribute("data-finder-answer") == "non_emergency"
    assert "car was broken into" in page.locator(".situations").inner_text()


def test_finder_answers_with_javascript_off_and_its_questions_work(browser, live_site):
    """A resident whose browser runs no JavaScript types what is happening and reads the answer."""
    context = browser.new_context(base_url=live_site, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto("/when-to-call/")
        page.get_by_label("Describe what is happening").fill("somone is folowing me home")
        page.get_by_role("button", name="Find").click()
        page.wait_for_url("**/when-to-call/?q=*")
        answer = page.locator("[data-finder-answer]").first
        assert answer.get_attribute("data-finder-answer") == "emergency"
        assert answer.get_by_role("link", name="Call 911 now").get_attribute("href") == "tel:911"

        page.get_by_label("Describe what is happening").fill("the thing with the hedge again")
        page.get_by_role("button", name="Find").click()
        page.wait_for_url("**q=the+thing*")
        assert page.locator("[data-finder-answer]").first.get_attribute("data-finder-answer") == "emergency"
        page.locator(".finder-questions").get_by_role("link", name="No").first.click()  # nobody in danger
        page.locator(".finder-questions").get_by_role("link", name="No").first.click()  # not happening now
        page.wait_for_url("**now=no*")
        assert page.locator("[data-finder-answer]").first.get_attribute("data-finder-answer") == "non_emergency"
        assert page.locator("[data-finder-answer] a[href='tel:311']").is_visible()
    finally:
        context.close()
