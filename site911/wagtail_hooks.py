"""The Site alerts menu item of the admin (the Contact numbers setting registers itself)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site911.alerts import SiteAlert


class SiteAlertViewSet(SnippetViewSet):
    model = SiteAlert
    icon = "warning"
    menu_label = "Site alerts"
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["message", "level", "is_active", "ends_at", "is_showing", "updated_at"]
    list_filter = ["is_active", "level"]
    ordering = ["-is_active", "-updated_at"]


register_snippet(SiteAlertViewSet)
