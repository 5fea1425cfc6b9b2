"""Simple charts for printed reports (reportlab.graphics): bars and a pie, DejaVu labels."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from crm_desktop.reports import fonts
from crm_desktop.reports.report_tables import Chart

ACCENT = colors.HexColor("#2563eb")
PALETTE = [colors.HexColor(c) for c in (
    "#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d",
    "#ea580c", "#64748b")]
MAX_BARS = 24


def _label(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def drawing(chart: Chart, width: float) -> Drawing | None:
    """The chart as a Drawing `width` points wide; None when there is nothing to draw."""
    labels, values = chart.labels[:MAX_BARS], chart.values[:MAX_BARS]
    if not values or not any(values):
        return None
    if chart.kind == "pie":
        return _pie(labels, values, width, chart.caption)
    if chart.kind == "hbar":
        return _hbar(labels, values, width, chart.caption)
    return _vbar(labels, values, width, chart.caption)


def _caption(d: Drawing, text: str, y: float) -> None:
    d.add(String(0, y, text, fontName=fonts.BOLD, fontSize=8, fillColor=colors.HexColor("#374151")))


def _hbar(labels: list[str], values: list[float], width: float, caption: str) -> Drawing:
    height = 24 + 16 * len(values)
    d = Drawing(width, height + 14)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 14, width - 170, height - 14
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [_label(x) for x in reversed(labels)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", " ")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    d.add(chart)
    _caption(d, caption, height + 2)
    return d


def _vbar(labels: list[str], values: list[float], width: float, caption: str) -> Drawing:
    d = Drawing(width, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 60, 24, width - 70, 120
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_label(x, 12) for x in labels]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: f"{v:,.0f}".replace(",", " ")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    d.add(chart)
    _caption(d, caption, 156)
    return d


def _pie(labels: list[str], values: list[float], width: float, caption: str) -> Drawing:
    d = Drawing(width, 170)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 10, 130, 130
    pie.data = values
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(values)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(pie)
    total = sum(values)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = 130 - i * 13
        d.add(String(175, y, "■", fontName=fonts.REGULAR, fontSize=9,
                     fillColor=PALETTE[i % len(PALETTE)]))
        share = f"{100 * value / total:.1f}".replace(".", ",")
        d.add(String(188, y, f"{_label(label, 40)} — {share} %", fontName=fonts.REGULAR,
                     fontSize=8))
    _caption(d, caption, 156)
    return d
