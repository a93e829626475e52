from functools import cached_property

from django.urls import path, reverse
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from stats import admin_views
from stats.models import MonthlyFigures


def _record(figures):
    return "Demo (illustrative)" if figures.is_demo else "Center's record"


_record.short_description = "Figures"


class FiguresIndexView(IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        user = self.request.user
        if user.has_perm("stats.add_monthlyfigures") and user.has_perm("stats.change_monthlyfigures"):
            url = reverse(f"{self.url_namespace}:import")
            buttons.append(HeaderButton("Import CSV", url=url, icon_name="upload"))
        return buttons


class MonthlyFiguresViewSet(SnippetViewSet):
    model = MonthlyFigures
    icon = "table"
    menu_label = "Service figures"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = FiguresIndexView
    list_display = ["__str__", "pct_answered_15s", "pct_answered_20s", "calls_911", _record]
    list_filter = ["is_demo"]
    ordering = ["-month"]

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("import/", admin_views.import_view, {"url_namespace": self.url_namespace}, name="import"),
            path("import/template.csv", admin_views.template_view, name="import_template"),
        ]


register_snippet(MonthlyFiguresViewSet)
