from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from events import staff_calendar
from news.feeds import NewsAtomFeed, NewsRssFeed
from site911 import health, localize_guard, page_passwords, sitemap, views
from site911 import media as media_views

# The Contact numbers setting and the site alerts moved from the home app to site911 (2026-11-30): staff
# bookmarks of their old admin addresses lead to the new ones. Wagtail's views check permissions there.
MOVED_ADMIN = [
    re_path(
        rf"^{settings.WAGTAIL_ADMIN_PATH}{area}/home/{model}/(?P<rest>.*)$",
        RedirectView.as_view(url=f"/{settings.WAGTAIL_ADMIN_PATH}{area}/site911/{model}/%(rest)s", query_string=True),
    )
    for area, model in (("settings", "contactnumbers"), ("snippets", "sitealert"))
]

# wagtail-localize's snippet API with a model permission check (site911/localize_guard.py), before its own.
LOCALIZE_SNIPPETS_API = f"{settings.WAGTAIL_ADMIN_PATH}localize/api/snippets/<slug:app_label>/<slug:model_name>/"

urlpatterns = [
    *MOVED_ADMIN,
    path(LOCALIZE_SNIPPETS_API, localize_guard.snippets_listing),
    path(f"{LOCALIZE_SNIPPETS_API}<str:pk>/", localize_guard.snippets_detail),
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    # Answered by site911.health.ProbeMiddleware first; here for reverse() and a stack without it.
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    # Wagtail's own password views, with wrong guesses limited (before the includes that define them).
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        page_passwords.authenticate_document_password,
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.authenticate_page_password,
    ),
    # Wagtail's document view (same URL and name below), with its redirect to a signed URL kept out of shared caches.
    path("documents/<int:document_id>/<str:document_filename>", media_views.serve_document),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-<section>.xml", sitemap.sitemap_section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # Before Wagtail's catch-all, which would otherwise look for a page called "feed" under /news/.
    path("news/feed/", NewsRssFeed(), name="news_feed"),
    path("news/feed/atom/", NewsAtomFeed(), name="news_feed_atom"),
    # A staff member's secret calendar address: outside the language prefixes and the page cache.
    path("staff-calendar/<str:token>.ics", staff_calendar.feed, name="staff_calendar"),
]

# Uploaded images and their renditions, in every environment (production too: pages show them). Documents
# are not served from here: Wagtail's /documents/ view checks their privacy. With nginx in front,
# deploy/nginx/one-server.conf serves these paths itself.
urlpatterns += [
    re_path(
        rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>(?:images|original_images)/.+)$",
        media_views.serve_image,
        name="media_image",
    ),
]

# The public pages in every language: English at /, the others under their prefix (/es/, /so/, /hmn/).
# Wagtail's page serving catches everything else: keep it last.
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
