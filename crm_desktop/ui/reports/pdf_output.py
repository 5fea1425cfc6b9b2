"""Save a report as PDF, or print it from a print preview. The PDF is made (and written) on
the write runner; the service checks the print right and audits the print, for paper exactly as
for a saved PDF. The preview paints that same PDF (ui/printing.py)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from crm_desktop.services.reports import Grain, ReportFilter
from crm_desktop.services.reports.catalog import TITLES, ReportKind
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.access import report_printer


def file_name(kind: ReportKind, f: ReportFilter) -> str:
    """Otchet-funnel-2026-11-01-2026-11-30.pdf: Latin, so any file system takes it."""
    return f"Otchet-{kind.value}-{f.date_from.isoformat()}-{f.date_to.isoformat()}.pdf"


class ReportPdfOutput(QObject):
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
            self._parent, self.tr("Save report as PDF"), str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"))
        return path

    def save(self, kind: ReportKind, f: ReportFilter, grain: Grain, days: int) -> None:
        chosen = self.choose_path(file_name(kind, f))
        if not chosen:
            return
        path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")
        self._write(kind, f, grain, days, path,
                    lambda: self.sig_done.emit(self.tr("Saved to %1").replace("%1", str(path))))

    def print(self, kind: ReportKind, f: ReportFilter, grain: Grain, days: int) -> None:
        """Make the PDF (audited as a print), then show it in a print preview."""
        printer = report_printer(self._ctx)
        title = QCoreApplication.translate("Reports", TITLES[kind])

        def work() -> bytes:
            return printer.pdf(kind, f, grain=grain, days=days)

        run(self._ctx.writes, self, work, lambda data: self._previewed(data, title),
            self.sig_failed.emit)

    def open_in_viewer(self, kind: ReportKind, f: ReportFilter, grain: Grain,
                       days: int) -> None:
        """Open the PDF in the system viewer (whose Print command also prints it)."""
        path = Path(tempfile.gettempdir()) / file_name(kind, f)
        self._write(kind, f, grain, days, path, lambda: self._opened(path))

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

    def _write(self, kind: ReportKind, f: ReportFilter, grain: Grain, days: int, path: Path,
               done: Callable[[], None]) -> None:
        printer = report_printer(self._ctx)

        def work() -> None:
            path.write_bytes(printer.pdf(kind, f, grain=grain, days=days))

        run(self._ctx.writes, self, work, lambda _r: done(), self.sig_failed.emit)
