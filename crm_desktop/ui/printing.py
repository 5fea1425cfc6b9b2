"""Printing our own PDFs (invoices, reports) through Qt: a print preview, then the printer.

The PDF made by ReportLab is the one document: its pages are rasterised with QtPdf at the
printer's resolution (capped, so a 1200 dpi driver does not need half a gigabyte per page) and
painted into the QPrinter, so paper shows exactly what "Save PDF" writes. The caller makes the
PDF through the service, which checks the print right and records the print in the audit log;
this module only shows and prints it. GUI thread only.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

MAX_DPI = 300  # plenty for text on paper; A4 at 300 dpi is a 35 MB image per page


class PrintablePdf:
    """A PDF held for printing: loaded once, painted into any number of printers (the preview
    repaints on every zoom or page-setup change)."""

    def __init__(self, data: bytes, title: str) -> None:
        self.title = title
        # QPdfDocument reads a file synchronously; the file lives as long as this object
        self._file = tempfile.NamedTemporaryFile(prefix="crm-print-", suffix=".pdf")
        self._file.write(data)
        self._file.flush()
        self.document = QPdfDocument()
        error = self.document.load(self._file.name)
        if error != QPdfDocument.Error.None_:
            raise ValueError(f"unreadable PDF: {error}")

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def close(self) -> None:
        self.document.close()
        self._file.close()

    def set_up(self, printer: QPrinter) -> None:
        """The printer takes the PDF's paper size and orientation; the PDF has its margins."""
        points = self.document.pagePointSize(0)
        landscape = points.width() > points.height()
        portrait = QSizeF(min(points.width(), points.height()),
                          max(points.width(), points.height()))
        printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "",
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                   else QPageLayout.Orientation.Portrait)
        printer.setFullPage(True)
        printer.setDocName(self.title)

    def paint(self, printer: QPrinter) -> int:
        """Paint every page into `printer` (one sheet each); returns the pages painted."""
        painter = QPainter()
        if not painter.begin(printer):
            log.warning("the printer did not start")
            return 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for page in range(self.page_count):
                if page:
                    printer.newPage()
                self._paint_page(painter, page, dpi)
        finally:
            painter.end()
        return self.page_count

    def _paint_page(self, painter: QPainter, page: int, dpi: int) -> None:
        points = self.document.pagePointSize(page)
        pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = self.document.render(page, pixels)
        target = QRectF(painter.viewport())
        scale = min(target.width() / pixels.width(), target.height() / pixels.height())
        size = QSizeF(pixels.width() * scale, pixels.height() * scale)
        corner = QPointF(target.x() + (target.width() - size.width()) / 2,
                         target.y() + (target.height() - size.height()) / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(corner, size), image)
        painter.restore()


def preview(data: bytes, title: str, parent: QWidget | None) -> bool:
    """Show the print preview of a PDF; True when the user printed it."""
    pdf = PrintablePdf(data, title)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        pdf.set_up(printer)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setObjectName("printPreviewDialog")
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(pdf.paint)
        return bool(dialog.exec())
    finally:
        pdf.close()


def print_to_file(data: bytes, path: Path, title: str = "") -> int:
    """Print a PDF through Qt into a PDF file (what the printer would get); the page count."""
    pdf = PrintablePdf(data, title)
    try:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        pdf.set_up(printer)
        return pdf.paint(printer)
    finally:
        pdf.close()
