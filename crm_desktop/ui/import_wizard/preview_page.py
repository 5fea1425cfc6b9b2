"""Step 3: every row before anything is written — what will be imported, what is rejected
and why (bad cells red with the reason in the tooltip)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.imports import ImportPreview
from crm_desktop.ui.import_wizard.preview_model import PreviewTableModel


class PreviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: PreviewTableModel | None = None
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.problems_only = QCheckBox(self.tr("Only rows with problems"))
        self.problems_only.setObjectName("problemsOnly")
        self.problems_only.toggled.connect(self._on_problems_only_toggled)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultSectionSize(150)
        self.view.verticalHeader().setDefaultSectionSize(26)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.problems_only)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def load(self, preview: ImportPreview) -> None:
        self.model = PreviewTableModel(preview, self)
        self.view.setModel(self.model)
        self.problems_only.setChecked(False)
        total, rejected = len(preview.rows), preview.rejected
        text = self.tr("%n row(s) in the file", "", total) + " · " + self.tr(
            "%n ready to import", "", preview.accepted)
        if rejected:
            text += " · " + self.tr("%n will be rejected (red cells; point at one to see why)",
                                    "", rejected)
        if preview.warnings:
            text += " · " + self.tr("%n with warnings (amber: the value is left out)", "",
                                    preview.warnings)
        self.summary.setText(text)
        self.problems_only.setEnabled(bool(rejected or preview.warnings))

    def _on_problems_only_toggled(self, checked: bool) -> None:
        if self.model is not None:
            self.model.show_problems_only(checked)
