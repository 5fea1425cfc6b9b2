"""An "Export" button with a menu of formats: asks where to save, exports on the write runner
(the service audits it), then says where the file is."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from crm_desktop.services.errors import CrmError
from crm_desktop.services.exports import ExportFormat, ExportResult
from crm_desktop.ui import errors, theme
from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

# (where to, format) → the work to run on the write runner; called on the GUI thread, so it
# takes what it needs from the widgets (the current filter) there
ExportJob = Callable[[Path, ExportFormat], Callable[[], ExportResult]]


def translate_export(text: str) -> str:
    """Column titles and words of the exported file, in the user's language (thread-safe)."""
    return QCoreApplication.translate("Exports", text)


class ExportButton(QPushButton):
    sig_exported = Signal(object)
    """The file was written (an ExportResult)."""
    sig_export_failed = Signal(str)
    """The export failed: the message shown."""

    def __init__(self, ctx: UiContext, job: ExportJob, default_name: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(theme.icon("reports", theme.MUTED, None, 16), self.tr("Export"), parent)
        self.setObjectName("exportButton")
        self._ctx, self._job, self._default_name = ctx, job, default_name
        menu = QMenu(self)
        self.xlsx_action = menu.addAction(self.tr("Excel workbook (.xlsx)…"))
        self.csv_action = menu.addAction(self.tr("CSV for Excel (.csv)…"))
        self.xlsx_action.triggered.connect(lambda: self.export(ExportFormat.XLSX))
        self.csv_action.triggered.connect(lambda: self.export(ExportFormat.CSV))
        self.setMenu(menu)
        self.choose_path: Callable[[ExportFormat], Path | None] = self._ask_path
        """Asks where to save (a file dialog); tests put a function returning a path here."""

    def export(self, file_format: ExportFormat) -> None:
        path = self.choose_path(file_format)
        if path is None:
            return
        self.setEnabled(False)
        self._ctx.writes.submit(self._job(path, file_format), self._on_exported, self._on_failed)

    def _ask_path(self, file_format: ExportFormat) -> Path | None:
        suffix = file_format.value
        filters = (self.tr("Excel workbook (*.xlsx)") if file_format is ExportFormat.XLSX
                   else self.tr("CSV for Excel (*.csv)"))
        start = str(Path.home() / f"{self._default_name()}.{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), start, filters)
        return Path(chosen).with_suffix("." + suffix) if chosen else None

    def _on_exported(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.setEnabled(True)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"),
                          self.tr("%n row(s) exported to %1.", "", result.rows).replace(
                              "%1", result.path.name), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportDoneBox")
        folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(result.path.parent))))
        box.open()
        self.sig_exported.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        if not isinstance(exc, CrmError | OSError):
            log.error("export failed", exc_info=exc)
        text = str(exc) if isinstance(exc, OSError) else errors.describe(exc)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("exportFailedBox")
        box.open()
        self.sig_export_failed.emit(text)
