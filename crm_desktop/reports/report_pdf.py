"""Any report as a printable PDF: a header with the report's name, filters and period, a
chart where it helps, the tables (drawn by report_grid.Grid: ReportLab's Table costs ~0.13 ms
a cell, PITFALLS #11) and the watermark footer with the page number on every page."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer

from crm_desktop.reports import fonts, report_charts
from crm_desktop.reports import report_format as fmt
from crm_desktop.reports.invoice_styles import escape
from crm_desktop.reports.report_grid import Grid, GridStyle
from crm_desktop.reports.report_tables import LEFT, ReportDocument, Table, document
from crm_desktop.reports.watermark import Watermark, canvas_maker

WIDTH = A4[0] - 30 * mm - 12
FONT_SIZE = 7.5
PADDING = 6
HEAD_BG = colors.HexColor("#eef2f7")
GRID = colors.HexColor("#c7ced8")
_BASE = ParagraphStyle("report", fontName=fonts.REGULAR, fontSize=9, leading=12,
                       alignment=TA_LEFT)
STYLES = {
    "title": ParagraphStyle("rtitle", _BASE, fontName=fonts.BOLD, fontSize=15, leading=19),
    "meta": ParagraphStyle("rmeta", _BASE, fontSize=8.5, textColor=colors.HexColor("#4b5563")),
    "caption": ParagraphStyle("rcaption", _BASE, fontName=fonts.BOLD, fontSize=9),
    "note": ParagraphStyle("rnote", _BASE, fontSize=8, textColor=colors.HexColor("#4b5563")),
    "empty": ParagraphStyle("rempty", _BASE, fontSize=11, textColor=colors.HexColor("#6b7280")),
}
FILTER_NAMES = (("pipeline", "Воронка"), ("manager", "Менеджер"), ("channel", "Канал"))


def _fit(text: str, width: float, font: str = fonts.REGULAR) -> str:
    """Cut a cell's text to its column (plain strings keep big tables fast; they don't wrap)."""
    room = width - PADDING
    # no DejaVu glyph is wider than 0.7 em here: short texts fit without measuring
    if len(text) * FONT_SIZE * 0.7 <= room or stringWidth(text, font, FONT_SIZE) <= room:
        return text
    while text and stringWidth(text + "…", font, FONT_SIZE) > room:
        text = text[:-1]
    return text + "…"


def header(doc: ReportDocument, report: Any, names: dict[str, str]) -> list[Flowable]:
    f = report.filter
    parts = [f"Период: {fmt.day(f.date_from)} — {fmt.day(f.date_to)}"]
    parts += [f"{label}: {escape(names[key])}" for key, label in FILTER_NAMES if key in names]
    return [Paragraph(escape(doc.title), STYLES["title"]),
            Paragraph(" · ".join(parts), STYLES["meta"]), Spacer(1, 5 * mm)]


def tables(spec: Table, grid: GridStyle | None = None) -> list[Flowable]:
    """A table as one Grid (it splits between rows and repeats its header on every page)."""
    widths = [WIDTH * c.width for c in spec.columns]
    head = [_fit(c.header, w, fonts.BOLD) for c, w in zip(spec.columns, widths, strict=True)]
    body = [[_fit(cell, w) for cell, w in zip(row, widths, strict=True)] for row in spec.rows]
    flow: list[Flowable] = []
    if spec.caption:
        flow += [Paragraph(escape(spec.caption), STYLES["caption"]), Spacer(1, 2 * mm)]
    flow.append(Grid(grid or grid_style(), widths, [c.align != LEFT for c in spec.columns],
                     head, body, spec.total))
    flow.append(Spacer(1, 5 * mm))
    return flow


def grid_style() -> GridStyle:
    """The tables' look; one per document (it caches the document's encoded strings)."""
    return GridStyle(fonts.REGULAR, fonts.BOLD, FONT_SIZE, HEAD_BG, GRID)


def story(report: Any, names: dict[str, str]) -> tuple[ReportDocument, list[Flowable]]:
    doc = document(report)
    flow = header(doc, report, names)
    if doc.empty:
        flow.append(Paragraph("Нет данных за выбранный период.", STYLES["empty"]))
        return doc, flow
    if doc.chart is not None:
        chart = report_charts.drawing(doc.chart, WIDTH)
        if chart is not None:
            flow += [chart, Spacer(1, 5 * mm)]
    grid = grid_style()
    for spec in doc.tables:
        flow += tables(spec, grid)
    if doc.note:
        flow.append(Paragraph(escape(doc.note), STYLES["note"]))
    return doc, flow


def render(report: Any, names: dict[str, str] | None = None,
           watermark: Watermark | None = None) -> bytes:
    """The report's PDF; `names` are the filter's pipeline/manager/channel names."""
    fonts.register()
    buffer = io.BytesIO()
    doc, flow = story(report, names or {})
    template = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
        bottomMargin=18 * mm, title=doc.title, subject="Отчёт", creator="crm-desktop",
        initialFontName=fonts.REGULAR, initialFontSize=9)
    template.build(flow, canvasmaker=canvas_maker(watermark))
    return buffer.getvalue()
