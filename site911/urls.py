from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from news.feeds import NewsAtomFeed, NewsRssFeed
from site911 import sitemap

urlpatterns = [
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path(".well-known/security.txt", home_views.security_txt, name="security_txt"),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", home_views.search, name="search"),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("sitemap-<section>.xml", sitemap.sitemap_section, name="sitemap_section"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Before Wagtail's catch-all, which would otherwise look for a page called "feed" under /news/.
    path("news/feed/", NewsRssFeed(), name="news_feed"),
    path("news/feed/atom/", NewsAtomFeed(), name="news_feed_atom"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else: keep it last.
urlpatterns += [path("", include(wagtail_urls))]
