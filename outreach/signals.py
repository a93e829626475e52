"""Signals other apps listen to, so that outreach imports none of them (bench/import_graph.py)."""

from django.dispatch import Signal

# Sent inside the transaction that schedules a request (outreach/decisions.py), with `speaker_request`,
# `public_title` and `public_location`. The events app publishes an event page when the requester agreed.
speaker_request_scheduled = Signal()
