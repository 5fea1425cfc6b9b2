"""Save a document as PDF or print it from a print preview: what the invoice and report
outputs share. The PDF is made (and written) on the write runner; the service that makes it
checks the print right and audits the print, for paper exactly as for a saved PDF. The preview
paints that same PDF (ui/printing.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext

MakePdf = Callable[[], bytes]


class DocumentPdfOutput(QObject):
    sig_done = Signal(str)
    """The PDF was written or printed; the argument is a message for the user."""
    sig_failed = Signal(object)
    """Making, writing or printing the PDF failed (the exception)."""

    def __init__(self, ctx: UiContext, parent: QWidget, save_caption: str) -> None:
        super().__init__(parent)
        self._ctx, self._parent, self._save_caption = ctx, parent, save_caption
        self.choose_path: Callable[[str], str] = self._ask_path
        self.open_file: Callable[[Path], object] = (
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.show_preview: Callable[[bytes, str], bool] = self._preview

    def _ask_path(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self._parent, self._save_caption, str(Path.home() / suggested),
            QCoreApplication.translate("PdfOutput", "PDF files (*.pdf)"))
        return path

    def save_pdf(self, suggested: str, make: MakePdf) -> None:
        """Ask where, then write the PDF there."""
        chosen = self.choose_path(suggested)
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")

        def work() -> None:
            path.write_bytes(make())

        def written(_result: object) -> None:
            self.sig_done.emit(QCoreApplication.translate("PdfOutput", "Saved to %1")
                               .replace("%1", str(path)))

        run(self._ctx.writes, self, work, written, self.sig_failed.emit)

    def print_pdf(self, title: str, make: MakePdf) -> None:
        """Make the PDF (audited as a print), then show it in a print preview."""
        run(self._ctx.writes, self, make, lambda data: self._previewed(data, title),
            self.sig_failed.emit)

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
            self.sig_done.emit(QCoreApplication.translate(
                "PdfOutput", "Sent to the printer: %1").replace("%1", title))
