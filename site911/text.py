"""Text residents type into a search box (site search, the situation finder), made safe to use."""

import unicodedata

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Drop control characters and markup-significant noise; cap the length. Never raises."""
    text = "".join(ch for ch in str(raw) if unicodedata.category(ch)[0] != "C" or ch == " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]
