"""Page privacy ("Private" in the admin) checked without two database queries on every page served.

Wagtail calls `page.get_view_restrictions()` for every page it serves: one query for the page's
ancestors and one for their restrictions. A city site has few private pages, if any, so this keeps
the list of restricted pages (id and tree path) in the content memo, which every saved restriction,
moved page or published change renews (content_memo.py, invalidation.py). A page with
no restricted page above it or at it gets an empty queryset without asking the database. With alias
pages in the tree (an alias follows its source page's restrictions) or the memo off, Wagtail's own
lookup runs.
"""

from site911.caching.content_memo import content_generation, memoized


def _restricted_pages():
    from wagtail.models import Page, PageViewRestriction

    return {
        "paths": {path: page_id for page_id, path in PageViewRestriction.objects.values_list("page_id", "page__path")},
        "has_aliases": Page.objects.filter(alias_of__isnull=False).exists(),
    }


class MemoizedViewRestrictionsMixin:
    """For page models: `get_view_restrictions()` answered from the memo when it can be."""

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        generation = content_generation()
        if generation is None or self.alias_of_id is not None:
            return super().get_view_restrictions()
        restricted = memoized(("restricted_pages",), _restricted_pages, generation)
        if restricted["has_aliases"]:
            return super().get_view_restrictions()
        # A page's ancestors' paths are the prefixes of its own path.
        page_ids = [page_id for path, page_id in restricted["paths"].items() if self.path.startswith(path)]
        if not page_ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=page_ids)
