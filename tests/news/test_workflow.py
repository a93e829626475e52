"""How staff get a post through review: the workflow, scheduling, unpublishing, the groups."""

import datetime
from unittest import mock

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from news import workflow
from news.models import NewsCategory, NewsIndexPage, NewsPage
from tests.helpers import staff_member
from tests.news.support import SEED_TITLES, listed_titles, quiet, soup

# --- staff workflow ------------------------------------------------------------------------------------------------


def post_form(category, **overrides):
    data = {
        "title": "Dispatcher wins state award",
        "slug": "dispatcher-wins-state-award",
        "date": "2024-03-28",
        "summary": "A Police-Fire Dispatcher was honored for calm work during a major incident.",
        "category": str(category.pk),
        "tags": "awards",
        "body": streamfield([("paragraph", rich_text("<p>The full story.</p>"))]),
        "recognition_status": "awarded",
        "award_name": "Dispatcher of the Year",
        "awarding_body": "MN Chapter of APCO",
        "recognized_for": "2023",
        "honorees": inline_formset([{"name": "A Police-Fire Dispatcher", "kind": "person", "detail": ""}]),
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_an_editors_post_is_not_public_until_communications_approves_it(client, news_index, django_user_model):
    editor = staff_member("editor", workflow.NEWS_EDITORS)
    comms = staff_member("comms", workflow.COMMUNICATIONS)
    awards = NewsCategory.objects.get(slug="awards")

    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    form = client.get(add_url)
    assert form.status_code == 200
    assert b"action-submit" in form.content
    assert b'name="action-publish"' not in form.content  # editors cannot publish

    response = client.post(add_url, post_form(awards, **{"action-submit": "Submit"}))
    assert response.status_code == 302
    post = NewsPage.objects.get(slug="dispatcher-wins-state-award")
    assert not post.live
    assert post.workflow_in_progress
    assert post.current_workflow_task.name == workflow.TASK_NAME

    # An editor trying to publish, or to approve their own post, changes nothing.
    client.post(reverse("wagtailadmin_pages:edit", args=(post.pk,)), post_form(awards, **{"action-publish": "1"}))
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", post.current_workflow_task_state.pk)),
        {"comment": ""},
    )
    post.refresh_from_db()
    assert not post.live

    client.logout()
    assert client.get("/news/dispatcher-wins-state-award/").status_code == 404
    assert "Dispatcher wins state award" not in listed_titles(client.get("/news/"))
    assert b"Dispatcher wins state award" not in client.get("/news/feed/").content

    client.force_login(comms)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", post.current_workflow_task_state.pk)),
        {"comment": "Approved for publication"},
        follow=True,
    )
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.live

    client.logout()
    public = client.get("/news/dispatcher-wins-state-award/")
    assert public.status_code == 200
    panel = soup(public).find("section", class_="recognition").get_text(" ", strip=True)
    assert "Dispatcher of the Year" in panel and "A Police-Fire Dispatcher" in panel
    assert listed_titles(client.get("/news/"))[0] == "Dispatcher wins state award"
    assert b"Dispatcher wins state award" in client.get("/news/feed/").content


def test_a_scheduled_post_goes_live_when_publish_scheduled_runs(client, news_index, django_user_model):
    editor = staff_member("editor", workflow.NEWS_EDITORS)
    comms = staff_member("comms", workflow.COMMUNICATIONS)
    awards = NewsCategory.objects.get(slug="awards")
    go_live = timezone.localtime() + datetime.timedelta(hours=2)

    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    form = post_form(awards, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"), **{"action-submit": "Submit"})
    assert client.post(add_url, form).status_code == 302
    post = NewsPage.objects.get(slug="dispatcher-wins-state-award")

    client.force_login(comms)
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(post.pk, "approve", post.current_workflow_task_state.pk)),
        {"comment": ""},
    )
    post.refresh_from_db()
    assert not post.live  # approved, but waiting for its go-live time
    client.logout()
    call_command("publish_scheduled", stdout=quiet())
    assert client.get("/news/dispatcher-wins-state-award/").status_code == 404

    # The go-live time arrives, and the scheduler runs the command.
    later = timezone.now() + datetime.timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=quiet())

    assert client.get("/news/dispatcher-wins-state-award/").status_code == 200
    assert "Dispatcher wins state award" in listed_titles(client.get("/news/"))


def test_communications_can_unpublish_a_post(client, news_index, django_user_model):
    comms = staff_member("comms", workflow.COMMUNICATIONS)
    post = NewsPage.objects.get(slug="apco-recognizes-tornado-response")
    client.force_login(comms)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(post.pk,)))
    assert response.status_code == 302
    client.logout()
    assert client.get(post.url).status_code == 404
    assert SEED_TITLES[2] not in listed_titles(client.get("/news/"))


def test_a_news_index_created_in_the_admin_gets_the_review_workflow(client, news_index, django_user_model):
    admin = django_user_model.objects.create_superuser(username="admin", password="not-used-here-1234")
    client.force_login(admin)
    home = HomePage.objects.get(locale__language_code="en")
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("news", "newsindexpage", home.pk)),
        nested_form_data(
            {
                "title": "Press releases",
                "slug": "press",
                "intro": "",
                "comments": inline_formset([]),
                "action-publish": "1",
            }
        ),
    )
    assert response.status_code == 302
    press = NewsIndexPage.objects.get(slug="press")
    assert WorkflowPage.objects.get(page=press).workflow.name == workflow.WORKFLOW_NAME
    assert GroupPagePermission.objects.filter(page=press, group__name=workflow.NEWS_EDITORS).exists()


def test_groups_and_workflow_from_the_migration(news_index):
    editors = Group.objects.get(name=workflow.NEWS_EDITORS)
    comms = Group.objects.get(name=workflow.COMMUNICATIONS)
    editor_perms = set(
        GroupPagePermission.objects.filter(group=editors, page=news_index).values_list(
            "permission__codename", flat=True
        )
    )
    comms_perms = set(
        GroupPagePermission.objects.filter(group=comms, page=news_index).values_list("permission__codename", flat=True)
    )
    assert editor_perms == {"add_page", "change_page"}
    assert "publish_page" in comms_perms
    review = WorkflowPage.objects.get(page=news_index).workflow
    assert review.name == workflow.WORKFLOW_NAME
    assert [t.name for t in review.tasks] == [workflow.TASK_NAME]
    assert list(review.tasks[0].specific.groups.all()) == [comms]
    image_perms = set(
        GroupCollectionPermission.objects.filter(group=editors).values_list("permission__codename", flat=True)
    )
    assert image_perms == {"add_image", "choose_image"}


def test_the_migrations_setup_can_run_again_without_adding_anything(news_index):
    from django.apps import apps

    def counts():
        return [
            model.objects.count()
            for model in (Group, Permission, GroupCollectionPermission, Workflow, WorkflowTask, NewsCategory)
        ]

    before = counts()
    workflow.setup_groups_and_workflow(apps)
    workflow.ensure_categories(apps)
    workflow.link_news_index(news_index)
    assert counts() == before
