"""Importing months of figures from a CSV file (the phone system's export, or the template).

The header names the columns, in any order; every one is required except `note`:

    month,calls_911,calls_non_emergency,pct_answered_15s,pct_answered_20s,average_answer_seconds,abandoned_calls,text_sessions,note
    2026-10,41230,18877,93.4,96.1,7.8,612,38,phone system outage on the 12th

Every row is checked before anything is saved; one bad row (or a month already entered, when the
staff member chose "reject") and nothing changes. Imported months are the center's record
(is_demo off), so a real month replaces a demo one when updating.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction

COLUMNS = [
    "month",
    "calls_911",
    "calls_non_emergency",
    "pct_answered_15s",
    "pct_answered_20s",
    "average_answer_seconds",
    "abandoned_calls",
    "text_sessions",
    "note",
]
REQUIRED = set(COLUMNS) - {"note"}
COUNTS = ["calls_911", "calls_non_emergency", "abandoned_calls", "text_sessions"]
PERCENTS = ["pct_answered_15s", "pct_answered_20s"]
MAX_BYTES = 256 * 1024  # about 2,000 years of months: a bigger file is not an export of this
TEMPLATE = ",".join(COLUMNS) + "\r\n2026-10,41230,18877,93.4,96.1,7.8,612,38,phone system outage on the 12th\r\n"


@dataclass
class Result:
    errors: list = field(default_factory=list)  # [(line number, message)]
    rows: list = field(default_factory=list)  # [dict of field values]
    created: int = 0
    updated: int = 0


def _decimal(text, places):
    value = Decimal(text)
    if not value.is_finite() or value != round(value, places):
        raise InvalidOperation
    return value


def parse_row(raw):
    """(values, [messages]) for one row's {column: text}."""
    values, messages = {}, []
    text = (raw.get("month") or "").strip()
    try:
        values["month"] = datetime.datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        messages.append(f"month “{text}” is not a month written as YYYY-MM")
    for name in COUNTS:
        text = (raw.get(name) or "").strip().replace(",", "")
        if not text.isdigit():
            messages.append(f"{name} “{text}” is not a whole number of 0 or more")
        else:
            values[name] = int(text)
    for name, places, top in [*[(p, 2, Decimal(100)) for p in PERCENTS], ("average_answer_seconds", 1, None)]:
        text = (raw.get(name) or "").strip().rstrip("%").strip()
        try:
            value = _decimal(text, places)
        except InvalidOperation:
            messages.append(f"{name} “{text}” is not a number with at most {places} decimal places")
            continue
        if value < 0 or (top is not None and value > top):
            messages.append(f"{name} {text} is not between 0 and {top}" if top else f"{name} {text} is below 0")
        else:
            values[name] = value
    if all(p in values for p in PERCENTS) and values["pct_answered_15s"] > values["pct_answered_20s"]:
        messages.append("pct_answered_15s is more than pct_answered_20s (a call answered within 15 s was within 20 s)")
    note = (raw.get("note") or "").strip()
    if len(note) > 500:
        messages.append("note is longer than 500 characters")
    values["note"] = note
    return values, messages


def read(data):
    """Checks every row of the file's bytes: a Result with its rows or its errors."""
    result = Result()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        result.errors.append((1, "the file is not UTF-8 text (save it as “CSV UTF-8”)"))
        return result
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = header
    missing, unknown = REQUIRED - set(header), set(header) - set(COLUMNS)
    if missing or unknown:
        problems = [f"missing column(s) {', '.join(sorted(missing))}" if missing else ""]
        problems.append(f"unknown column(s) {', '.join(sorted(unknown))}" if unknown else "")
        result.errors.append((1, "; ".join(p for p in problems if p) + f". Expected: {','.join(COLUMNS)}"))
        return result
    seen = {}
    for raw in reader:
        line = reader.line_num
        if None in raw:
            result.errors.append((line, f"{len(raw[None])} more value(s) than columns"))
            continue
        if not any((v or "").strip() for v in raw.values()):
            continue  # a blank line
        values, messages = parse_row(raw)
        month = values.get("month")
        if month in seen:
            messages.append(f"{month:%Y-%m} is also on line {seen[month]}")
        elif month:
            seen[month] = line
        result.errors += [(line, message) for message in messages]
        result.rows.append({**values, "line": line})
    if not result.rows and not result.errors:
        result.errors.append((1, "the file has no rows of figures"))
    return result


def apply(result, update_existing):
    """Saves the checked rows in one transaction; with `update_existing` off, a month already entered is an error."""
    from stats.models import MonthlyFigures

    existing = {m.month: m for m in MonthlyFigures.objects.filter(month__in=[r["month"] for r in result.rows])}
    if not update_existing:
        for row in result.rows:
            if row["month"] in existing:
                result.errors.append((row["line"], f"{row['month']:%Y-%m} is already entered (choose “update”)"))
    if result.errors:
        return result
    with transaction.atomic():
        for row in result.rows:
            values = {k: v for k, v in row.items() if k not in ("line", "month")}
            figures = existing.get(row["month"]) or MonthlyFigures(month=row["month"])
            for name, value in {**values, "is_demo": False}.items():
                setattr(figures, name, value)
            figures.save()
            if row["month"] in existing:
                result.updated += 1
            else:
                result.created += 1
    return result
