"""Demo home, guidance and about pages (the Minneapolis 911 page's content, written here), built idempotently.

Each helper creates what is missing and leaves alone what exists, so running the command again
changes nothing and never overwrites what an editor changed (the contract: site911/demo.py).
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from home import demo_translations
from home.demo_situations import SITUATIONS, TRANSLATED
from home.models import GuidancePage, HomePage, Situation, StandardPage
from site911.contact_wording import ContactWording
from site911.demo import ensure_child, ensure_tree_root, publish
from site911.demo_translation import translate
from site911.lines import EMERGENCY, NON_EMERGENCY, OUTSIDE_CITY

SITE_NAME = "Minneapolis 911"


def load(demo):
    """The default site and its home page, then the guidance and about pages, first among the home page's links."""
    demo.site, demo.home, demo.home_created = ensure_home()
    guidance = build_guidance(demo.home)
    about = build_about(demo.home)
    demo.links += [
        (guidance, "", "Examples of what to call 911 for, and what to call 311 for."),
        (about, "", "Who answers your call and how the center works."),
    ]


def finish(demo):
    """A new home page lists where residents go next: every app's links, in INSTALLED_APPS order.

    Then the translations: every app's pages and the Contact numbers wording exist by now.
    """
    if demo.home_created:
        demo.home.links = [
            ("link", {"page": page, "title": title, "description": description})
            for page, title, description in demo.links
        ]
        publish(demo.home)
    if demo.translations:
        for language, slugs in demo_translations.PAGES.items():
            build_translations(demo, language, slugs)


def build_translations(demo, language, slugs):
    """The home page, then its children with `slugs`, then the Contact numbers wording, in `language`."""
    texts = demo_translations.texts(language)
    situations = TRANSLATED.get(language, {})
    english_situations = {
        str(key): title
        for key, title in Situation.objects.filter(page__locale=demo.home.locale_id).values_list(
            "translation_key", "title"
        )
    }

    def translated_text(entry):
        # A situation's segment is "situations.<translation key>.<field>": found by the English situation's title.
        if entry.msgctxt.startswith("situations."):
            _, key, field = entry.msgctxt.split(".")
            translated = situations.get(english_situations.get(key, ""))
            return translated[("title", "keywords", "reason").index(field)] if translated else ""
        return texts.get(entry.msgid, "")

    translate(demo.home, language, translated_text)
    for page in demo.home.get_children().filter(slug__in=slugs).specific():
        translate(page, language, translated_text)
    wording = ContactWording.objects.filter(site=demo.site, locale=demo.home.locale_id).first()
    if wording is not None:
        translate(wording, language, translated_text)


