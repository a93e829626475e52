"""Phone numbers as a phone dials (or texts) them."""

import re


def _dial_string(number):
    """`(612) 348-2345` -> `+16123482345`; short codes such as 911 stay as they are."""
    digits = re.sub(r"\D", "", number or "")
    if len(digits) == 10:
        return f"+1{digits}"
    if len(digits) == 11 and digits.startswith("1"):
        return f"+{digits}"
    return digits


def tel_href(number):
    """`(612) 348-2345` -> `tel:+16123482345`; `911` -> `tel:911`."""
    return f"tel:{_dial_string(number)}"


def sms_href(number):
    """`988` -> `sms:988`: opens the phone's messages app with the number filled in."""
    return f"sms:{_dial_string(number)}"
