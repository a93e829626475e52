"""Monthly service figures (how fast 911 calls are answered) and the public page that shows them.

One row per month, entered by the Statistics group in the admin or imported from the phone
system's CSV (stats/csv_import.py). Saving a row clears the page cache: it is a snippet
(site911/caching/invalidation.py), so the page, its downloads and every answer-time sentence follow.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from site911.caching.view_restrictions import MemoizedViewRestrictionsMixin

PERCENT = [MinValueValidator(Decimal(0)), MaxValueValidator(Decimal(100))]


class MonthlyFiguresQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-month")

    def last_months(self, count):
        """The newest `count` rows, oldest first (a chart's and a table's order)."""
        return list(reversed(self.newest_first()[:count]))


class MonthlyFigures(models.Model):
    month = models.DateField(unique=True, help_text="The first day of the month these figures describe.")
    calls_911 = models.PositiveIntegerField("911 calls received")
    calls_non_emergency = models.PositiveIntegerField("Non-emergency calls received")
    pct_answered_15s = models.DecimalField(
        "% of 911 calls answered within 15 s", max_digits=5, decimal_places=2, validators=PERCENT
    )
    pct_answered_20s = models.DecimalField(
        "% of 911 calls answered within 20 s", max_digits=5, decimal_places=2, validators=PERCENT
    )
    average_answer_seconds = models.DecimalField(
        "Average answer time (seconds)", max_digits=6, decimal_places=1, validators=[MinValueValidator(Decimal(0))]
    )
    abandoned_calls = models.PositiveIntegerField("Abandoned 911 calls")
    text_sessions = models.PositiveIntegerField("Text-to-911 sessions")
    note = models.CharField(
        max_length=500, blank=True, help_text="What explains the month, e.g. “phone system outage on the 12th”."
    )
    is_demo = models.BooleanField(
        "Illustrative demo figures",
        default=False,
        help_text="Set by the demo content: the public page then says these are not the center's record.",
    )

    objects = MonthlyFiguresQuerySet.as_manager()

    panels = [
        FieldPanel("month"),
        MultiFieldPanel(
            [FieldPanel("calls_911"), FieldPanel("calls_non_emergency"), FieldPanel("text_sessions")], "Calls"
        ),
        MultiFieldPanel(
            [
                FieldPanel("pct_answered_15s"),
                FieldPanel("pct_answered_20s"),
                FieldPanel("average_answer_seconds"),
                FieldPanel("abandoned_calls"),
            ],
            "Answering",
        ),
        FieldPanel("note"),
        FieldPanel("is_demo"),
    ]

    class Meta:
        ordering = ["-month"]
        verbose_name = "monthly figures"
        verbose_name_plural = "monthly figures"

    def __str__(self):
        label = self.month.strftime("%B %Y") if self.month else "New month"
        return f"{label} (demo)" if self.is_demo else label

    @property
    def record(self):
        """What the admin listing says of the row: nobody mistakes demo figures for the center's."""
        return "Illustrative demo figures" if self.is_demo else "Center's record"

    def clean(self):
        errors = {}
        if self.month and self.month.day != 1:
            errors["month"] = "Use the first day of the month."
        if (
            self.pct_answered_15s is not None
            and self.pct_answered_20s is not None
            and self.pct_answered_15s > self.pct_answered_20s
        ):
            errors["pct_answered_15s"] = "Cannot be more than the percentage answered within 20 seconds."
        if errors:
            raise ValidationError(errors)


class AnswerTimesPage(RoutablePageMixin, MemoizedViewRestrictionsMixin, Page):
    """ "How fast we answer": the latest month against NENA's standard, a chart, a table and open data."""

    intro = models.CharField(max_length=300, blank=True)
    standard_name = models.CharField(
        max_length=100, default="NENA call answering standard", help_text="The standard the figures meet or miss."
    )
    target_pct_first = models.DecimalField(
        "First target: % of calls", max_digits=5, decimal_places=2, default=Decimal(90), validators=PERCENT
    )
    target_seconds_first = models.PositiveSmallIntegerField("First target: within seconds", default=15)
    target_pct_second = models.DecimalField(
        "Second target: % of calls", max_digits=5, decimal_places=2, default=Decimal(95), validators=PERCENT
    )
    target_seconds_second = models.PositiveSmallIntegerField("Second target: within seconds", default=20)
    explanation = models.TextField(
        blank=True, help_text="How the figures are counted (what 'answered' means, where they come from)."
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("standard_name"),
                FieldPanel("target_pct_first"),
                FieldPanel("target_seconds_first"),
                FieldPanel("target_pct_second"),
                FieldPanel("target_seconds_second"),
            ],
            "The standard",
        ),
        FieldPanel("explanation"),
    ]
    max_count = 1
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    chart_months = 24

    class Meta:
        verbose_name = "answer times page"

    def targets(self):
        from stats.figures import Target

        return [
            Target(self.target_pct_first, self.target_seconds_first, field="pct_answered_15s"),
            Target(self.target_pct_second, self.target_seconds_second, field="pct_answered_20s"),
        ]

    def get_context(self, request, *args, **kwargs):
        from stats import chart, figures

        context = super().get_context(request, *args, **kwargs)
        months = MonthlyFigures.objects.last_months(self.chart_months)
        context.update(
            months=months,
            latest=months[-1] if months else None,
            sentences=figures.sentences(months[-1], self.targets()) if months else [],
            has_demo=any(m.is_demo for m in months),
            chart=chart.build(months, self.targets()) if months else None,
            csv_url=self.get_url(request) + self.reverse_subpage("figures_csv"),
            json_url=self.get_url(request) + self.reverse_subpage("figures_json"),
        )
        return context

    @path("figures/csv/", name="figures_csv")  # Wagtail serves no dots in page paths
    def figures_csv(self, request):
        from stats import open_data

        return open_data.csv_response(MonthlyFigures.objects.order_by("month"))

    @path("figures/json/", name="figures_json")
    def figures_json(self, request):
        from stats import open_data

        return open_data.json_response(MonthlyFigures.objects.order_by("month"), self)
