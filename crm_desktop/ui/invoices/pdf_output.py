"""Save an invoice as PDF or print it from a print preview. The PDF is made (and written) on
the write runner; the service checks the print right and records the print in the audit log,
for paper exactly as for a saved PDF. The preview paints that same PDF (ui/printing.py)."""

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
        self.show_preview: Callable[[bytes, str], bool] = self._preview

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
        """Make the PDF (audited as a print), then show it in a print preview."""
        if row is None:
            return
        invoices, invoice_id = invoice_service(self._ctx), row.id
        title = self.tr("Invoice No. %1 of %2").replace("%1", str(row.number)).replace(
            "%2", str(row.year))

        def work() -> bytes:
            return invoices.pdf(invoice_id)

        run(self._ctx.writes, self, work, lambda data: self._previewed(data, title),
            self.sig_failed.emit)

    def open_in_viewer(self, row: InvoiceRow | None) -> None:
        """Open the PDF in the system viewer (whose Print command also prints it)."""
        if row is None:
            return
        path = Path(tempfile.gettempdir()) / file_name(row)
        self._write(row, path, lambda: self._opened(path))

    def _preview(self, data: bytes, title: str) -> bool:
        from crm_desktop.ui import printing  # noqa: PLC0415 - QtPdf loads only for printing

        return printing.preview(data, title, self._parent)

    def _previewed(self, data: bytes, title: str) -> None:
        try:
            printed = self.show_preview(data, title)
        except Exception as exc:  # noqa: BLE001 - an unreadable PDF or a printer error
            self.sig_failed.emit(exc)
            return
        if printed:
            self.sig_done.emit(self.tr("Sent to the printer: %1").replace("%1", title))

    def _opened(self, path: Path) -> None:
        self.open_file(path)
        self.sig_done.emit(self.tr("Opened for printing: %1").replace("%1", path.name))

    def _write(self, row: InvoiceRow, path: Path, done: Callable[[], None]) -> None:
        invoices, invoice_id = invoice_service(self._ctx), row.id

        def work() -> None:
            path.write_bytes(invoices.pdf(invoice_id))

        run(self._ctx.writes, self, work, lambda _r: done(), self.sig_failed.emit)
