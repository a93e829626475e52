"""URLs for page-cache tests: responses that opt out of the cache the way forms do, then the site."""

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.urls import path
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache

from site911.urls import urlpatterns as site_urlpatterns

COUNTER = {"n": 0}


def counted(text):
    COUNTER["n"] += 1
    return HttpResponse(f"<p>{text} #{COUNTER['n']}</p>" * 20)


@never_cache
def form_like(request):
    return counted("never cache")


def with_csrf_cookie(request):
    response = counted(f"token {get_token(request)}")
    return response


def private(request):
    response = counted("private")
    patch_cache_control(response, private=True)
    return response


def varies_on_language(request):
    response = counted("language")
    response["Vary"] = "Accept-Language"
    return response


def plain(request):
    return counted("plain")


def changed_while_rendering(request):
    """An editor's change commits while this page renders (a slow page, a busy database)."""
    from site911.caching import generation

    response = counted("before the change")
    generation.clear("an editor's change")
    return response


urlpatterns = [
    path("t/never-cache/", form_like),
    path("t/csrf/", with_csrf_cookie),
    path("t/private/", private),
    path("t/vary/", varies_on_language),
    path("t/plain/", plain),
    path("t/changed-while-rendering/", changed_while_rendering),
    *site_urlpatterns,
]
