"""Small helpers shared by the tests."""

import re

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def tel_links(response):
    """{href: visible text} of every tel: link on the page."""
    return {a["href"]: " ".join(a.get_text().split()) for a in soup(response).select("a[href^='tel:']")}


def text(response):
    return re.sub(r"\s+", " ", soup(response).get_text(" "))
