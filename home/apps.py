from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and guidance"

    def ready(self):
        from django.core import checks

        from site911 import page_cache
        from site911.client_ip import check_uncounted_proxy

        # Publishing, moving, deleting pages and saving snippets/settings clear the page cache.
        page_cache.connect_signals()
        checks.register(check_uncounted_proxy, checks.Tags.security, deploy=True)
