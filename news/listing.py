"""The news list for one request: its filters (category, tag, year), its page of posts and every link it shows.

The news index page renders a `Listing`; the feeds share its category rule (`find_category`) and its links
(`url`); templates take the links from it instead of building query strings by hand.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404
from django.urls import reverse
from django.utils import dateformat
from taggit.models import Tag
from wagtail.coreutils import WAGTAIL_APPEND_SLASH

from news import filters
from news.models import NewsCategory, NewsPage
from site911.caching import keys
from site911.caching.content_memo import memoized

POSTS_PER_PAGE = 10


def url(base_url, page=None, **params):
    """A link to the list (or a feed) at `base_url` with the given filters (category/tag slug, year) and page."""
    params = {key: value for key, value in params.items() if value}
    if page and page > 1:
        params["page"] = page
    return base_url + ("?" + urlencode(params) if params else "")


@dataclass(frozen=True)
class PostSummary:
    """What a list shows of a post (news/includes/post_summary.html), read without building its page object."""

    title: str
    url: str
    date_iso: str
    date_text: str  # as the template filter `date:"F j, Y"` writes it
    summary: str
    category_name: str

    @classmethod
    def of(cls, title, url, date, summary, category_name):
        return cls(title, url, date.isoformat(), dateformat.format(date, "F j, Y"), summary, category_name)

    @classmethod
    def of_post(cls, post, request):
        return cls.of(post.title, post.get_url(request), post.date, post.summary, post.category.name)


def summaries(posts, index_url):
    """A list of posts, all children of the news index at `index_url`, as PostSummary in the queryset's order.

    One query of the few columns shown; each link is the index's plus the post's slug, as Wagtail routes it.
    """
    slash = "/" if WAGTAIL_APPEND_SLASH else ""  # read once by Wagtail too, when it starts
    prefix = index_url.rstrip("/") + "/"
    rows = posts.values_list("title", "slug", "date", "summary", "category__name")
    return [
        PostSummary.of(title, prefix + slug + slash, date, summary, category)
        for title, slug, date, summary, category in rows
    ]


def find_category(slug):
    """The category with this (cleaned) slug, None when no slug is given; an unknown category is a 404."""
    if not slug:
        return None
    category = NewsCategory.objects.filter(slug=slug).first()
    if category is None:
        raise Http404("No such category")
    return category


def find_tag(slug):
    """The tag with this (cleaned) slug, None when no slug is given; an unknown tag is a 404."""
    if not slug:
        return None
    tag = Tag.objects.filter(slug=slug).first()
    if tag is None:
        raise Http404("No such tag")
    return tag


def filter_choices(index):
    """The categories and years that have posts in `index`, newest year first: read once per content generation.

    Both scan the whole section, so they are kept in the content memo (site911/caching/content_memo.py),
    which every publish, unpublish or category change renews.
    """

    def build():
        in_section = NewsPage.objects.live().public().child_of(index)
        return {
            "categories": list(NewsCategory.objects.filter(news_pages__in=in_section).distinct()),
            "years": [d.year for d in in_section.dates("date", "year", order="DESC")],
        }

    return memoized(("news_filter_choices", index.pk), build)


def post_ids(index, posts, category_slug, tag_slug, year):
    """The ids of a (filtered) list's posts in order: read once per content generation.

    A page of the list then fetches its ten posts by primary key, and counting the pages is a
    len(): page 50 costs what page 1 does, however big the archive.
    """
    key = ("news_post_ids", index.pk, category_slug, tag_slug, year)
    return memoized(key, lambda: list(posts.values_list("pk", flat=True)))


class Listing:
    """One page of `index`'s posts as `request` asks for it; malformed or unknown filters are a 404."""

    def __init__(self, index, request):
        # Every value is checked before any query (filters.py), then looked up.
        category_slug = filters.clean_slug(request.GET.get("category"))
        tag_slug = filters.clean_slug(request.GET.get("tag"))
        self.year = filters.clean_year(request.GET.get("year"))
        self.category = find_category(category_slug)
        self.tag = find_tag(tag_slug)
        self.choices = filter_choices(index)
        self.base_url = index.get_url(request)

        posts = index.posts()
        if self.category:
            posts = posts.in_category(self.category)
        if self.tag:
            posts = posts.tagged(self.tag)
        if self.year:
            # A year without posts lists nothing: no query, and made-up years cannot fill the memo.
            posts = posts.in_year(self.year) if self.year in self.choices["years"] else posts.none()

        self.filters = {"category": category_slug, "tag": tag_slug, "year": self.year}
        ids = [] if posts.query.is_empty() else post_ids(index, posts, category_slug, tag_slug, self.year)
        self.paginator = Paginator(ids, POSTS_PER_PAGE)
        number = filters.page_number(request.GET.get("page"), self.paginator.num_pages)
        self.page = self.paginator.page(number)
        keys.paginated(request, self.paginator.num_pages)
        self.page.object_list = summaries(posts.filter(pk__in=self.page.object_list), self.base_url)

    def link(self, page=None, **params):
        return url(self.base_url, page, **params)

    def page_link(self, number):
        """This list (same filters) at page `number`."""
        return self.link(page=number, **self.filters)

    def context(self):
        """What news_index_page.html shows."""
        category_slug, year, number = self.filters["category"], self.year, self.page.number
        return {
            "category": self.category,
            "tag": self.tag,
            "year": year,
            "is_filtered": bool(self.category or self.tag or year),
            "posts": self.page,
            "page_links": [
                {"number": n, "url": self.page_link(n) if n != self.paginator.ELLIPSIS else None}
                for n in self.paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
            ],
            "previous_url": self.page_link(number - 1) if self.page.has_previous() else None,
            "next_url": self.page_link(number + 1) if self.page.has_next() else None,
            "all_url": self.base_url,
            # "All" in each filter list drops that filter and keeps the other.
            "all_categories_url": self.link(year=year),
            "all_years_url": self.link(category=category_slug),
            "category_feed_url": url(reverse("news_feed"), category=category_slug) if self.category else None,
            "category_links": [
                {"category": c, "url": self.link(category=c.slug, year=year), "current": c == self.category}
                for c in self.choices["categories"]
            ],
            "year_links": [
                {"year": y, "url": self.link(category=category_slug, year=y), "current": y == year}
                for y in self.choices["years"]
            ],
        }
