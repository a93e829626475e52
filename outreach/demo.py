"""Demo content for the speaker-request page, from the seed text. Idempotent: never overwrites editor edits.

The Outreach setting (supervisor address) is left blank on purpose, so OUTREACH_SUPERVISOR_EMAIL applies until
staff set one under Settings → Outreach.
"""

from home.demo import ensure_child
from outreach.models import SpeakerRequestPage

SLUG = "request-a-speaker"


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
            "<p>Please feel free to email 911 Supervisor Maryam Williams for questions or requests to attend "
            "meetings. This form sends your request straight to her, with everything she needs to reply.</p>"
        ),
        thank_you=(
            "<p>The supervisor reads every request and replies by e-mail to confirm a visit or to suggest "
            "another date.</p>"
        ),
    )
