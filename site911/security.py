"""Security headers Django 5.2 does not set itself, and the Content-Security-Policy per area."""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings

_PER_RESPONSE_OVERRIDES = (
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
    "_csp_exempt_ro",
)


class CrossOriginResourcePolicyMiddleware:
    """`Cross-Origin-Resource-Policy` on every response, static files included (so it sits first)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response


class SiteCSPMiddleware(CSPMiddleware):
    """The strict public policy everywhere, except the Wagtail admin, which gets ADMIN_CONTENT_SECURITY_POLICY.

    The header of a response without nonce or per-view changes is built once per area and reused:
    django-csp would otherwise rebuild the same string for every response, cached pages included.
    """

    _built = {}

    def _is_admin(self, request):
        return request.path_info.startswith(f"/{settings.WAGTAIL_ADMIN_PATH}")

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self._is_admin(request):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts

    def process_response(self, request, response):
        plain = (
            getattr(request, "_csp_nonce", None) is None
            and not getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            and not any(hasattr(response, name) for name in _PER_RESPONSE_OVERRIDES)
        )
        if not plain or HEADER in response:
            return super().process_response(request, response)
        admin = self._is_admin(request)
        policy = (settings.ADMIN_CONTENT_SECURITY_POLICY if admin else settings.CONTENT_SECURITY_POLICY)["DIRECTIVES"]
        key = (admin, id(policy))
        header = self._built.get(key)
        if header is None:
            header = self._built[key] = build_policy(config=policy)
        response[HEADER] = header
        return response
