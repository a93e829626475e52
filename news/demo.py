"""Demo news (the Minneapolis 911 page's posts, written here), built idempotently (the contract: site911/demo.py).

Pages are created when missing and otherwise left alone, so running the command again changes nothing and never
overwrites what an editor changed. The groups, workflow and page permissions are set up when the news index is
created.
"""

import datetime

from django.apps import apps
from taggit.models import Tag

from news import workflow
from news.models import Honoree, NewsIndexPage, NewsPage, NewsPageTag
from site911.demo import ensure_child

AWARD_SLUG = "make-a-difference-award"


def build_award_page(home):
    """An evergreen page explaining the award: a StandardPage, not a dated NewsPage, so it stays out of the
    news list and feeds and is not ordered by a date."""
    # home's page type, found by name: news imports nothing from home.
    page, _ = ensure_child(
        home,
        apps.get_model("home", "StandardPage"),
        AWARD_SLUG,
        title="911 Make A Difference Award",
        search_description="How Minneapolis 911 staff are recommended and nominated for “Making A Difference” recognition.",
        intro="The Make A Difference award recognizes 911 staff whose work made a difference to public safety.",
        body=[
            (
                "paragraph",
                "<p>Every year, supervisors at Minneapolis 911 recommend staff whose “Making A Difference” contributions "
                "to public safety service stood out, and Minneapolis 911 nominates some of them for recognition at the "
                "annual spring Minnesota 911 Training Conference.</p>",
            ),
            ("heading", "How staff are nominated"),
            (
                "paragraph",
                "<ol><li>Supervisors recommend staff for their contributions during the year. For 2012, more than 20 "
                "staff were recommended.</li>"
                "<li>Minneapolis 911 chooses a few events and nominates the staff involved.</li>"
                "<li>Nominees are recognized at the Minnesota 911 Training Conference in March, and winners are "
                "announced on this site after the conference.</li></ol>",
            ),
            (
                "quote",
                {
                    "quote": "Choosing only a few events for recognition was a difficult task. Every day Minneapolis 911 "
                    "staff do a tremendous job serving citizens and visitors!",
                    "attribution": "Minneapolis 911, on the 2012 nominations",
                },
            ),
            ("heading", "Why it matters"),
            (
                "paragraph",
                "<p>In 2013, Minneapolis 911 Operators and Police-Fire Dispatchers answered on average 2,000 calls "
                "every day and dispatched help to those that needed it. The award recognizes the people behind those "
                "calls.</p>",
            ),
        ],
    )
    return page


