"""The figures as open data: CSV (the import's columns, plus is_demo) and JSON, every month, oldest first."""

import csv
import json

from django.http import HttpResponse

from stats.csv_import import COLUMNS


def _row(figures):
    return {
        "month": figures.month.strftime("%Y-%m"),
        **{name: getattr(figures, name) for name in COLUMNS[1:]},
        "is_demo": figures.is_demo,
    }


def csv_response(queryset):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="answer-times.csv"'
    writer = csv.DictWriter(response, fieldnames=[*COLUMNS, "is_demo"])
    writer.writeheader()
    for figures in queryset:
        row = _row(figures)
        row["is_demo"] = "yes" if figures.is_demo else "no"
        if row["note"].startswith(("=", "+", "-", "@", "\t", "\r")):
            row["note"] = "'" + row["note"]  # a spreadsheet reads it as text, not a formula
        writer.writerow(row)
    return response


def json_response(queryset, page):
    rows = [_row(figures) for figures in queryset]
    for row in rows:
        for name in ("pct_answered_15s", "pct_answered_20s", "average_answer_seconds"):
            row[name] = float(row[name])
    data = {
        "standard": {
            "name": page.standard_name,
            "targets": [
                {"percent": float(t.pct), "within_seconds": t.seconds, "field": t.field} for t in page.targets()
            ],
        },
        "demo": any(row["is_demo"] for row in rows),
        "months": rows,
    }
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/json")
