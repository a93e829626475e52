"""Demo content: the helpers every app's demo uses, and the contract `load_demo_content` follows.

The contract: an installed app that has demo content has a `demo` module with

    def load(demo):    # builds the app's content; `demo` is the DemoSite shared by every app
    def finish(demo):  # optional; runs after every app's `load`

`manage.py load_demo_content` calls every app's `load`, in INSTALLED_APPS order, then every
`finish`, in the same order, in one transaction. Each builds only what is missing and leaves what
exists alone, so running the command again changes nothing and never overwrites an editor's change.

The content is written in Python here and in each app's demo.py (the Minneapolis 911 page's text).
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from site911.contact import ContactNumbers


@dataclass
class DemoSite:
    """What apps' demos share: the default site, its root page, and the links the home page lists."""

    site: Site | None = None
    home: Page | None = None  # the site's root page: apps add their pages under it
    home_created: bool = False  # True when this run created it (its links are then filled in)
    links: list = field(default_factory=list)  # (page, title, description): "where residents go next", in order
    translations: bool = True  # False: English only (`load_demo_content --english-only`)


def load(demo):
    """Nothing to build before the site exists (home's demo makes it)."""


def finish(demo):
    if demo.site is not None:
        ensure_contact_numbers(demo.site)


def publish(page):
    page.save_revision().publish()
    return page


def ensure_child(parent, model, slug, **fields):
    """The live child of `parent` with `slug`, created and published when missing. Returns (page, created)."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return publish(page), True


def ensure_tree_root():
    """Wagtail's root node and default locale, which its migrations create (a flushed database lacks them)."""
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(
            instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page))
        )
    return root


def ensure_contact_numbers(site):
    """Minneapolis's numbers, created once: a setting that exists (an editor's) is left as it is."""
    if ContactNumbers.objects.filter(site=site).exists():
        return
    ContactNumbers.objects.create(
        site=site,
        emergency_label="Emergency",
        emergency_number="911",
        emergency_when="Police, fire or medical help needs to come to your location now.",
        # Minnesota takes texts to 911 statewide: "call if you can, text if you can't".
        text_to_911_enabled=True,
        text_to_911_instruction=(
            "Text 911 if you can't call: send your address and what is happening; no photos or group texts."
        ),
        tty_guidance=(
            "Call 911 with your TTY and press any key. A silent call is treated as a possible TTY call, "
            "so stay on the line. Relay and video relay users can also ask for 911."
        ),
        interpreter_guidance="Say the language you speak, in English: an interpreter will join the call.",
        non_emergency_label="Non-emergency",
        non_emergency_number="311",
        non_emergency_full_number="(612) 673-3000",
        non_emergency_when="Non-emergency crime reports, or incidents that already happened and need no police response.",
        # As published by the city in 2026: staff check them under Settings → Contact numbers.
        non_emergency_hours="Monday–Friday 7 a.m.–7 p.m., Saturday–Sunday 8 a.m.–4:30 p.m.",
        non_emergency_online_report_url="https://www.minneapolismn.gov/government/departments/311/",
        outside_city_label="Outside city limits",
        outside_city_number="(612) 348-2345",
        outside_city_when="You are outside Minneapolis city limits but need an immediate Minneapolis Police response.",
        crisis_label="988 Suicide & Crisis Lifeline",
        crisis_number="988",
        crisis_text_number="988",
        crisis_when=(
            "A mental-health, suicide or substance-use crisis: call or text, any time. If someone is in danger "
            "now, call 911: Minneapolis can send a Behavioral Crisis Response team."
        ),
    )
