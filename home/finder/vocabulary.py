"""What the finder says about the built-in signals, in every language: gettext strings, so the
answer reads in the page's language whatever the language of the description. The signals
themselves are in languages/<code>.py.
"""

from django.utils.translation import gettext_lazy as _

# Why a danger category means 911, by category (the categories of every language's DANGER).
DANGER_REASONS = {
    "medical": _(
        "Someone may need medical help now."
        " 911 sends an ambulance, and the call taker can tell you what to do until it arrives."
    ),
    "violence": _(
        "Someone may be hurt or in danger from violence or a weapon."
        " Police and medics are sent first to calls like this."
    ),
    "fire": _("Fire, smoke, gas and fallen power lines can harm people within minutes. Get out first, then call."),
    "intruder": _(
        "Someone may be trying to get in, hiding nearby or following a person."
        " Police can come while they are still there."
    ),
    "fear": _("You said you are scared or need help. If you feel unsafe, call 911."),
    "crisis": _("Someone may hurt themselves or others. 911 can send a crisis team with police or medics."),
    "missing": _("A missing child or vulnerable adult needs a search started at once."),
    "driving": _("A dangerous driver on the road now can hurt someone at any moment."),
}

REASON_NOW = _("It sounds like it is happening now. Police can come while the person is still there.")
REASON_EDITOR = _("Our staff treat this as an emergency.")
REASON_UNSURE = _("We could not tell whether anyone is in danger or whether it is still happening.")
REASON_PAST = _("It sounds like it is over and nobody is in danger, so it is a report for the non-emergency line.")
REASON_NUISANCE = _("This is not an emergency, even while it is going on: the non-emergency line takes it.")
REASON_OUTSIDE = _(
    "You are outside the city and need city police now: this line reaches the city's 911 center directly."
)
REASON_ANSWERED_DANGER = _("You said someone is hurt or in danger, or that it is still happening.")
REASON_ANSWERED_SAFE = _("You said nobody is in danger and it is not happening now.")
