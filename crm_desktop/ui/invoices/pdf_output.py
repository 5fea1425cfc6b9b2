"""Save an invoice as PDF or hand it to the system's PDF viewer for printing. The PDF is made
and written on the write runner (the service records the print in the audit log)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.services.invoice_dto import InvoiceRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.invoices.access import invoice_service


def file_name(row: InvoiceRow) -> str:
    """Schet-17-2026.pdf: Latin, so any file system and mail client take it."""
    return f"Schet-{row.number}-{row.year}.pdf"


class PdfOutput(QObject):
    sig_done = Signal(str)
    """The PDF was written; the argument is a message for the user."""
    sig_failed = Signal(object)
    """Making or writing the PDF failed (the exception)."""

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx, self._parent = ctx, parent
        self.choose_path: Callable[[str], str] = self._ask_path
        self.open_file: Callable[[Path], object] = (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def _ask_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save invoice as PDF"), str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"))
        return path

    def save(self, row: InvoiceRow | None) -> None:
        if row is None:
            return
        chosen = self.choose_path(file_name(row))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        self._write(row, path, lambda: self.sig_done.emit(
            self.tr("Saved to %1").replace("%1", str(path))))

    def print(self, row: InvoiceRow | None) -> None:
        """Open the PDF in the system viewer, whose Print command prints it as laid out."""
        if row is None:
            return
        path = Path(tempfile.gettempdir()) / file_name(row)
        self._write(row, path, lambda: self._opened(path))

    def _opened(self, path: Path) -> None:
        self.open_file(path)
        self.sig_done.emit(self.tr("Opened for printing: %1").replace("%1", path.name))

    def _write(self, row: InvoiceRow, path: Path, done: Callable[[], None]) -> None:
        invoices, invoice_id = invoice_service(self._ctx), row.id

        def work() -> None:
            path.write_bytes(invoices.pdf(invoice_id))

        run(self._ctx.writes, self, work, lambda _r: done(), self.sig_failed.emit)
