"""Step 1: what is imported, from which file and sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.imports import ImportEntity
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.import_wizard.texts import entity_text


class FilePage(QWidget):
    sig_file_chosen = Signal(str)
    """A file was picked (its path): the wizard reads its sheets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity_combo = QComboBox()
        self.entity_combo.setObjectName("importEntity")
        for entity in ImportEntity:
            self.entity_combo.addItem(entity_text(entity), entity)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("An .xlsx workbook or a .csv file"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.error_label = error_label("importFileError", "form")
        picker = QHBoxLayout()
        picker.addWidget(self.path_edit, 1)
        picker.addWidget(self.browse_button)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Import"), self.entity_combo)
        form.addRow(self.tr("File"), picker)
        form.addRow(self.sheet_label, self.sheet_combo)
        hint = QLabel(self.tr(
            "The first row with column names is the header; title rows above it are skipped. "
            "CSV files may be in UTF-8 or Windows-1251, with ; , or tabs between the values. "
            "Formulas are imported as the values Excel computed."))
        hint.setObjectName("dialogSubtitle")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(14)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.set_sheets(())

    def entity(self) -> ImportEntity:
        return ImportEntity(self.entity_combo.currentData())

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    def sheet(self) -> str | None:
        return (self.sheet_combo.currentText() or None) if self.sheet_combo.count() > 1 else None

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)
        self.error_label.hide()
        self.set_sheets(())
        self.sig_file_chosen.emit(path)

    def set_sheets(self, names: tuple[str, ...]) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(names))
        self.sheet_combo.setVisible(len(names) > 1)
        self.sheet_label.setVisible(len(names) > 1)

    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to import"), "",
            self.tr("Spreadsheets (*.xlsx *.csv *.txt);;All files (*)"))
        if path:
            self.set_path(path)
