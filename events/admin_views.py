"""Admin page "Calendar feed": a staff member makes and revokes their own secret calendar address;
administrators see, make and revoke anyone's."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from events.models import StaffCalendarToken
from events.staff_calendar import PERMISSION, feed_path
from outreach.admin_views import assignable_staff


class ForWhomForm(forms.Form):
    user = forms.ModelChoiceField(queryset=None, label="For")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = assignable_staff()


def _check(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def _visible_tokens(user):
    tokens = StaffCalendarToken.objects.select_related("user")
    return tokens if user.is_superuser else tokens.filter(user=user)


def index(request):
    _check(request.user)
    new_url = ""
    form = ForWhomForm(request.POST or None) if request.user.is_superuser else None
    if request.method == "POST":
        owner = request.user
        if form is not None:
            if not form.is_valid():
                return _render(request, form, new_url)
            owner = form.cleaned_data["user"]
        if not owner.has_perm(PERMISSION):
            raise PermissionDenied
        _, token = StaffCalendarToken.issue(owner)
        # Shown once, on this response only (not in a message, which is stored in the session).
        new_url = request.build_absolute_uri(feed_path(token))
    return _render(request, form, new_url)


def _render(request, form, new_url):
    return TemplateResponse(
        request,
        "events/admin/staff_calendar.html",
        {"tokens": _visible_tokens(request.user), "form": form, "new_url": new_url, "page_title": "Calendar feed"},
    )


@require_POST
def revoke(request, pk):
    _check(request.user)
    token = get_object_or_404(_visible_tokens(request.user), pk=pk)
    token.revoke()
    messages.success(
        request, f"The calendar address of {token.user.get_username()} made on {token.created_at:%Y-%m-%d} is revoked."
    )
    return redirect("events_staff_calendar")
