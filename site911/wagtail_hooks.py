"""The Site alerts menu item of the admin, and the Contact numbers wording snippet (the setting registers itself)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from site911.alerts import SiteAlert
from site911.contact_wording import ContactWording


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


class ContactWordingViewSet(SnippetViewSet):
    """Under Snippets: the Contact numbers' words per language, translated from English with Translate."""

    model = ContactWording
    icon = "mobile-alt"
    list_display = ["site", "locale"]


register_snippet(ContactWordingViewSet)
