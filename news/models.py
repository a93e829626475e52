import datetime

from django import forms
from django.db import models
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from news import jsonld
from news.blocks import NewsBodyBlock
from site911 import jsonld as site_jsonld
from site911.caching.view_restrictions import MemoizedViewRestrictionsMixin


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

    def get_context(self, request, *args, **kwargs):
        from news import listing  # listing.py reads this module's models

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.Listing(self, request).context())
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

    def get_context(self, request, *args, **kwargs):
        from news import listing  # listing.py reads this module's models

        context = super().get_context(request, *args, **kwargs)
        recognition = self.recognition()
        tags = list(self.tags.all())  # once, for the page and its JSON-LD
        news_index = self.get_parent()
        index_url = news_index.get_url(request)
        context["recognition"] = recognition
        context["tags"] = tags
        context["news_index"] = news_index
        context["category_url"] = listing.url(index_url, category=self.category.slug) if self.category_id else None
        context["tag_links"] = [{"tag": tag, "url": listing.url(index_url, tag=tag.slug)} for tag in tags]
        context["json_ld"] = site_jsonld.script(jsonld.news_article(self, request, recognition, tags))
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
