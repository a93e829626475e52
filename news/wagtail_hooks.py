from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news import workflow
from news.models import NewsCategory, NewsIndexPage


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = "News categories"
    list_display = ["name", "slug"]
    ordering = ["name"]


register_snippet(NewsCategoryViewSet)


@hooks.register("after_create_page")
def link_new_news_index(request, page):
    """A news index made in the admin gets the review workflow and the news groups' permissions."""
    if isinstance(page.specific, NewsIndexPage):
        workflow.link_news_index(page)
