from functools import cached_property

from django.urls import path, reverse
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from stats import admin_views
from stats.models import MonthlyFigures


class FiguresIndexView(IndexView):
    import_url_name = None  # set by the viewset

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        user = self.request.user
        if user.has_perm("stats.add_monthlyfigures") and user.has_perm("stats.change_monthlyfigures"):
            url = reverse(self.import_url_name)
            buttons.append(HeaderButton("Import CSV", url=url, icon_name="upload"))
        return buttons


class MonthlyFiguresViewSet(SnippetViewSet):
    model = MonthlyFigures
    icon = "table"
    menu_label = "Service figures"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = FiguresIndexView
    list_display = ["__str__", "pct_answered_15s", "pct_answered_20s", "calls_911", Column("record", label="Figures")]
    list_filter = ["is_demo"]
    ordering = ["-month"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(import_url_name=self.get_url_name("import"), **kwargs)

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("import/", admin_views.import_view, {"url_namespace": self.url_namespace}, name="import"),
            path("import/template.csv", admin_views.template_view, name="import_template"),
        ]


register_snippet(MonthlyFiguresViewSet)
