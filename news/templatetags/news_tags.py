from django import template
from django.utils import translation
from wagtail.models import Site

from news.listing import PostSummary
from news.models import NewsIndexPage, NewsPage
from site911.caching.content_memo import memoized

register = template.Library()


@register.simple_tag(takes_context=True)
def latest_news(context, count=3):
    """`{% latest_news 3 as latest %}`: the site's newest published posts and its news index (for “All news”).

    News is English only: in every language these are the English posts, linked at their English addresses.
    """
    site = Site.find_for_request(context.get("request"))
    if site is None:
        return {"posts": [], "index": None}

    def build():
        posts = list(NewsPage.objects.published().descendant_of(site.root_page).for_listing()[:count])
        index = NewsIndexPage.for_site(site) if posts else None
        # The posts are this site's, so their links are the same relative paths for every request to it.
        return {"posts": [PostSummary.of_post(post, context["request"]) for post in posts], "index": index}

    return memoized(("latest_news", site.pk, count, translation.get_language()), build)
