"""The demo's news posts, and loading the demo again."""

import datetime

from django.contrib.auth.models import Group
from django.core.management import call_command
from taggit.models import Tag
from wagtail.models import (
    GroupPagePermission,
    Page,
    Revision,
    Workflow,
    WorkflowPage,
)

from home.models import StandardPage
from news.models import Honoree, NewsCategory, NewsPage
from tests.news.support import SEED_TITLES, quiet

# --- demo content --------------------------------------------------------------------------------------------------


def test_demo_has_the_seed_posts_with_their_dates_and_recognition(news_index):
    posts = {p.title: p for p in NewsPage.objects.published()}
    assert list(posts) == SEED_TITLES
    assert [p.date for p in posts.values()] == [
        datetime.date(2013, 5, 1),
        datetime.date(2013, 2, 1),
        datetime.date(2012, 5, 1),
    ]
    nominations = posts[SEED_TITLES[1]]
    assert nominations.category.name == "Nominations"
    assert nominations.recognition_status == "nominated"
    assert [h.kind for h in nominations.honorees.all()] == [Honoree.TEAM, Honoree.PERSON]
    assert posts[SEED_TITLES[2]].awarding_body == "MN Chapter of APCO"
    assert set(NewsCategory.objects.values_list("name", flat=True)) == {
        "Awards",
        "Nominations",
        "Community",
        "Service updates",
    }
    award = StandardPage.objects.get(slug="make-a-difference-award")
    assert award.title == "911 Make A Difference Award" and award.live


def test_loading_the_demo_again_changes_nothing_and_keeps_editor_changes(news_index):
    post = NewsPage.objects.get(slug="apco-recognizes-tornado-response")
    post.title = "Edited by staff"
    post.save_revision().publish()

    def snapshot():
        return {
            "pages": list(Page.objects.order_by("pk").values_list("pk", "title", "live")),
            "revisions": Revision.objects.count(),
            "categories": NewsCategory.objects.count(),
            "tags": Tag.objects.count(),
            "groups": Group.objects.count(),
            "page_permissions": GroupPagePermission.objects.count(),
            "workflows": Workflow.objects.count(),
            "workflow_pages": WorkflowPage.objects.count(),
        }

    before = snapshot()
    call_command("load_demo_content", stdout=quiet())
    assert snapshot() == before
    assert NewsPage.objects.get(pk=post.pk).title == "Edited by staff"
