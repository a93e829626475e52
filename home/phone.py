"""Phone numbers as a phone dials them."""

import re


def tel_href(number):
    """`(612) 348-2345` -> `tel:+16123482345`; short codes such as 911 stay as they are."""
    digits = re.sub(r"\D", "", number or "")
    if len(digits) == 10:
        return f"tel:+1{digits}"
    if len(digits) == 11 and digits.startswith("1"):
        return f"tel:+{digits}"
    return f"tel:{digits}"