def ensure_home():
    """The HomePage at the root of the default site; replaces Wagtail's placeholder welcome page."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site, site.root_page.specific, False
    home = HomePage.objects.first()
    created = home is None
    placeholders = []
    if created:
        root = ensure_tree_root()
        placeholder_type = ContentType.objects.get_for_model(Page)
        placeholders = [p for p in root.get_children().filter(content_type=placeholder_type) if p.is_leaf()]
        # Free the "home" slug; the placeholders go once no site points at them any more.
        for placeholder in placeholders:
            Page.objects.filter(pk=placeholder.pk).update(slug=f"placeholder-{placeholder.pk}")
        home = HomePage(
            title=SITE_NAME,
            slug="home",
            seo_title="Minneapolis 911: when to call 911, 311 or the outside-city line",
            search_description="Minneapolis 911 answers emergency calls and sends police, fire and ambulance help.",
            intro="Minneapolis 911 answers emergency calls and sends police, fire and ambulance help to the people of Minneapolis.",
        )
        root.add_child(instance=home)
        publish(home)
    if site:
        site.root_page = home
        site.site_name = site.site_name or SITE_NAME
        site.save()
    else:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME
        )
    # Deleting a page deletes the sites rooted at it, so only after the default site moved to the home page.
    for placeholder in placeholders:
        if not Site.objects.filter(root_page=placeholder).exists():
            placeholder.delete()
    return site, home, created


def build_guidance(home):
    page, created = ensure_child(
        home,
        GuidancePage,
        "when-to-call",
        title="When to call 911",
        show_in_menus=True,
        search_description="When to call 911, when to call 311, and the line to call from outside city limits.",
        intro="Call 911 when police, fire or medical help must come to you now. For everything else there is a better number, which keeps 911 lines free.",
        call_options=[
            (
                "call_option",
                {
                    "number": EMERGENCY,
                    "who_for": "Police, fire or medical help needs to respond to your location now.",
                    "examples": [
                        "A crime happening now",
                        "A fire or a smell of gas",
                        "Someone badly hurt or not breathing",
                        "A crash with injuries",
                    ],
                },
            ),
            (
                "call_option",
                {
                    "number": NON_EMERGENCY,
                    "who_for": "Non-emergency crime reports, or prior incidents that do not require a police response.",
                    "examples": [
                        "A theft you discovered later",
                        "A car break-in after the person has gone",
                        "Graffiti or vandalism",
                    ],
                },
            ),
            (
                "call_option",
                {
                    "number": OUTSIDE_CITY,
                    "who_for": "You are outside Minneapolis city limits but need an immediate Minneapolis Police response.",
                    "examples": ["You are in a suburb and someone in Minneapolis is in danger right now"],
                },
            ),
        ],
        prioritisation=(
            "<p>In 2013, there were on average over one thousand police, fire and ambulance responses a day. "
            "Police calls are handled in order of urgency.</p>"
            "<ul><li>Threats to life or property are handled first.</li>"
            "<li>Calls where the situation is more stable come next.</li></ul>"
            "<p>This means incidents like music complaints may have to wait while crimes like robberies "
            "and assaults are dealt with.</p>"
        ),
        what_to_expect=(
            # How fast calls are answered comes from the latest figures (stats' answer-time sentence above this).
            "<p>Answering 911 lines is everyone's first job at Minneapolis 911.</p>"
            "<ol><li>Say where you are first: the address, or the nearest intersection or landmark.</li>"
            "<li>Say what is happening. Help is often being sent while you answer the questions.</li>"
            "<li>Stay on the line until the call taker says you can hang up. If you called by mistake, "
            "stay on the line and say so.</li></ol>"
        ),
    )
    if created:
        for order, (title, keywords, number, reason) in enumerate(SITUATIONS):
            Situation.objects.create(
                page=page, sort_order=order, title=title, keywords=keywords, number=number, reason=reason
            )
        publish(page)
    return page


ABOUT_BODY = [
    (
        "paragraph",
        "<p>Minneapolis 911 staffs about 80 men and women who work together as a motivated team of valued, "
        "competent and highly trained employees. We are committed to treating the public and each other with respect "
        "and professionalism.</p>",
    ),
    ("heading", "What we do"),
    (
        "paragraph",
        "<p>Our job is to provide police, fire and ambulance services to the people of Minneapolis. "
        "We work directly with the Minneapolis Police Department, the Minneapolis Fire Department, Hennepin County "
        "Ambulance Dispatch and North Memorial Ambulance Dispatch.</p>"
        "<p>In 2013, the year these figures describe:</p>"
        "<ul><li>Over 1,000 police, fire and ambulance responses a day, on average.</li>"
        "<li>About 2,000 calls answered every day by 911 Operators and Police-Fire Dispatchers.</li></ul>",
    ),
    (
        "quote",
        {
            "quote": "Answering 911 lines is everyone's prime directive at Minneapolis 911.",
            "attribution": "Minneapolis 911",
        },
    ),
    ("heading", "Our goal"),
    (
        "paragraph",
        "<p>Our work supports the City goal: <b>A Safe Place to Call Home</b>. Minneapolis 911 is proud "
        "to serve the people of Minneapolis, and proud of how we do it.</p>",
    ),
    ("heading", "Public education"),
    (
        "paragraph",
        "<p>Our public education staff attend block parties and community meetings to answer questions "
        "and concerns about 911 service.</p>",
    ),
]


def build_about(home):
    page, _ = ensure_child(
        home,
        StandardPage,
        "about",
        title="About Minneapolis 911",
        show_in_menus=True,
        search_description="Who answers Minneapolis 911 calls, and how the emergency communications center works.",
        intro="The Minneapolis Emergency Communications Center answers 911 calls and dispatches police, fire and ambulance help.",
        body=ABOUT_BODY,
    )
    return page
