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
    status = page.get_by_role("status").inner_text()
    assert "1 situation matches" in status
    assert "car was broken into" in page.locator(".situations").inner_text()
