"""JSON-LD (schema.org data for search engines) in a page's head: the <script> that carries it, where `<`, `>`
and `&` are escaped as in Django's json_script. A data block, not a script: the CSP does not apply to it."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def script(data):
    """`<script type="application/ld+json">…</script>` for `data`; a title like `</script>` cannot break out."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308
