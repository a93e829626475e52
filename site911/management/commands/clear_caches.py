"""`manage.py clear_caches`: empty the page cache and the caching proxy or CDN in front, by hand.

Nothing needs it after a change made in the admin (both are emptied then): it is for a change made
outside Wagtail (SQL, a restored backup) or a proxy that was down when an editor saved.
"""

from django.core.management.base import BaseCommand, CommandError

from site911.caching import proxy
from site911.caching.generation import clear


class Command(BaseCommand):
    help = "Empty the page cache (every process) and the caching proxy or CDN in front (WAGTAILFRONTENDCACHE)."

    def handle(self, *args, **options):
        clear("manage.py clear_caches")
        self.stdout.write("Page cache emptied.")
        if not proxy.configured():
            self.stdout.write("No proxy configured (FRONTEND_CACHE_URL / WAGTAILFRONTENDCACHE).")
            return
        if not proxy.ban_everything("manage.py clear_caches"):
            raise CommandError("The proxy did not accept the ban (see the warning above).")
        self.stdout.write("Proxy emptied.")
