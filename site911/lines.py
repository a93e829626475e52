"""The numbers residents call: their kinds and one line of the Contact numbers setting (ContactLine).

No Django models here: the situation finder and its evaluation (`make eval-finder`) import the kinds
without Django being set up.
"""

from dataclasses import dataclass

from site911.phone import sms_href, tel_href

EMERGENCY = "emergency"
NON_EMERGENCY = "non_emergency"
OUTSIDE_CITY = "outside_city"
NUMBER_CHOICES = [
    (EMERGENCY, "Emergency (911)"),
    (NON_EMERGENCY, "Non-emergency (311)"),
    (OUTSIDE_CITY, "Outside city limits"),
]
# The 988 Suicide & Crisis Lifeline: shown beside the three numbers, not a choice for situations.
CRISIS = "crisis"


@dataclass(frozen=True)
class ContactLine:
    """One line from the setting. A blank value means "leave that line out", never an empty link."""

    kind: str
    label: str
    number: str
    when: str
    alternate: str = ""  # a full local number for a short code, e.g. 311's ten digits
    hours: str = ""  # when the line answers (311)
    online_report_url: str = ""  # where to report online instead (311)
    text_number: str = ""  # the number to text: 911 where text-to-911 is on, 988
    text_instruction: str = ""  # what to send (text-to-911)

    @property
    def href(self):
        return tel_href(self.number) if self.number else ""

    @property
    def alternate_href(self):
        return tel_href(self.alternate) if self.alternate else ""

    @property
    def text_href(self):
        return sms_href(self.text_number) if self.text_number else ""
