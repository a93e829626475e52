from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from events import admin_views
from events.staff_calendar import PERMISSION


@hooks.register("register_admin_urls")
def staff_calendar_urls():
    return [
        path("staff-calendar/", admin_views.index, name="events_staff_calendar"),
        path("staff-calendar/revoke/<int:pk>/", admin_views.revoke, name="events_staff_calendar_revoke"),
    ]


class StaffCalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_menu_item")
def staff_calendar_menu_item():
    return StaffCalendarMenuItem("Calendar feed", reverse("events_staff_calendar"), icon_name="date", order=260)
