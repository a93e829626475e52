"""Wagtail admin for speaker requests: listing with CSV export, a detail page with e-mail delivery, resend."""

import re

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, InspectView

from outreach import tasks
from outreach.models import EmailDelivery, SpeakerRequest, parse_reference

# A cell starting with one of these is a formula to a spreadsheet program.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# A formula can also start after spaces, with a full-width sign (＝＋－＠, which spreadsheets read as
# =+-@), or after a separator: a spreadsheet set to split on ";" (most of Europe) reads "Org;=1+1" as
# two cells, the second a formula, whatever the CSV quoting says.
FORMULA_START = re.compile(r"(?:^|(?<=[,;]))(?=\s*[=+\-@\uff1d\uff0b\uff0d\uff20])")


def neutralise_formula(value):
    """Spreadsheet-formula injection: a quote before every place a formula could start, so it is read as text."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_PREFIXES):
        value = "'" + value
    return FORMULA_START.sub("'", value)


class SpeakerRequestPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, except that nobody adds requests in the admin: they come from the public form."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


class SpeakerRequestIndexView(IndexView):
    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def search_queryset(self, queryset):
        if self.is_searching and (pk := parse_reference(self.search_query)) is not None:
            by_reference = queryset.filter(pk=pk)
            if by_reference.exists():
                return by_reference
        return super().search_queryset(queryset)


class SpeakerRequestInspectView(InspectView):
    template_name = "outreach/admin/inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["deliveries"] = self.object.deliveries.prefetch_related("attempt_log")
        context["can_resend"] = self.user_has_permission("change")
        return context


@require_POST
def resend(request, pk, kind):
    policy = SpeakerRequestPermissionPolicy(SpeakerRequest)
    if not policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    delivery = get_object_or_404(EmailDelivery, request_id=pk, kind=kind)
    tasks.requeue(delivery)
    messages.success(
        request, f"{delivery.request.reference}: “{delivery.get_kind_display()}” is queued to be sent again."
    )
    return redirect("wagtailsnippets_outreach_speakerrequest:inspect", pk)
