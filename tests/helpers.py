"""Small helpers shared by the tests (fixtures are in the conftest.py files)."""

import os
import re
import socket

from bs4 import BeautifulSoup
from django.core.management import call_command


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


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now (for servers the tests start)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_demo_content():
    """The whole demo site, as `make run` builds it: the one way the tests build it."""
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115


def demo_site_present():
    from wagtail.models import Site

    return Site.objects.filter(is_default_site=True).exists()
