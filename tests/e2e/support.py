"""Helpers for the browser tests."""


def fill_form(page, event_date):
    page.get_by_label("Your name").fill("Ana Lopez")
    page.get_by_label("Your e-mail address").fill("ana@example.org")
    page.get_by_label("Group or organization").fill("Powderhorn Block Club")
    page.get_by_label("Community meeting").check()
    page.get_by_label("Date of the event").fill(event_date.isoformat())
    page.get_by_label("Start time").fill("18:30")
    page.get_by_label("Where the event is").fill("Powderhorn Park, 3400 15th Ave S")
    page.get_by_label("How many people do you expect? (optional)").fill("40")
