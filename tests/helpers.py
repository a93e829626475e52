"""Small helpers shared by the tests (fixtures are in the conftest.py files)."""

import html
import http.client
import http.cookies
import os
import re
import shutil
import signal
import socket
import subprocess
import urllib.parse

import pytest
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


def database_url():
    """The test database as a URL another process (gunicorn, a worker) can open; None for SQLite in memory."""
    from django.db import connection

    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        name = str(db["NAME"])
        return None if "memory" in name else f"sqlite:///{name}"
    user = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{user}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def stop_process_group(process, timeout=15):
    """Stop a child started with start_new_session=True and everything it started: TERM, then KILL."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    except ProcessLookupError:
        pass


def nginx_binary():
    """Debian's nginx; skipped locally when it is missing, a failure in CI (.ci/run installs it)."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing: .ci/run installs it")
        pytest.skip("nginx is not installed (apt-get install nginx)")
    return found


def load_demo_content(english_only=False):
    """The whole demo site, as `make run` builds it: the one way the tests build it.

    `english_only`: without the translations, for a transactional test's own site after a flush (the
    session's site has them, and the tests that read them use it).
    """
    options = ["--english-only"] if english_only else []
    call_command("load_demo_content", *options, stdout=open(os.devnull, "w"))  # noqa: SIM115


def demo_site_present():
    from wagtail.models import Site

    return Site.objects.filter(is_default_site=True).exists()


class Visitor:
    """A browser connecting from its own address, keeping its cookies."""

    def __init__(self, port, address):
        self.port, self.address, self.cookies = port, address, {}

    def request(self, method, path, data=None, headers=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60, source_address=(self.address, 0))
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urllib.parse.urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.text = response.read().decode(errors="replace")
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in http.cookies.SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        connection.close()
        return response

    def form(self, path):
        page = self.request("GET", path).text
        fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page))
        return {name: html.unescape(value) for name, value in fields.items()}

    def sign_in(self, username, password, forged=None):
        data = {**self.form("/admin/login/"), "username": username, "password": password, "next": "/admin/"}
        headers = {"X-Forwarded-For": forged} if forged else {}
        return self.request("POST", "/admin/login/", data, headers)


def translate(instance, language, **changes):
    """The `language` translation of a page or snippet, made with wagtail-localize, with `changes` applied."""
    from wagtail.models import Locale, Page
    from wagtail_localize.models import TranslationSource

    locale, _ = Locale.objects.get_or_create(language_code=language)
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    source.create_or_update_translation(locale, fallback=True)
    translated = instance.get_translation(locale)
    for name, value in changes.items():
        setattr(translated, name, value)
    if isinstance(translated, Page):
        translated.save_revision().publish()
    else:
        translated.save()
    return translated
