import datetime
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, Site
from wagtail.query import PageQuerySet
from wagtail.search import index

from news import filters
from news.blocks import NewsBodyBlock
from news.jsonld import json_ld_script
from site911.caching import keys
from site911.caching.content_memo import memoized
from site911.caching.view_restrictions import MemoizedViewRestrictionsMixin

POSTS_PER_PAGE = 10


class NewsCategory(models.Model):
    """A snippet: Awards, Nominations, Community, Service updates. Staff manage them under Snippets."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(
        max_length=80, unique=True, help_text="Used in addresses, e.g. “awards” gives /news/?category=awards."
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = "news category"
        verbose_name_plural = "news categories"

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsPageQuerySet(PageQuerySet):
    def published(self):
        """Posts a visitor may read (live, not behind a privacy setting), newest first by their publication date."""
        return self.live().public().newest_first()

    def newest_first(self):
        """In the order of NewsPage's `news_newest_first` index."""
        return self.order_by("-date", "-page_ptr_id")

    def for_listing(self):
        """What a list of posts shows, fetched in the same query however many posts there are."""
        return self.select_related("category")

    def in_category(self, category):
        return self.filter(category=category)

    def in_year(self, year):
        return self.filter(date__year=year)

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsIndexPage(MemoizedViewRestrictionsMixin, Page):
    """The news list: published posts newest first, filtered by category, tag or year, 10 to a page."""

    intro = models.CharField(max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = "news index page"

    @classmethod
    def for_site(cls, site):
        """The site's news list (the first public one), for “All news” links and the feeds."""
        return cls.objects.live().public().descendant_of(site.root_page).first()

    def posts(self):
        """The published posts in this section, newest first."""
        return NewsPage.objects.published().child_of(self).for_listing()

    def filter_choices(self):
        """The categories and years that have posts here, newest year first: read once per content generation.

        Both scan the whole section, so they are kept in the content memo (site911/caching/content_memo.py),
        which every publish, unpublish or category change renews.
        """

        def build():
            in_section = NewsPage.objects.live().public().child_of(self)
            return {
                "categories": list(NewsCategory.objects.filter(news_pages__in=in_section).distinct()),
                "years": [d.year for d in in_section.dates("date", "year", order="DESC")],
            }

        return memoized(("news_filter_choices", self.pk), build)

    def post_ids(self, posts, category_slug, tag_slug, year):
        """The ids of a (filtered) list's posts in order: read once per content generation.

        A page of the list then fetches its ten posts by primary key, and counting the pages is a
        len(): page 50 costs what page 1 does, however big the archive.
        """
        key = ("news_post_ids", self.pk, category_slug, tag_slug, year)
        return memoized(key, lambda: list(posts.values_list("pk", flat=True)))

    @staticmethod
    def listing_url(base_url, page=None, **filters):
        """A link to the list at `base_url` with the given filters (category/tag slug, year) and page number."""
        params = {key: value for key, value in filters.items() if value}
        if page and page > 1:
            params["page"] = page
        return base_url + ("?" + urlencode(params) if params else "")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        category_slug = filters.clean_slug(request.GET.get("category"))
        tag_slug = filters.clean_slug(request.GET.get("tag"))
        year = filters.clean_year(request.GET.get("year"))

        posts = self.posts()
        category = tag = None
        if category_slug:
            category = NewsCategory.objects.filter(slug=category_slug).first()
            if category is None:
                raise Http404("No such category")
            posts = posts.in_category(category)
        if tag_slug:
            tag = Tag.objects.filter(slug=tag_slug).first()
            if tag is None:
                raise Http404("No such tag")
            posts = posts.tagged(tag)
        choices = self.filter_choices()
        if year:
            # A year without posts lists nothing: no query, and made-up years cannot fill the memo.
            posts = posts.in_year(year) if year in choices["years"] else posts.none()

        base_url = self.get_url(request)

        def link(page=None, **params):
            return self.listing_url(base_url, page, **params)

        current = {"category": category_slug, "tag": tag_slug, "year": year}
        ids = [] if posts.query.is_empty() else self.post_ids(posts, category_slug, tag_slug, year)
        paginator = Paginator(ids, POSTS_PER_PAGE)
        number = filters.page_number(request.GET.get("page"), paginator.num_pages)
        page_obj = paginator.page(number)
        keys.paginated(request, paginator.num_pages)
        page_obj.object_list = list(posts.filter(pk__in=page_obj.object_list))

        context.update(
            category=category,
            tag=tag,
            year=year,
            is_filtered=bool(category or tag or year),
            posts=page_obj,
            page_links=[
                {"number": n, "url": link(page=n, **current) if n != paginator.ELLIPSIS else None}
                for n in paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
            ],
            previous_url=link(page=number - 1, **current) if page_obj.has_previous() else None,
            next_url=link(page=number + 1, **current) if page_obj.has_next() else None,
            all_url=base_url,
            category_links=[
                {
                    "category": c,
                    "url": link(category=c.slug, year=year),
                    "current": c == category,
                }
                for c in choices["categories"]
            ],
            year_links=[
                {
                    "year": y,
                    "url": link(category=category_slug, year=y),
                    "current": y == year,
                }
                for y in choices["years"]
            ],
        )
        return context


class NewsPage(MemoizedViewRestrictionsMixin, Page):
    """A news or recognition post, dated by the editor."""

    date = models.DateField(
        "publication date",
        default=timezone.localdate,
        help_text="The date shown on the post and used to order the news list and feeds.",
    )
    summary = models.CharField(
        max_length=300,
        help_text="One or two sentences. Shown in the news list, feeds and search results.",
    )
    body = StreamField(NewsBodyBlock(), blank=True)
    category = models.ForeignKey(
        NewsCategory, on_delete=models.PROTECT, related_name="news_pages", help_text="Manage the list under Snippets."
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True)

    awarding_body = models.CharField(
        max_length=200, blank=True, help_text="Who gives the recognition, e.g. “MN Chapter of APCO”."
    )
    award_name = models.CharField(max_length=200, blank=True, help_text="E.g. “Making A Difference”.")
    recognition_status = models.CharField(
        max_length=20,
        blank=True,
        choices=[("awarded", "Awarded"), ("nominated", "Nominated")],
        help_text="“Awarded” covers any honor or recognition given; leave empty for posts that are not about one.",
    )
    recognized_for = models.CharField(
        "recognized for",
        max_length=300,
        blank=True,
        help_text="The incident or year recognized, e.g. “Response to the May 22, 2011 tornado”.",
    )

    objects = NewsPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary", widget=forms.Textarea(attrs={"rows": 3})),
        FieldPanel("category", widget=forms.Select),
        FieldPanel("tags"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("recognition_status"),
                FieldPanel("award_name"),
                FieldPanel("awarding_body"),
                FieldPanel("recognized_for"),
                InlinePanel("honorees", label="Person or team recognized"),
            ],
            heading="Recognition (optional: for award and nomination posts)",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("award_name"),
        index.SearchField("awarding_body"),
        index.SearchField("recognized_for"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "news page"
        # The order of NewsPageQuerySet.newest_first: the newest N posts (the feeds, the home page's
        # latest news, the list's first page when the content memo is off) are read from the start
        # of this index instead of sorting every post.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    @property
    def meta_description(self):
        return self.search_description or self.summary

    @property
    def published_at(self):
        """An aware datetime for feeds: the editor's date, at the first publication's time if that was the same day."""
        if self.first_published_at and timezone.localtime(self.first_published_at).date() == self.date:
            return self.first_published_at
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def award_summary(self):
        """“Making A Difference, from Minnesota 911 Training Conference, for contributions in 2012”, or ""."""
        parts = [self.award_name or ("Recognition" if self.awarding_body or self.recognized_for else "")]
        if self.awarding_body:
            parts.append(f"from {self.awarding_body}")
        if self.recognized_for:
            parts.append(f"for {self.recognized_for[:1].lower()}{self.recognized_for[1:]}")
        return " ".join(p for p in parts if p)

    def recognition(self):
        """The structured recognition details, or None when the post has none."""
        honorees = list(self.honorees.all())
        if not (self.awarding_body or self.award_name or self.recognized_for or honorees):
            return None
        return {
            "status": self.get_recognition_status_display() if self.recognition_status else "",
            "award_name": self.award_name,
            "awarding_body": self.awarding_body,
            "recognized_for": self.recognized_for,
            "honorees": honorees,
        }

    def structured_data(self, request=None, recognition=None, tags=None):
        """schema.org NewsArticle for search engines, with the recognition as `about` and `award`."""
        site = Site.find_for_request(request) if request else self.get_site()
        site_name = (site and site.site_name) or settings.WAGTAIL_SITE_NAME
        url = self.get_full_url(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "datePublished": self.date.isoformat(),
            "description": self.summary,
            "url": url,
            "mainEntityOfPage": url,
            "publisher": {"@type": "Organization", "name": site_name, "url": site.root_url + "/" if site else ""},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.category_id:
            data["articleSection"] = self.category.name
        keywords = [tag.name for tag in (self.tags.all() if tags is None else tags)]
        if keywords:
            data["keywords"] = keywords
        if recognition is None:
            recognition = self.recognition()
        if recognition:
            award = self.award_summary()
            awarded = self.recognition_status != "nominated"
            if award and awarded:
                data["award"] = award
            if self.awarding_body:
                data["mentions"] = [{"@type": "Organization", "name": self.awarding_body}]
            about = []
            for honoree in recognition["honorees"]:
                entry = {"@type": "Person" if honoree.kind == Honoree.PERSON else "Organization", "name": honoree.name}
                if honoree.detail:
                    entry["description"] = honoree.detail
                if award and awarded:
                    entry["award"] = award
                elif award:
                    entry["disambiguatingDescription"] = f"Nominated: {award}"
                about.append(entry)
            if about:
                data["about"] = about
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        recognition = self.recognition()
        tags = list(self.tags.all())  # once, for the page and its JSON-LD
        context["recognition"] = recognition
        context["tags"] = tags
        context["news_index"] = self.get_parent()
        context["json_ld"] = json_ld_script(self.structured_data(request, recognition, tags))
        return context


class Honoree(Orderable):
    """A person or team a post recognizes."""

    TEAM = "team"
    PERSON = "person"

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="honorees")
    name = models.CharField(max_length=200, help_text="E.g. “Minneapolis 911 staff” or a dispatcher's name.")
    kind = models.CharField(max_length=10, choices=[(TEAM, "Team or group"), (PERSON, "Person")], default=TEAM)
    detail = models.CharField(
        max_length=300, blank=True, help_text="Role, or what they are recognized for, in one sentence."
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("detail")]

    def __str__(self):
        return self.name
