from django.core.exceptions import PermissionDenied
from django.urls import path
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.permissions import register_permission_policy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from outreach import admin_views, undelivered
from outreach.models import SpeakerRequest

# Before the viewset is registered, so it uses this policy (no "add": requests come from the public form).
register_permission_policy(SpeakerRequest, admin_views.SpeakerRequestPermissionPolicy(SpeakerRequest))


class SpeakerRequestViewSet(SnippetViewSet):
    model = SpeakerRequest
    icon = "group"
    menu_label = "Speaker requests"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = admin_views.SpeakerRequestIndexView
    inspect_view_class = admin_views.SpeakerRequestInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "status",
        "created_at",
        "assigned_to",
        "decline_reason",
        "decided_at",
        "decided_by",
        "public_event_url",
        *SpeakerRequest.REQUESTER_FIELDS,
        "staff_notes",
    ]
    copy_view_enabled = False
    edit_handler = ObjectList(SpeakerRequest.panels, base_form_class=admin_views.SpeakerRequestEditForm)
    ordering = ["-created_at"]
    list_display = [
        "__str__",
        DateColumn("event_date", label="Event date", sort_key="event_date"),
        Column("get_event_type_display", label="Type"),
        Column("get_status_display", label="Status", sort_key="status"),
        Column("delivery_summary", label="E-mail"),
        DateColumn("created_at", label="Received", sort_key="created_at"),
    ]
    list_filter = {"status": ["exact"], "event_type": ["exact"], "event_date": ["gte", "lte"]}
    search_fields = ["name", "email", "organization", "address", "topics", "phone"]
    search_backend_name = None  # plain database queries: requests are not in the site search index
    list_export = [
        "reference",
        "created_at",
        "status",
        *SpeakerRequest.REQUESTER_FIELDS,
        "staff_notes",
        "delivery_summary",
    ]
    export_headings = {"reference": "Reference", "delivery_summary": "E-mail"}
    export_filename = "speaker-requests"

    def get_queryset(self, request):
        return SpeakerRequest.objects.prefetch_related("deliveries")

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("resend/<int:pk>/<slug:kind>/", admin_views.resend, name="resend"),
            path("decide/<int:pk>/", admin_views.decide, name="decide"),
        ]

    def register_chooser_viewset(self):
        """No chooser: nothing links to a request, and Wagtail's snippet chooser checks no permission."""


register_snippet(SpeakerRequestViewSet)


@hooks.register("register_bulk_action", order=100)  # after Wagtail's own, which it replaces for this model
class SpeakerRequestDeleteBulkAction(DeleteBulkAction):
    """Wagtail's bulk delete lists the chosen objects by name even to users who may not delete them."""

    models = [SpeakerRequest]

    def __init__(self, request, model):
        super().__init__(request, model)
        if not self.permission_policy.user_has_permission(request.user, "delete"):
            raise PermissionDenied


@hooks.register("construct_homepage_panels")
def undelivered_requests_panel(request, panels):
    panel = undelivered.dashboard_panel(request.user)
    if panel:
        panels.append(panel)
