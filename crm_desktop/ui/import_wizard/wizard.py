"""Clients → Import: file, columns, check, duplicates, import with progress, result.

Reading the file and building the preview run on the read runner, the import on the write
runner; the GUI thread only shows their results. The import's progress is polled from a timer
(the worker only stores numbers: no Qt object is touched off the GUI thread).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import CrmError
from crm_desktop.services.imports import (
    ImportCancelled,
    ImportPreview,
    ImportProgress,
    ImportResult,
    SheetTable,
    guess,
    sheet_names,
)
from crm_desktop.ui import errors
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import dialog_header
from crm_desktop.ui.import_wizard.access import import_service, mapping_store
from crm_desktop.ui.import_wizard.duplicates_page import DuplicatesPage
from crm_desktop.ui.import_wizard.file_page import FilePage
from crm_desktop.ui.import_wizard.mapping_page import MappingPage
from crm_desktop.ui.import_wizard.preview_page import PreviewPage
from crm_desktop.ui.import_wizard.run_page import RunPage
from crm_desktop.ui.import_wizard.steps import StepIndicator
from crm_desktop.ui.import_wizard.texts import problem_text

log = logging.getLogger(__name__)

FILE, COLUMNS, CHECK, DUPLICATES, RUN = range(5)
POLL_MS = 100


class ImportWizard(QDialog):
    sig_imported = Signal(object)
    """The import went through (an ImportResult): lists showing these records are stale."""
    sig_step_ready = Signal(int)
    """A step's data arrived and the step is shown (its index): for tests and screenshots."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self._ctx = ctx
        self._service = import_service(ctx)
        self._table: SheetTable | None = None
        self._preview: ImportPreview | None = None
        self._progress: ImportProgress | None = None
        self._state = (0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.steps = StepIndicator([self.tr("File"), self.tr("Columns"), self.tr("Check"),
                                    self.tr("Duplicates"), self.tr("Import")])
        self.file_page = FilePage()
        self.mapping_page = MappingPage(mapping_store())
        self.preview_page = PreviewPage()
        self.duplicates_page = DuplicatesPage()
        self.run_page = RunPage()
        self.pages = QStackedWidget()
        for page in (self.file_page, self.mapping_page, self.preview_page,
                     self.duplicates_page, self.run_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.close_button.clicked.connect(self.reject)
        self.file_page.sig_file_chosen.connect(self._on_file_page_file_chosen)
        self.run_page.sig_cancel_requested.connect(self._on_run_page_cancel_requested)
        self._build()
        self._show(FILE)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(dialog_header(self.tr("Import from Excel or CSV"), self.tr(
            "Rows are checked before anything is saved; then every accepted row is saved at "
            "once, or none. Rejected rows go to a report you can fix and import again.")))
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1040, 680)

    # -- navigation ------------------------------------------------------------------------------
    def _show(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.steps.set_current(step)
        self.back_button.setVisible(step in (COLUMNS, CHECK, DUPLICATES))
        self.next_button.setVisible(step != RUN)
        self.next_button.setEnabled(True)
        has_groups = bool(self._preview and self._preview.groups)
        if step == CHECK and not has_groups or step == DUPLICATES:
            accepted = self._preview.accepted if self._preview else 0
            self.next_button.setText(self.tr("Import %n row(s)", "", accepted))
            self.next_button.setEnabled(accepted > 0)
        else:
            self.next_button.setText(self.tr("Next"))
        self.close_button.setText(self.tr("Cancel"))
        self.sig_step_ready.emit(step)

    def _on_back_clicked(self) -> None:
        step = self.pages.currentIndex()
        groups = bool(self._preview and self._preview.groups)
        if step == RUN:  # after a cancel or a failure: change something and try again
            self._show(DUPLICATES if groups else CHECK)
        else:
            self._show(step - 1)

    def _on_next_clicked(self) -> None:
        step = self.pages.currentIndex()
        if step == FILE:
            self._read_file()
        elif step == COLUMNS:
            if self.mapping_page.check():
                self._build_preview()
        elif step == CHECK and self._preview is not None and self._preview.groups:
            self.duplicates_page.load(self._preview)
            self._show(DUPLICATES)
        else:
            self._run()

    # -- file and preview (read runner) ---------------------------------------------------------
    def _on_file_page_file_chosen(self, path: str) -> None:
        self._ctx.reads.submit(lambda: sheet_names(Path(path)), self._on_sheets_read,
                               lambda _exc: self.file_page.set_sheets(()),
                               key=f"import-sheets:{id(self)}")

    def _on_sheets_read(self, names: object) -> None:
        assert isinstance(names, tuple)
        self.file_page.set_sheets(names)

    def _read_file(self) -> None:
        path, sheet = self.file_page.path(), self.file_page.sheet()
        if path is None:
            errors.show_inline(self.file_page.error_label, self.tr("Choose a file first."))
            return
        self._busy(True)
        service = self._service
        self._ctx.reads.submit(lambda: service.read(path, sheet), self._on_file_read,
                               self._on_file_failed, key=f"import-read:{id(self)}")

    def _on_file_read(self, table: object) -> None:
        assert isinstance(table, SheetTable)
        self._busy(False)
        self._table = table
        self.mapping_page.load(table, guess(self.file_page.entity(), table.headers))
        self._show(COLUMNS)

    def _on_file_failed(self, exc: Exception) -> None:
        self._busy(False)
        self._log_unexpected(exc)
        errors.show_inline(self.file_page.error_label, errors.describe(exc))

    def _build_preview(self) -> None:
        table, mapping, service = self._table, self.mapping_page.mapping(), self._service
        assert table is not None
        self._busy(True)
        self._ctx.reads.submit(lambda: service.preview(table, mapping), self._on_preview_built,
                               self._on_preview_failed, key=f"import-preview:{id(self)}")

    def _on_preview_built(self, preview: object) -> None:
        assert isinstance(preview, ImportPreview)
        self._busy(False)
        self._preview = preview
        self.preview_page.load(preview)
        self._show(CHECK)

    def _on_preview_failed(self, exc: Exception) -> None:
        self._busy(False)
        self._log_unexpected(exc)
        errors.show_inline(self.mapping_page.error_label, errors.describe(exc))

    # -- the import (write runner) --------------------------------------------------------------
    def _run(self) -> None:
        preview, service = self._preview, self._service
        assert preview is not None
        policies = self.duplicates_page.policies() if preview.groups else {}
        self._state = (0, 0)
        self._progress = progress = ImportProgress(self._store_progress)
        rejects = self._rejects_path(preview)
        self.run_page.start()
        self._show(RUN)
        self.close_button.setText(self.tr("Cancel"))
        self._timer.start()
        self._ctx.writes.submit(
            lambda: service.run(preview, policies, progress=progress, rejects_path=rejects,
                                describe=problem_text),
            self._on_run_done, self._on_run_failed)

    def _store_progress(self, done: int, total: int) -> None:
        self._state = (done, total)  # worker thread: plain data only, read by the timer

    def _on_timer_timeout(self) -> None:
        self.run_page.set_progress(*self._state)

    def _on_run_done(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self._finish()
        self.run_page.show_result(result)
        self.close_button.setText(self.tr("Close"))
        self.sig_imported.emit(result)
        self.sig_step_ready.emit(RUN)

    def _on_run_failed(self, exc: Exception) -> None:
        self._finish()
        self._log_unexpected(exc)
        self.run_page.show_error(errors.describe(exc))
        self.back_button.setVisible(isinstance(exc, ImportCancelled | CrmError))
        self.sig_step_ready.emit(RUN)

    def _finish(self) -> None:
        self._timer.stop()
        self._progress = None

    def _rejects_path(self, preview: ImportPreview) -> Path | None:
        path = self.file_page.path()
        if path is None or not preview.rejected:
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        name = self.tr("%1 - rejected %2").replace("%1", path.stem).replace("%2", stamp)
        return path.with_name(name + path.suffix)

    # -- helpers --------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        self.next_button.setText(self.tr("Reading…") if busy else self.tr("Next"))

    def _log_unexpected(self, exc: Exception) -> None:
        if not isinstance(exc, CrmError):
            log.error("import failed", exc_info=exc)

    def _on_run_page_cancel_requested(self) -> None:
        if self._progress is not None:
            self._progress.cancel()

    def reject(self) -> None:
        """While the import runs, closing means cancelling it first."""
        if self._progress is not None:
            self.run_page.cancel_button.click()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._progress is not None:
            self.run_page.cancel_button.click()
            event.ignore()
            return
        super().closeEvent(event)
