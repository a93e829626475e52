"""wagtail-localize's snippet API, answered only to staff with a permission on the snippet model.

wagtail-localize 1.14.5 registers /admin/localize/api/snippets/<app>/<model>/ (its translation
editor's snippet chooser), which lists any snippet model's rows (their names, e.g. a speaker
request's organisation) to anyone who can sign in to the admin. site911/urls.py routes those paths
here first: the same views, once the user may add, change, delete or view that model.
"""

from django.core.exceptions import PermissionDenied
from wagtail.admin.auth import require_admin_access
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.views.snippets_api import SnippetViewSet

ACTIONS = ["add", "change", "delete", "view"]


def _guarded(view):
    @require_admin_access
    def guarded(request, app_label, model_name, **kwargs):
        model = get_snippet_model_from_url_params(app_label, model_name)  # 404 for a model that is no snippet
        if not ModelPermissionPolicy(model).user_has_any_permission(request.user, ACTIONS):
            raise PermissionDenied
        return view(request, app_label=app_label, model_name=model_name, **kwargs)

    return guarded


snippets_listing = _guarded(SnippetViewSet.as_view({"get": "list"}))
snippets_detail = _guarded(SnippetViewSet.as_view({"get": "retrieve"}))
