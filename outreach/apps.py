from django.apps import AppConfig


class OutreachConfig(AppConfig):
    name = "outreach"

    def ready(self):
        from django.core import checks

        from outreach.checks import check_supervisor_address

        checks.register(check_supervisor_address, checks.Tags.compatibility, deploy=True)
