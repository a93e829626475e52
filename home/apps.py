from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and guidance"

    def ready(self):
        from site911 import page_cache

        # Publishing, moving, deleting pages and saving snippets/settings clear the page cache.
        page_cache.connect_signals()
