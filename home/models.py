"""The home page, standard pages and the guidance page with its situations (the finder's data).

StandardPage stays here rather than in site911: it is a page type editors add under the home page,
like the others here, and apps that need a plain page (news's award page) find it by name.
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home import finder
from home.blocks import CallOptionBlock, LinkBlock
from home.finder.json import finder_json
from site911.blocks import BodyBlock
from site911.caching.content_memo import memoized
from site911.caching.view_restrictions import MemoizedViewRestrictionsMixin
from site911.contact import numbers_for_request
from site911.lines import EMERGENCY, NUMBER_CHOICES
from site911.text import clean_query
from site911.translation_review import ReviewNotePanel
from site911.translations import MemoizedLocalizedMixin, page_language


class HomePage(MemoizedLocalizedMixin, MemoizedViewRestrictionsMixin, Page):
    intro = models.CharField(max_length=250, help_text="What the center does, in one sentence.", default="", blank=True)
    links = StreamField([("link", LinkBlock())], blank=True, help_text="Where residents go next.")

    content_panels = [ReviewNotePanel(), *Page.content_panels, FieldPanel("intro"), FieldPanel("links")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]


class StandardPage(MemoizedViewRestrictionsMixin, Page):
    intro = models.CharField(max_length=300, blank=True)
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [ReviewNotePanel(), *Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]


class GuidancePage(MemoizedViewRestrictionsMixin, Page):
    """When to call which number, with a situation finder residents can search."""

    intro = models.CharField(max_length=300, blank=True)
    call_options = StreamField([("call_option", CallOptionBlock())], blank=True)
    prioritisation = RichTextField(
        blank=True, features=["bold", "italic", "link", "ol", "ul"], verbose_name="How calls are prioritised"
    )
    what_to_expect = RichTextField(
        blank=True, features=["bold", "italic", "link", "ol", "ul"], verbose_name="What to expect when you call"
    )
    rule_of_thumb = models.CharField(
        max_length=300,
        default="If anyone is in danger, or it is happening now, call 911.",
        help_text="Shown above every answer of the situation finder, with the emergency number.",
    )
    extra_emergency_words = models.TextField(
        blank=True,
        help_text="More words or phrases that mean “call 911 now”, separated by commas or new lines. "
        "They add to the finder's built-in emergency words (danger, weapons, fire, medical, happening now), "
        "which cannot be removed.",
    )

    content_panels = [
        ReviewNotePanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("call_options"),
        FieldPanel("prioritisation"),
        FieldPanel("what_to_expect"),
        MultiFieldPanel(
            [
                FieldPanel("rule_of_thumb"),
                FieldPanel("extra_emergency_words"),
                InlinePanel("situations", label="Situation"),
            ],
            "Situation finder",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("prioritisation"),
        index.SearchField("what_to_expect"),
        index.RelatedFields("situations", [index.SearchField("title"), index.SearchField("keywords")]),
    ]

    def finder_index(self, request):
        """The situation finder for this page in its locale's language, built once per content generation.

        (A preview builds its own.)
        """
        language = page_language(self, request)

        def build():
            return finder.SituationIndex(self.situations.all(), self.extra_emergency_words, language=language)

        if getattr(request, "is_preview", False):
            return build()
        return memoized(("situation_finder", self.pk, language), build)

    def finder_answer(self, request):
        """The finder's Answer to the request's `q` (and the resident's answers to its questions), or None."""
        query = clean_query(request.GET.get("q", ""))
        if not query:
            return None
        replies = {name: request.GET.get(name) for name in ("danger", "now")}
        replies = {name: value if value in (finder.YES, finder.NO) else None for name, value in replies.items()}
        answer = finder.answer_for(self.finder_index(request), query, **replies)
        if not numbers_for_request(request).get(answer.kind).number:  # a line left blank in the settings
            answer.kind = EMERGENCY
        return answer

    def serve(self, request, *args, **kwargs):
        if request.GET.get("format") == "json" and request.GET.get("q"):
            answer = self.finder_answer(request)
            return finder_json(answer, numbers_for_request(request).get(answer.kind).number)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["query"] = clean_query(request.GET.get("q", ""))
        context["answer"] = self.finder_answer(request)
        context["situations"] = self.situations.all() if context["answer"] is None else context["answer"].situations
        return context


class Situation(TranslatableMixin, Orderable):
    page = ParentalKey(GuidancePage, on_delete=models.CASCADE, related_name="situations")
    title = models.CharField(max_length=120, help_text="As a resident would put it, e.g. “Someone broke into my car”.")
    keywords = models.CharField(
        max_length=300, blank=True, help_text="Other words people use for this, separated by spaces or commas."
    )
    number = models.CharField(max_length=20, choices=NUMBER_CHOICES)
    reason = models.CharField(max_length=300, help_text="Why this number, in one sentence.")

    panels = [FieldPanel("title"), FieldPanel("keywords"), FieldPanel("number"), FieldPanel("reason")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def __str__(self):
        return self.title

    @property
    def search_text(self):
        return f"{self.title} {self.keywords} {self.reason}"
