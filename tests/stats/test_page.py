"""The "How fast we answer" page: its sentences, chart, table and downloads all tell the figures' story."""

import csv
import datetime
import gzip
import io
import json
import re
from decimal import Decimal

import pytest
from django.contrib.staticfiles import finders

from stats.models import AnswerTimesPage, MonthlyFigures
from tests.helpers import soup, text
from tests.stats.support import replace_figures

pytestmark = pytest.mark.django_db

URL = "/how-fast-we-answer/"


def plotted_values(svg, field):
    """The values the chart's markers stand for, read back through its labelled gridlines."""
    grid = {float(t["y"]): float(t.get_text().rstrip(" %")) for t in svg.select("text.chart__value")}
    (y1, v1), (y2, v2) = sorted(grid.items())[:2]
    markers = svg.select(f"g.chart__series--{field} circle, g.chart__series--{field} rect")
    ys = [float(m.get("cy") or m["y"]) for m in markers]
    return [round(v1 + (y - y1) * (v2 - v1) / (y2 - y1), 1) for y in ys]


def test_sentences_chart_table_and_downloads_agree_with_the_figures(client, demo_site):
    rows = replace_figures(30)
    shown = rows[-24:]
    latest = rows[-1]
    response = client.get(URL)
    page = text(response)
    html = soup(response)

    pct_15 = f"{latest.pct_answered_15s.normalize():f}"
    assert f"In October 2026, {pct_15} % of 911 calls were answered within 15 seconds." in page
    assert "The national standard is 90 %." in page
    pct_20 = f"{latest.pct_answered_20s.normalize():f}"
    assert f"In October 2026, {pct_20} % of 911 calls were answered within 20 seconds." in page
    assert "The national standard is 95 %." in page
    assert "demo" not in page.lower()

    svg = html.select_one("svg.chart")
    assert svg["role"] == "img"
    labelled_by = svg["aria-labelledby"].split()
    assert [svg.find(id=i).name for i in labelled_by] == ["title", "desc"]
    assert "November 2024 to October 2026" in svg.find("title").get_text()
    assert not html.select("script") and not svg.select("style")
    for field in ("pct_answered_15s", "pct_answered_20s"):
        assert plotted_values(svg, field) == [float(getattr(m, field)) for m in shown]
    standards = sorted(float(line["y1"]) for line in svg.select("line.chart__standard"))
    grid = {float(t.get_text().rstrip(" %")): float(t["y"]) for t in svg.select("text.chart__value")}
    assert standards == sorted([grid[95.0], grid[90.0]])

    table = html.select_one("table.figures")
    assert table.caption.get_text(strip=True)
    assert all(th.get("scope") == "col" for th in table.thead.select("th"))
    body_rows = table.tbody.select("tr")
    assert len(body_rows) == 24
    for tr, m in zip(body_rows, reversed(shown), strict=True):
        assert tr.th["scope"] == "row" and tr.th.time["datetime"] == m.month.strftime("%Y-%m")
        cells = [td.get_text(strip=True) for td in tr.select("td")]
        assert cells[:2] == [f"{m.pct_answered_15s.normalize():f} %", f"{m.pct_answered_20s.normalize():f} %"]
        assert cells[3:] == [str(m.calls_911), str(m.calls_non_emergency), str(m.abandoned_calls), str(m.text_sessions)]

    links = {a.get_text(strip=True): a["href"] for a in html.select("main a")}
    download = client.get(links["All figures as CSV"])
    assert download["Content-Disposition"] == 'attachment; filename="answer-times.csv"'
    assert download["Content-Type"].startswith("text/csv")
    table_csv = list(csv.DictReader(io.StringIO(download.content.decode())))
    assert len(table_csv) == 30  # open data: every month, not only the chart's
    assert [(r["month"], Decimal(r["pct_answered_15s"]), r["is_demo"]) for r in table_csv] == [
        (m.month.strftime("%Y-%m"), m.pct_answered_15s, "no") for m in rows
    ]

    data = json.loads(client.get(links["All figures as JSON"]).content)
    assert data["demo"] is False
    assert [t["percent"] for t in data["standard"]["targets"]] == [90.0, 95.0]
    assert [(r["month"], r["pct_answered_20s"], r["calls_911"]) for r in data["months"]] == [
        (m.month.strftime("%Y-%m"), float(m.pct_answered_20s), m.calls_911) for m in rows
    ]


def test_a_month_below_the_standard_says_so_and_the_targets_are_the_pages(client, demo_site):
    replace_figures(3)
    MonthlyFigures.objects.filter(month=datetime.date(2026, 10, 1)).update(pct_answered_15s=Decimal("88.5"))
    page = AnswerTimesPage.objects.get()
    page.target_pct_first = Decimal(92)
    page.save_revision().publish()
    html = text(client.get(URL))
    assert "In October 2026, 88.5 % of 911 calls were answered within 15 seconds." in html
    assert "The national standard is 92 %. That is below the standard." in html
    assert json.loads(client.get(URL + "figures/json/").content)["standard"]["targets"][0]["percent"] == 92.0


def test_a_gap_in_the_months_breaks_the_line(client, demo_site):
    replace_figures(24)
    MonthlyFigures.objects.filter(month=datetime.date(2026, 3, 1)).delete()
    svg = soup(client.get(URL)).select_one("svg.chart")
    assert len(svg.select("g.chart__series--pct_answered_15s polyline")) == 2
    assert len(svg.select("g.chart__series--pct_answered_15s circle")) == 23


def test_with_no_figures_the_page_says_so(client, demo_site):
    MonthlyFigures.objects.all().delete()
    response = client.get(URL)
    assert response.status_code == 200
    assert "No figures have been published yet." in text(response)
    assert not soup(response).select("svg.chart, table")
    assert client.get(URL + "figures/csv/").content.decode().splitlines()[0].startswith("month,calls_911")
    assert json.loads(client.get(URL + "figures/json/").content)["months"] == []


def test_demo_figures_are_labelled_everywhere(client, demo_site):
    response = client.get(URL)
    notice = soup(response).select_one(".demo-notice")
    assert "Illustrative demo figures, not the center's record." in notice.get_text()
    assert {r["is_demo"] for r in csv.DictReader(io.StringIO(client.get(URL + "figures/csv/").content.decode()))} == {
        "yes"
    }
    data = json.loads(client.get(URL + "figures/json/").content)
    assert data["demo"] is True and all(r["is_demo"] for r in data["months"])


def test_the_page_stays_within_30_kib_compressed(client, demo_site):
    replace_figures(24)
    MonthlyFigures.objects.update(note="Phone system outage on the 12th: calls rerouted to the backup center.")
    html = client.get(URL, HTTP_ACCEPT_ENCODING="identity").content
    css = open(finders.find("css/site.css"), "rb").read()  # noqa: SIM115
    total = len(gzip.compress(html)) + len(gzip.compress(css))
    assert total < 30 * 1024, total


def test_query_count_does_not_grow_with_240_months(demo_site, assert_page_queries):
    replace_figures(24)
    counts = {url: assert_page_queries(url, 40) for url in (URL, URL + "figures/csv/", "/when-to-call/")}
    replace_figures(240)
    assert {url: assert_page_queries(url, 40) for url in counts} == counts


def test_the_chart_is_drawn_without_scripts_or_inline_styles(client, demo_site):
    svg = str(soup(client.get(URL)).select_one("svg.chart"))
    assert not re.search(r"<script|style=|\bon\w+=", svg)
