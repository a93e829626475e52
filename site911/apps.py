from django.apps import AppConfig


class Site911Config(AppConfig):
    name = "site911"
    verbose_name = "Site-wide"
    # Run by the `clock` command (management/commands/clock.py): scheduled pages go live, expired ones come down.
    clock_every_minute = [("publish_scheduled",)]

    def ready(self):
        from django.core import checks
        from django.db.models.signals import post_save

        from site911.caching import invalidation
        from site911.caching.checks import check_deadline
        from site911.client_ip import check_uncounted_proxy
        from site911.languages import check_catalogs
        from site911.translation_workflow import on_page_created

        # Publishing, moving, deleting pages and saving snippets/settings clear the page cache.
        invalidation.connect_signals()
        # A new locale's home page gets the Translation review workflow and the translation groups.
        post_save.connect(on_page_created, dispatch_uid="site911_translation_locale_root")
        checks.register(check_uncounted_proxy, checks.Tags.security, deploy=True)
        checks.register(check_deadline, checks.Tags.caches)
        checks.register(check_catalogs, checks.Tags.translation)
