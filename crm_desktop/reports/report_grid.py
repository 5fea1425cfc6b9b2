"""A report table of one-line plain-text cells, drawn straight onto the canvas.

ReportLab's Table measures every cell, resolves a style per cell and draws each cell as its own
text object: about 0.13 ms per cell, so a 10,000-row report spent most of its time there even in
chunks of 100 rows (PITFALLS #11). Report cells are plain strings already cut to their column
(report_pdf._fit), every row is one line high and the columns have fixed widths, so this
flowable draws them as Table would (same fonts, paddings, header band and rules; it splits
between rows and repeats the header on every page) in a fraction of the time: the text of a
page goes out as one run of PDF operators, and each distinct string is encoded for the
embedded font and measured once per document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

Row = Sequence[str]


@dataclass(slots=True)
class GridStyle:
    """How a grid looks, plus the per-document cache of encoded strings (one per render)."""

    font: str
    bold: str
    size: float
    head_background: Color
    rule: Color
    rule_width: float = 0.3
    total_rule: float = 0.8
    pad_x: float = 3.0
    pad_y: float = 2.0
    _encoded: dict[tuple[str, str], tuple[str, float]] = field(default_factory=dict)

    @property
    def row_height(self) -> float:
        return self.size * 1.2 + 2 * self.pad_y  # one line at Table's default leading

    def encoded(self, canv: Canvas, text: str, font_name: str) -> tuple[str, float]:
        """PDF operators that show `text` in the font (its subsets), and the text's width."""
        key = (text, font_name)
        found = self._encoded.get(key)
        if found is None:
            font, doc = getFont(font_name), canv._doc  # noqa: SLF001 - subsets live in the doc
            size = f"{self.size:g}"
            parts = []
            for subset, chunk in font.splitString(text, doc):
                name = font.getSubsetInternalName(subset, doc)
                parts.append(f"{name} {size} Tf ({escapePDF(chunk)}) Tj")
            found = self._encoded[key] = (" ".join(parts), font.stringWidth(text, self.size))
        return found


class Grid(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A header row, body rows and an optional bold total row; right- or left-aligned columns."""

    def __init__(self, style: GridStyle, widths: Sequence[float], right: Sequence[bool],
                 head: Row, rows: Sequence[Row], total: Row | None = None) -> None:
        super().__init__()
        self.style, self.widths, self.right = style, list(widths), list(right)
        self.head, self.rows, self.total = head, rows, total
        self.width = sum(self.widths)
        self.height = self._lines() * style.row_height

    def _lines(self) -> int:
        return 1 + len(self.rows) + (self.total is not None)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fits = int(avail_height // self.style.row_height) - 1  # body rows under the header
        if fits < 1:
            return []
        if fits >= len(self.rows) + (self.total is not None):
            return [self]
        first = Grid(self.style, self.widths, self.right, self.head, self.rows[:fits])
        rest = Grid(self.style, self.widths, self.right, self.head, self.rows[fits:],
                    self.total)
        return [first, rest]

    def draw(self) -> None:
        canv, style = self.canv, self.style
        step, width = style.row_height, self.width
        canv.saveState()
        canv.setFillColor(style.head_background)
        canv.rect(0, self.height - step, width, step, stroke=0, fill=1)
        canv.setFillColorRGB(0, 0, 0)
        ops: list[str] = []
        y = self.height
        lines = [(self.head, style.bold), *((row, style.font) for row in self.rows)]
        if self.total is not None:
            lines.append((self.total, style.bold))
        for cells, font in lines:
            y -= step
            self._text(ops, cells, font, y)
        canv.addLiteral("BT " + " ".join(ops) + " ET")  # the page's text as one text object
        canv.setStrokeColor(style.rule)
        canv.setLineWidth(style.rule_width)
        rules = canv.beginPath()
        for index in range(1, self._lines() + 1):
            rules.moveTo(0, self.height - index * step)
            rules.lineTo(width, self.height - index * step)
        canv.drawPath(rules, stroke=1, fill=0)
        if self.total is not None:
            canv.setStrokeColorRGB(0, 0, 0)
            canv.setLineWidth(style.total_rule)
            canv.line(0, step, width, step)
        canv.restoreState()

    def _text(self, ops: list[str], cells: Row, font: str, y: float) -> None:
        """Operators for one row; the baseline sits where Table puts it (valign BOTTOM)."""
        style = self.style
        baseline = y + style.pad_y + style.size * 1.2 - style.size
        x = 0.0
        for text, column, right in zip(cells, self.widths, self.right, strict=True):
            if text:
                shown, text_width = style.encoded(self.canv, text, font)
                left = x + column - style.pad_x - text_width if right else x + style.pad_x
                ops.append(f"1 0 0 1 {left:.2f} {baseline:.2f} Tm {shown}")
            x += column
