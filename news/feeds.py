"""RSS 2.0 (/news/feed/) and Atom (/news/feed/atom/) feeds of the latest posts; ?category=<slug> narrows them."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.models import Site

from news import filters, listing
from news.models import NewsCategory, NewsIndexPage, NewsPage

FEED_LENGTH = 20


@dataclass
class FeedSource:
    site_name: str
    link: str
    feed_url: str
    category: NewsCategory | None
    posts: list


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    url_name = "news_feed"

    def get_object(self, request, *args, **kwargs):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site")
        category = listing.find_category(filters.clean_slug(request.GET.get("category")))

        posts = NewsPage.objects.published().descendant_of(site.root_page).for_listing()
        if category:
            posts = posts.in_category(category)
        posts = list(posts[:FEED_LENGTH])
        for post in posts:
            # Absolute, on the site's own host name; computed here, where the request is at hand.
            post.feed_link = post.get_full_url(request)

        # Links use the Wagtail site's own address (its hostname and port), like the sitemap and the pages' JSON-LD.
        index = NewsIndexPage.for_site(site)
        link = index.get_full_url(request) if index else site.root_url + "/"
        slug = category.slug if category else None
        link = listing.url(link, category=slug)
        feed_url = listing.url(site.root_url + reverse(self.url_name), category=slug)
        return FeedSource(
            site_name=site.site_name or settings.WAGTAIL_SITE_NAME,
            link=link,
            feed_url=feed_url,
            category=category,
            posts=posts,
        )

    def title(self, obj):
        if obj.category:
            return f"{obj.site_name} news: {obj.category.name}"
        return f"{obj.site_name} news"

    def description(self, obj):
        return f"News and staff recognition from {obj.site_name}."

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        return obj.link

    def author_name(self, obj):
        return obj.site_name

    def feed_url(self, obj):
        return obj.feed_url

    def items(self, obj):
        return obj.posts

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [item.category.name] if item.category_id else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    url_name = "news_feed_atom"