def posts(award_page):
    award_link = f'<a linktype="page" id="{award_page.pk}">911 Make A Difference Award</a>'
    return [
        {
            "slug": "staff-honored-at-awards-ceremony",
            "category": "awards",
            "tags": ["Making A Difference", "awards ceremony"],
            "title": "Minneapolis 911 staff honored at awards ceremony",
            "date": datetime.date(2013, 5, 1),
            "summary": "Minneapolis 911 staff were honored at an awards ceremony on March 27 for multiple contributions to public safety in Minneapolis in 2012.",
            "body": [
                (
                    "paragraph",
                    "<p>Minneapolis 911 staff were honored at an awards ceremony on March 27 for multiple contributions "
                    "to public safety in Minneapolis in 2012!</p>"
                    "<p>The staff had been nominated for “Making A Difference” recognition at the annual spring "
                    f"Minnesota 911 Training Conference. Read more about the {award_link}.</p>",
                ),
            ],
            "recognition_status": "awarded",
            "award_name": "Making A Difference",
            "awarding_body": "Minnesota 911 Training Conference",
            "recognized_for": "Contributions to public safety in Minneapolis in 2012",
            "honorees": [Honoree(name="Minneapolis 911 staff", kind=Honoree.TEAM)],
        },
        {
            "slug": "staff-nominated-for-training-conference-recognition",
            "category": "nominations",
            "tags": ["Making A Difference", "Minnesota 911 Training Conference"],
            "title": "Minneapolis 911 nominates staff for Minnesota 911 Training Conference recognition",
            "date": datetime.date(2013, 2, 1),
            "summary": "More than 20 staff were recommended by their supervisors for “Making A Difference” recognition, and a Police-Fire Dispatcher was nominated for national recognition.",
            "body": [
                (
                    "paragraph",
                    "<p>Minneapolis 911 has nominated several of our professional staff this year for recognition at the "
                    "annual spring Minnesota 911 Training Conference, which will take place in March. More than 20 staff "
                    "were recommended for recognition by their supervisors for their “Making A Difference” contributions "
                    "to public safety service in 2012.</p>"
                    "<p>Choosing only a few events for recognition was a difficult task. In early 2013, Minneapolis 911 "
                    "Operators and Police-Fire Dispatchers answered on average 2,000 calls every day and dispatched help "
                    "to those that needed it.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Every day Minneapolis 911 staff do a tremendous job serving citizens and visitors!",
                        "attribution": "Minneapolis 911",
                    },
                ),
                ("heading", "National nomination"),
                (
                    "paragraph",
                    "<p>Minneapolis 911 also nominated a Police-Fire Dispatcher for national recognition for her "
                    "handling of an incident on August 21, 2012, when two Minneapolis Park Police Officers were injured "
                    "after being lured to a location by a fake 911 call for help.</p>"
                    "<p>Details of the nominations and the winners will be posted after the conference. "
                    f"Read more about the {award_link}.</p>",
                ),
            ],
            "recognition_status": "nominated",
            "award_name": "Making A Difference",
            "awarding_body": "Minnesota 911 Training Conference",
            "recognized_for": "Contributions to public safety service in 2012",
            "honorees": [
                Honoree(
                    name="Minneapolis 911 professional staff",
                    kind=Honoree.TEAM,
                    detail="Several staff nominated, from more than 20 recommended by their supervisors.",
                ),
                Honoree(
                    name="A Minneapolis 911 Police-Fire Dispatcher",
                    kind=Honoree.PERSON,
                    detail="Nominated for national recognition for her handling of the August 21, 2012 incident in "
                    "which two Minneapolis Park Police Officers were injured after a fake 911 call.",
                ),
            ],
        },
        {
            "slug": "apco-recognizes-tornado-response",
            "category": "awards",
            "tags": ["APCO", "tornado"],
            "title": "MN Chapter of APCO recognizes Minneapolis 911 for tornado response",
            "date": datetime.date(2012, 5, 1),
            "summary": "The MN Chapter of APCO recognized the Minneapolis 911 Center for its outstanding efforts during the May 22, 2011 tornado in north Minneapolis.",
            "body": [
                (
                    "paragraph",
                    "<p>The Minneapolis 911 Center was recently recognized by the MN Chapter of APCO for their "
                    "outstanding efforts during the May 22, 2011 tornado, which affected much of north Minneapolis.</p>"
                    "<p>Several Minneapolis 911 employees live in the area, and two sustained damage to their own homes, "
                    "but they remained on duty helping citizens and responders throughout the day and into the night.</p>",
                ),
            ],
            "recognition_status": "awarded",
            "award_name": "",
            "awarding_body": "MN Chapter of APCO",
            "recognized_for": "Outstanding efforts during the May 22, 2011 tornado in north Minneapolis",
            "honorees": [
                Honoree(
                    name="Minneapolis 911 Center",
                    kind=Honoree.TEAM,
                    detail="Including staff whose own homes were damaged and who stayed on duty into the night.",
                )
            ],
        },
    ]


def ensure_post(index, categories, slug, category, tags, **fields):
    existing = index.get_children().filter(slug=slug).first()
    if existing:
        return existing.specific, False
    tagged_items = [NewsPageTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in tags]
    return ensure_child(index, NewsPage, slug, category=categories[category], tagged_items=tagged_items, **fields)


def load(demo):
    """The news index and its posts under the home page, third among the home page's links."""
    index = build(demo.home)
    demo.links.append((index, "News and recognition", "Awards, nominations and news."))


def build(home):
    """The news index at /news/ with the seed's three posts, and the award page. Returns the news index."""
    categories = workflow.ensure_categories(apps)
    index, created = ensure_child(
        home,
        NewsIndexPage,
        "news",
        title="News",
        show_in_menus=True,
        seo_title="News and recognition",
        search_description="News from Minneapolis 911, and the awards and nominations that recognize its staff.",
        intro="News from Minneapolis 911, and the awards and nominations that recognize our staff.",
    )
    if created:
        workflow.link_news_index(index)
    award_page = build_award_page(home)
    for post in posts(award_page):
        ensure_post(index, categories, **post)
    return index
