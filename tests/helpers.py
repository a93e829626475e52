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


def staff_member(username, *groups):
    """A user in the given staff groups (the groups the migrations create)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, f"{username}@example.test", "correct horse battery")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user
