"""Demo content for the speaker-request page (written here). Idempotent: never overwrites editor edits.

The contract with `load_demo_content`: site911/demo.py.

The Outreach setting names the supervisor from the seed, but its addresses are left blank on purpose: requests
go to OUTREACH_SUPERVISOR_EMAIL, and the page says to call the non-emergency number, until staff set them under
Settings → Outreach.
"""

from outreach.models import OutreachSettings, SpeakerRequestPage
from site911.demo import ensure_child

SLUG = "request-a-speaker"


def load(demo):
    """The speaker-request page and the Outreach setting; the page is last among the home page's links."""
    speaker_page, _ = build(demo.home)
    ensure_outreach_settings(demo.site)
    demo.links.append((speaker_page, "", "Ask 911 staff to speak at your block party or community meeting."))


def ensure_outreach_settings(site):
    """The supervisor's name from the seed, set once: a setting that exists (an editor's) is left as it is."""
    OutreachSettings.objects.get_or_create(site=site, defaults={"supervisor_name": "911 Supervisor Maryam Williams"})


def build(home):
    """The speaker-request page under `home`; created and published when missing. Returns (page, created)."""
    return ensure_child(
        home,
        SpeakerRequestPage,
        SLUG,
        title="Request a speaker",
        show_in_menus=True,
        search_description="Ask Minneapolis 911 public education staff to speak at your block party or community meeting.",
        intro=(
            "<p>Our public education staff attend block parties and community meetings to answer questions and "
            "concerns about 911 service: when to call 911 and when to call 311, what happens when you call, and "
            "what it is like to work at 911.</p>"
            "<p>This form sends your request straight to the outreach supervisor, with everything they need to "
            "reply.</p>"
        ),
        thank_you=(
            "<p>The supervisor reads every request and replies by e-mail to confirm a visit or to suggest "
            "another date.</p>"
        ),
    )
