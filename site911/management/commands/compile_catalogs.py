"""`manage.py compile_catalogs`: compile locale/*/LC_MESSAGES/django.po to the .mo files Django reads (no msgfmt)."""

from django.core.management.base import BaseCommand

from site911.languages import compile_catalogs


class Command(BaseCommand):
    help = "Compile the site's gettext catalogs (locale/*/LC_MESSAGES/django.po) to .mo files, with babel."
    # It is what fixes site911.E003 (a catalog not compiled): the system checks must not stop it first.
    requires_system_checks = []

    def handle(self, *args, **options):
        for path in compile_catalogs():
            self.stdout.write(f"Compiled {path}")
