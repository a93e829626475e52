"""news/listing.py's shortcuts give what Wagtail and Django's template filters would."""

import pytest
from django.template.defaultfilters import date as date_filter
from django.test import RequestFactory

from news.listing import PostSummary, summaries
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_a_summary_links_and_dates_each_post_as_pageurl_and_the_date_filter_do(demo_site):
    request = RequestFactory().get("/news/")
    index = NewsIndexPage.objects.get()
    posts = index.posts()
    listed = summaries(posts, index.get_url(request))
    pages = list(posts)
    assert len(listed) == len(pages) > 1
    for summary, post in zip(listed, pages, strict=True):
        assert summary == PostSummary.of_post(post, request)
        assert summary.url == post.get_url(request)
        assert summary.date_iso == date_filter(post.date, "Y-m-d")
        assert summary.date_text == date_filter(post.date, "F j, Y")
        assert (summary.title, summary.summary, summary.category_name) == (post.title, post.summary, post.category.name)
    assert NewsPage.objects.live().count() == len(pages)
