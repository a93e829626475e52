"""Wagtail's page- and document-password views, with wrong guesses limited per client and restriction.

Without this, a private page's password can be guessed as fast as the server answers. Each POST is
counted (atomically, site911.rate_limit) against PAGE_PASSWORD_RATE_LIMIT for this client address
(site911.client_ip: the same rule as the admin lockout) and this restriction; a right password gives
its attempt back, so only wrong guesses use up the allowance.
"""

from django.conf import settings
from django.shortcuts import render
from wagtail import views as page_views
from wagtail.documents.views import serve as document_views

from site911 import rate_limit
from site911.client_ip import client_ip


def _limited(view, kind):
    def limited_view(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        restriction_id = kwargs.get("page_view_restriction_id") or kwargs.get("restriction_id")
        scope = f"password:{kind}:{restriction_id}:{client_ip(request)}"
        slot = rate_limit.reserve(scope, settings.PAGE_PASSWORD_RATE_LIMIT)
        if slot is None:
            retry_after = rate_limit.retry_after_seconds(settings.PAGE_PASSWORD_RATE_LIMIT)
            response = render(request, "password_rate_limited.html", {"minutes": max(1, retry_after // 60)}, status=429)
            response["Retry-After"] = str(retry_after)
            return response
        response = view(request, *args, **kwargs)
        if response.status_code in (301, 302):  # the right password: it redirects to the page
            slot.release()
        return response

    return limited_view


authenticate_page_password = _limited(page_views.authenticate_with_password, "page")
authenticate_document_password = _limited(document_views.authenticate_with_password, "document")
