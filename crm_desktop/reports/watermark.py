"""The footer every printed page carries (issue #6): who printed it and when, so a printed
list can be traced — "Напечатал: ivanova, 26.11.2026 14:05" — and the page number.

`NumberedCanvas` keeps the pages until the end to print "Стр. 2 из 5" (the total is known only
then); `canvas_maker(watermark)` gives the canvasmaker for `SimpleDocTemplate.build`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.reports import fonts

FOOTER_SIZE = 7.5
FOOTER_COLOR = colors.HexColor("#6b7280")


@dataclass(frozen=True, slots=True)
class Watermark:
    login: str
    printed_at: datetime  # the printing workstation's local time

    @classmethod
    def now(cls, login: str) -> Watermark:
        return cls(login, datetime.now().astimezone())

    def text(self) -> str:
        return f"Напечатал: {self.login}, {self.printed_at:%d.%m.%Y %H:%M}"


class NumberedCanvas(Canvas):  # type: ignore[misc] # ReportLab is untyped
    """A canvas that draws the watermark footer and "Стр. N из M" on every page."""

    watermark: Watermark | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _height = self._pagesize
        self.saveState()
        self.setFont(fonts.REGULAR, FOOTER_SIZE)
        self.setFillColor(FOOTER_COLOR)
        self.setStrokeColor(colors.HexColor("#d1d5db"))
        self.setLineWidth(0.4)
        y = 9 * mm
        self.line(15 * mm, y + 3.2 * mm, width - 15 * mm, y + 3.2 * mm)
        if self.watermark is not None:
            self.drawString(15 * mm, y, self.watermark.text())
        self.drawRightString(width - 15 * mm, y, f"Стр. {self._pageNumber} из {total}")
        self.restoreState()


def canvas_maker(watermark: Watermark | None) -> Callable[..., Canvas]:
    """The canvas class for `doc.build(..., canvasmaker=...)` carrying `watermark`."""
    return type("WatermarkedCanvas", (NumberedCanvas,), {"watermark": watermark})
