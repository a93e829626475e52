from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from site911.demo import DemoSite


def demo_modules():
    """Every installed app's `demo` module, in INSTALLED_APPS order (the contract: site911/demo.py)."""
    return [
        import_module(f"{config.name}.demo")
        for config in apps.get_app_configs()
        if module_has_submodule(config.module, "demo")
    ]


class Command(BaseCommand):
    help = "Build the demo site from the seed content. Safe to run again: it only adds what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Leave out the Spanish, Somali and Hmong translations (about half the time); a later run adds them.",
        )

    def handle(self, *args, **options):
        demo = DemoSite(translations=not options["english_only"])
        modules = demo_modules()
        with transaction.atomic():
            for module in modules:
                module.load(demo)
            for module in modules:
                if hasattr(module, "finish"):
                    module.finish(demo)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready at {demo.site.root_url}/"))
