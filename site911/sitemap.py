"""/sitemap.xml: every public page of the request's site, read in one query.

Wagtail's own sitemap loads every page as its specific model, asks each for its URL and renders
Django's sitemap template: with a thousand news posts a render took over a second, and every
publish clears the page cache that holds it. This reads only the columns a sitemap shows (URL
path, last publication) in one query, builds each URL from the site's root path, which the content
memo keeps (site911/caching/content_memo.py), and writes the XML directly (the template loop was most of
the time). Page types' own `get_sitemap_urls` are not consulted: none of this site's overrides it.

Up to SITEMAP_URLS_PER_FILE pages, /sitemap.xml lists them; past that it becomes a sitemap index
of /sitemap-pages.xml?p=1, ?p=2, ...

Every language's pages are listed (the site's home page and its translations, siblings in the tree),
each page that has translations with an `<xhtml:link rel="alternate" hreflang>` per live version and
an x-default (English), as Google reads them; the versions come from the memoized map in
site911/translations.py (no query per page).
"""

from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.http import http_date
from django.views.decorators.http import require_GET

from site911.languages import ENGLISH
from site911.translations import live_translations_by_key

SECTION = "pages"


class PageSitemap(Sitemap):
    def __init__(self, request):
        self.request = request
        self.limit = settings.SITEMAP_URLS_PER_FILE

    @cached_property
    def site(self):
        from wagtail.models import Site

        site = Site.find_for_request(self.request)
        return site or Site.objects.select_related("root_page").get(is_default_site=True)

    def items(self):
        from wagtail.models import Page

        in_site = Q()
        for _root_url, root_path, _language in self._roots():
            in_site |= Q(url_path__startswith=root_path)
        return (
            Page.objects.filter(in_site)
            .live()
            .public()
            .order_by("path")
            .values_list("url_path", "last_published_at", "latest_revision_created_at", "translation_key")
        )

    @cached_property
    def paginator(self):
        # Django builds a new Paginator (and counts again) on every access.
        return Paginator(self.items(), self.limit)

    def _roots(self):
        """[(root URL, url_path, language)] of the site's home page in each language, from the memo's root paths."""
        from wagtail.models import Site

        root_paths = getattr(self.request, "_wagtail_cached_site_root_paths", None) or Site.get_site_root_paths()
        roots = [
            (root.root_url, root.root_path, root.language_code) for root in root_paths if root.site_id == self.site.id
        ]
        return roots or [(self.site.root_url, self.site.root_page.url_path, ENGLISH)]

    def get_urls(self, page=1, site=None, protocol=None):
        return self._urls(page, protocol, None)  # absolute URLs from the Wagtail site, not Django's

    def _locator(self):
        """A function from a page's url_path to its absolute URL, under its language's prefix."""
        prefixes = []
        for root_url, root_path, language in self._roots():
            with translation.override(language):
                prefixes.append((root_path, root_url + reverse("wagtail_serve", args=("",))))

        def location(url_path):
            for root_path, prefix in prefixes:
                if url_path.startswith(root_path):
                    # Quoted as Django's reverse() quotes a page's path.
                    return prefix + quote(url_path[len(root_path) :], safe="!$&'()*+,;=/~:@")
            return None

        return location

    def _urls(self, page, protocol, domain):
        location = self._locator()
        versions_of = live_translations_by_key(self.request)
        urls = []
        for url_path, last_published_at, latest_revision_created_at, key in self.paginator.page(page).object_list:
            versions = versions_of.get(key, {})
            alternates = [(language, location(path)) for language, (_pk, path) in sorted(versions.items())]
            urls.append(
                {
                    "location": location(url_path),
                    "lastmod": last_published_at or latest_revision_created_at,
                    "alternates": [(language, href) for language, href in alternates if href],
                }
            )
        last_mods = [url["lastmod"] for url in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


URLSET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)


def urlset(request, page_sitemap):
    """One sitemap file (`?p=` picks the file), as Django's sitemap.xml template would write it."""
    try:
        urls = page_sitemap.get_urls(page=request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such sitemap file") from error
    parts = [URLSET_START]
    for url in urls:
        lastmod = url["lastmod"]
        lastmod = f"<lastmod>{timezone.localtime(lastmod).date().isoformat()}</lastmod>" if lastmod else ""
        links = "".join(
            f'<xhtml:link rel="alternate" hreflang="{language}" href="{escape(href)}"/>'
            for language, href in url["alternates"] + [("x-default", dict(url["alternates"]).get(ENGLISH))]
            if href
        )
        parts.append(f"<url><loc>{escape(url['location'])}</loc>{lastmod}{links}</url>\n")
    parts.append("</urlset>\n")
    response = HttpResponse("".join(parts), content_type="application/xml")
    latest = getattr(page_sitemap, "latest_lastmod", None)
    if latest:
        response["Last-Modified"] = http_date(latest.timestamp())
    return response


@require_GET
def sitemap(request):
    """The sitemap, or a sitemap index when the pages do not fit in one file."""
    page_sitemap = PageSitemap(request)
    if page_sitemap.paginator.num_pages > 1:
        return sitemap_views.index(request, {SECTION: page_sitemap}, sitemap_url_name="sitemap_section")
    return urlset(request, page_sitemap)


@require_GET
def sitemap_section(request, section):
    if section != SECTION:
        raise Http404("No such sitemap section")
    return urlset(request, PageSitemap(request))
