from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo
from news import demo as news_demo
from outreach import demo as outreach_demo


class Command(BaseCommand):
    help = "Build the demo site from the seed content. Safe to run again: it only adds what is missing."

    def handle(self, *args, **options):
        with transaction.atomic():
            site, home, home_created = demo.ensure_home()
            demo.ensure_contact_numbers(site)
            guidance = demo.build_guidance(home)
            about = demo.build_about(home)
            news = news_demo.build(home)
            speaker_page, _ = outreach_demo.build(home)
            outreach_demo.ensure_outreach_settings(site)
            if home_created:
                home.links = [
                    (
                        "link",
                        {
                            "page": guidance,
                            "title": "",
                            "description": "Examples of what to call 911 for, and what to call 311 for.",
                        },
                    ),
                    (
                        "link",
                        {"page": about, "title": "", "description": "Who answers your call and how the center works."},
                    ),
                    (
                        "link",
                        {"page": news, "title": "News and recognition", "description": "Awards, nominations and news."},
                    ),
                    (
                        "link",
                        {
                            "page": speaker_page,
                            "title": "",
                            "description": "Ask 911 staff to speak at your block party or community meeting.",
                        },
                    ),
                ]
                demo.publish(home)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready at {site.root_url}/"))
