"""Which pages exist in which language, for the language switcher, the alternates, the menu and routing.

One map per content generation (site911/caching/content_memo.py): every live page that has a live
translation, by translation key and language, with its tree path. Links are made from the tree
paths and the sites' root paths (also memoized), so no page, in any language, asks the database for
its translations once the map is built (one query per generation).
"""

import copy

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from site911.caching.content_memo import memoized
from site911.languages import ENGLISH


def _build_map():
    from wagtail.models import Page

    translated_keys = Page.objects.live().exclude(locale__language_code=ENGLISH).values("translation_key")
    found = {}
    for key, pk, language, url_path in (
        Page.objects.live()
        .filter(translation_key__in=translated_keys)
        .values_list("translation_key", "pk", "locale__language_code", "url_path")
    ):
        found.setdefault(key, {})[language] = (pk, url_path)
    # A page whose only live version is English has no alternates.
    return {key: languages for key, languages in found.items() if len(languages) > 1}


def live_translations_by_key(request=None):
    """{translation key: {language: (pk, url_path)}} of every live page that has a live translation.

    Also kept on the request: with the memo off, the switcher and the alternates still share one query.
    """
    found = getattr(request, "_site911_page_translations", None)
    if found is None:
        # No translated home page (the sites' root paths, cached by Wagtail): no translated page can be live.
        found = memoized(("page_translations",), _build_map) if _several_languages(request) else {}
        if request is not None:
            request._site911_page_translations = found
    return found


def _site_root_paths(request):
    from wagtail.models import Site

    return getattr(request, "_wagtail_cached_site_root_paths", None) or Site.get_site_root_paths()


def _several_languages(request):
    return len({root.language_code for root in _site_root_paths(request)}) > 1


def live_translations(page, request=None):
    """{language: (pk, url_path)} of the live versions of `page`, itself included; {} when it has no translation."""
    if page is None or getattr(page, "translation_key", None) is None:
        return {}
    return live_translations_by_key(request).get(page.translation_key, {})


def _url(pk, url_path, request, full=False):
    from wagtail.models import Page

    stub = Page(pk=pk, url_path=url_path)  # the URL needs only the tree path and the sites' root paths
    return stub.get_full_url(request) if full else stub.get_url(request)


def alternates(page, request):
    """[(language, absolute URL)] of each live version of `page` (for <link rel="alternate" hreflang>)."""
    return [
        (language, _url(pk, url_path, request, full=True))
        for language, (pk, url_path) in sorted(live_translations(page, request).items(), key=_language_order)
    ]


def _language_order(item):
    return [code for code, _name in settings.LANGUAGES].index(item[0])


def switcher_links(request, page=None):
    """Each language: (code, its own name, URL or None for the current one).

    A page links to its version in each language; where it has none, to that language's home page.
    A view that is not a page (search) links to the same path under each language's prefix, and a
    path nothing answers (a 404) to each language's home page.
    """
    current = translation.get_language()
    versions = live_translations(page, request)
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            links.append((code, name, None))
        elif page is None and (same_path := translate_url(request.path, code)) != request.path:
            links.append((code, name, same_path))
        elif code in versions:
            links.append((code, name, _url(*versions[code], request)))
        else:
            links.append((code, name, home_url(code)))
    return links


def home_url(language):
    """The home page's path in `language`: / for English, /es/ for Spanish…"""
    with translation.override(language):
        return reverse("wagtail_serve", args=("",))


def in_language(pages, language):
    """`pages` (English, e.g. the menu) in `language`: each one's live translation, or the English page, lang "en".

    Kept per content generation; one query per language.
    """
    from wagtail.models import Page

    if language == ENGLISH or not pages:
        return pages

    def build():
        keys = [page.translation_key for page in pages]
        translated = {
            page.translation_key: page
            for page in Page.objects.live()
            .filter(translation_key__in=keys, locale__language_code=language)
            .specific(defer=True)
        }
        shown = []
        for page in pages:
            found = translated.get(page.translation_key)
            if found is None:
                found = copy.copy(page)  # the memoized English page stays unmarked
                found.lang = ENGLISH
            shown.append(found)
        return shown

    return memoized(("in_language", language, tuple(page.pk for page in pages)), build)


def page_language(page, request=None):
    """The language of `page`: that of the home page it is under, from the sites' root paths (no query)."""
    for root in _site_root_paths(request):
        if page.url_path.startswith(root.root_path):
            return root.language_code
    return ENGLISH


class MemoizedLocalizedMixin:
    """For the site's root page type: Wagtail's `localized` (used to route /es/…) from the memoized map.

    Wagtail's own asks the database for the active locale and the translation on every request.
    """

    @property
    def localized(self):
        from wagtail.models import Page

        language = translation.get_language()
        version = live_translations(self).get(language)
        if version is None or language == page_language(self):
            return self
        return memoized(("localized_page", version[0]), lambda: Page.objects.get(pk=version[0]).specific)
