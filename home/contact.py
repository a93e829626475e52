"""The numbers residents call. Their values live in the ContactNumbers site setting."""

from dataclasses import dataclass

from home.phone import tel_href

EMERGENCY = "emergency"
NON_EMERGENCY = "non_emergency"
OUTSIDE_CITY = "outside_city"
NUMBER_CHOICES = [
    (EMERGENCY, "Emergency (911)"),
    (NON_EMERGENCY, "Non-emergency (311)"),
    (OUTSIDE_CITY, "Outside city limits"),
]


@dataclass(frozen=True)
class ContactNumber:
    kind: str
    label: str
    number: str
    when: str
    alternate: str = ""  # a full local number for a short code, e.g. 311's ten digits

    @property
    def href(self):
        return tel_href(self.number)

    @property
    def alternate_href(self):
        return tel_href(self.alternate) if self.alternate else ""
