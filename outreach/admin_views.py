"""Wagtail admin for speaker requests: listing with CSV export, a detail page with e-mail delivery, resend,
and the supervisor's decision (Scheduled or Declined)."""

import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import IndexView, InspectView

from outreach import decisions, tasks
from outreach.models import EmailDelivery, SpeakerRequest, parse_reference

OUTREACH_GROUP = "Outreach"  # outreach/migrations/0002_outreach_group.py
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


class DecisionForm(forms.Form):
    """Scheduled (with the staff member going) or Declined (with the reason the requester is sent)."""

    decision = forms.ChoiceField(
        choices=[(SpeakerRequest.Status.SCHEDULED, "Scheduled"), (SpeakerRequest.Status.DECLINED, "Declined")],
        widget=forms.RadioSelect,
    )
    staff_member = forms.ModelChoiceField(
        queryset=None, required=False, label="Staff member assigned", help_text="For Scheduled."
    )
    reason = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        label="Reason",
        help_text="For Declined. The requester is e-mailed this text.",
    )
    public_title = forms.CharField(
        required=False,
        max_length=255,
        label="Title on the public calendar",
        help_text="Only when the requester agreed to a public listing. No personal names.",
    )
    public_location = forms.CharField(
        required=False,
        max_length=200,
        label="Place on the public calendar",
        help_text="A venue or neighborhood (e.g. “Powderhorn Park”), never a home address.",
    )

    def __init__(self, *args, speaker_request, **kwargs):
        super().__init__(*args, **kwargs)
        self.speaker_request = speaker_request
        self.fields["staff_member"].queryset = assignable_staff()
        if not speaker_request.publish_consent:
            del self.fields["public_title"], self.fields["public_location"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decision") == SpeakerRequest.Status.SCHEDULED:
            if not cleaned.get("staff_member"):
                self.add_error("staff_member", "Choose the staff member who will go.")
            if "public_location" in self.fields and not cleaned.get("public_location", "").strip():
                self.add_error("public_location", "Enter the place to show on the public calendar.")
        elif cleaned.get("decision") == SpeakerRequest.Status.DECLINED and not cleaned.get("reason", "").strip():
            self.add_error("reason", "Enter the reason: the requester is told it.")
        return cleaned


def assignable_staff():
    """Active members of the Outreach group, and administrators."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name=OUTREACH_GROUP) | Q(is_superuser=True))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def decide(request, pk):
    policy = SpeakerRequestPermissionPolicy(SpeakerRequest)
    if not policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    speaker_request = get_object_or_404(SpeakerRequest, pk=pk)
    form = DecisionForm(request.POST or None, speaker_request=speaker_request)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["decision"] == SpeakerRequest.Status.SCHEDULED:
            made = decisions.schedule(
                speaker_request,
                staff_member=data["staff_member"],
                decided_by=request.user,
                public_title=data.get("public_title", "").strip(),
                public_location=data.get("public_location", "").strip(),
            )
            listed = " It is listed on the public calendar." if made else ""
            messages.success(request, f"{speaker_request.reference} is scheduled; the requester is e-mailed.{listed}")
        else:
            decisions.decline(speaker_request, reason=data["reason"].strip(), decided_by=request.user)
            messages.success(request, f"{speaker_request.reference} is declined; the requester is e-mailed.")
        return redirect("wagtailsnippets_outreach_speakerrequest:inspect", pk)
    return TemplateResponse(
        request, "outreach/admin/decide.html", {"form": form, "object": speaker_request, "page_title": "Decide"}
    )


class SpeakerRequestEditForm(WagtailAdminModelForm):
    """The admin's edit form: Completed and Spam are set here, Scheduled and Declined only through Decide,
    which e-mails the requester (an edit here would change the status and tell them nothing)."""

    DECIDED = (SpeakerRequest.Status.SCHEDULED, SpeakerRequest.Status.DECLINED)

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status in self.DECIDED and status != self.instance.status:
            raise forms.ValidationError(
                "To schedule or decline a request, use “Decide: schedule or decline”: it e-mails the requester."
            )
        return status
