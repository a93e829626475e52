"""What clears the page cache (and the content memo): Wagtail's page signals and model saves/deletes.

Cleared by: a page published, unpublished, moved or deleted; a live alias created; and saving or
deleting any snippet, any site or generic setting, or one of the Wagtail models pages show
(`WAGTAIL_MODELS_PAGES_SHOW`).

A model no public page shows opts out itself, with a class attribute:

    class SpeakerRequest(models.Model):
        page_cache_invalidates = False  # no page shows a request: a new one keeps the cache

(`outreach.SpeakerRequest` and `outreach.OutreachSettings` do so.) No setting names models.
"""

from site911.caching.generation import clear

# Not snippets or settings, but public pages show them (a site's name, a page's privacy, images, documents).
WAGTAIL_MODELS_PAGES_SHOW = {
    "wagtailcore.site",
    "wagtailcore.pageviewrestriction",
    "wagtailimages.image",
    "wagtaildocs.document",
}


def invalidates(model):
    """True when saving or deleting an instance of `model` changes what public pages show."""
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    declared = getattr(model, "page_cache_invalidates", None)
    if declared is not None:
        return declared
    if getattr(model, "snippet_viewset", None) is not None or model in get_snippet_models():
        return True
    if issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
        return True
    return model._meta.label_lower in WAGTAIL_MODELS_PAGES_SHOW


def _on_page_event(sender, instance=None, **kwargs):
    clear(f"{kwargs.get('signal_name', 'page changed')}: {instance!r}")


def _on_model_saved_or_deleted(sender, instance=None, **kwargs):
    from wagtail.models import Page

    if kwargs.get("raw"):  # loaddata
        return
    deleted = "created" not in kwargs
    # A live alias appears at once (menus, lists) without a publish signal.
    new_alias = kwargs.get("created") and issubclass(sender, Page) and instance.alias_of_id and instance.live
    if (deleted and issubclass(sender, Page)) or new_alias or invalidates(sender):
        clear(f"{sender._meta.label} {'deleted' if deleted else 'saved'}: {instance!r}")


def connect_signals():
    """Called from site911's AppConfig.ready(). Idempotent (dispatch_uid)."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    for signal, name in ((page_published, "published"), (page_unpublished, "unpublished"), (post_page_move, "moved")):
        signal.connect(
            lambda sender, name=name, **kw: _on_page_event(sender, signal_name=f"page {name}", **kw),
            weak=False,
            dispatch_uid=f"site911.caching.invalidation.page_{name}",
        )
    post_save.connect(_on_model_saved_or_deleted, dispatch_uid="site911.caching.invalidation.post_save")
    post_delete.connect(_on_model_saved_or_deleted, dispatch_uid="site911.caching.invalidation.post_delete")
