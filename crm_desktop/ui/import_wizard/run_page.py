"""Steps 5 and 6: the import running (progress, Cancel) and its result with the counts and a
link to the report of rejected rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.imports import ImportResult
from crm_desktop.ui.forms import error_label


class RunPage(QWidget):
    sig_cancel_requested = Signal()
    """Cancel was clicked while the import runs: nothing will be written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._progress_panel())
        self.stack.addWidget(self._result_panel())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)

    def _progress_panel(self) -> QWidget:
        panel = QWidget()
        self.status = QLabel(self.tr("Importing… Nothing is saved until every row is written."))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.error_label = error_label("importRunError", "form")
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.error_label)
        layout.addStretch(2)
        return panel

    def _result_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("dialogCard")
        self.result_title = QLabel()
        self.result_title.setObjectName("dialogTitle")
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(32)
        form.setVerticalSpacing(10)
        for key, label in (("created", self.tr("New records")),
                           ("updated", self.tr("Existing cards updated")),
                           ("merged", self.tr("Rows merged into another record")),
                           ("skipped", self.tr("Duplicates skipped")),
                           ("rejected", self.tr("Rows rejected"))):
            value = QLabel()
            value.setObjectName(f"{key}Count")
            value.setStyleSheet("font-size: 15px; font-weight: 600;")
            self.counts[key] = value
            form.addRow(label, value)
        self.report_link = QLabel()
        self.report_link.setObjectName("rejectReportLink")
        self.report_link.setWordWrap(True)
        self.report_link.setTextFormat(Qt.TextFormat.RichText)
        self.report_link.linkActivated.connect(
            lambda url: QDesktopServices.openUrl(QUrl(url)))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self.result_title)
        layout.addLayout(form)
        layout.addWidget(self.report_link)
        layout.addStretch(1)
        return panel

    def start(self) -> None:
        self.stack.setCurrentIndex(0)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.error_label.hide()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_error(self, text: str) -> None:
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.error_label.setText(text)
        self.error_label.show()

    def show_result(self, result: ImportResult) -> None:
        self.stack.setCurrentIndex(1)
        self.result_title.setText(self.tr("Import finished") if not result.rejected
                                  else self.tr("Import finished with rejected rows"))
        for key, label in self.counts.items():
            label.setText(f"{getattr(result, key):,}".replace(",", " "))
        if result.reject_file is not None:
            url = QUrl.fromLocalFile(str(result.reject_file)).toString()
            self.report_link.setText(self.tr(
                "The rejected rows and the reasons are in <a href=\"%1\">%2</a>: fix them "
                "there and import that file again.").replace("%1", url).replace(
                    "%2", Path(result.reject_file).name))
        else:
            self.report_link.setText("")

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling… nothing will be saved."))
        self.sig_cancel_requested.emit()
