"""Step 4: the duplicate groups — rows repeating each other or a card already in the base —
each with what to do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.imports import DuplicateGroup, DuplicatePolicy, ImportPreview
from crm_desktop.ui.import_wizard.texts import key_text, policy_text

SHOWN_NAMES = 3


class DuplicatesPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[DuplicateGroup] = []
        self.summary = QLabel()
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)
        self.all_combo = QComboBox()
        self.all_combo.setObjectName("policyForAll")
        for policy in DuplicatePolicy:
            self.all_combo.addItem(policy_text(policy, True), policy)
        self.apply_button = QPushButton(self.tr("Apply to all"))
        self.apply_button.setObjectName("applyPolicyToAll")
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self.grid = QTableWidget(0, 4)
        self.grid.setObjectName("duplicateGroups")
        self.grid.setHorizontalHeaderLabels([self.tr("Rows"), self.tr("Same"),
                                              self.tr("Already in the base"), self.tr("Action")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(34)
        self.grid.setShowGrid(False)
        self.grid.setAlternatingRowColors(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.grid.setColumnWidth(3, 300)
        bulk = QHBoxLayout()
        bulk.addWidget(self.summary, 1)
        bulk.addWidget(self.all_combo)
        bulk.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(bulk)
        layout.addWidget(self.grid, 1)

    def load(self, preview: ImportPreview) -> None:
        self._groups = list(preview.groups)
        in_base = sum(1 for g in self._groups if g.in_base)
        self.summary.setText(
            self.tr("%n group(s) of rows that are the same client", "", len(self._groups))
            + " · " + self.tr("%n match a card already in the base", "", in_base))
        self.grid.setRowCount(len(self._groups))
        numbers = preview.table.row_numbers
        for row, group in enumerate(self._groups):
            rows = ", ".join(str(numbers[i]) for i in group.rows)
            existing = [e.name if e.visible and e.name else self.tr("another manager's card")
                        for e in group.existing]
            if len(existing) > SHOWN_NAMES:
                existing = [*existing[:SHOWN_NAMES], "…"]
            for column, text in enumerate(
                    (rows, ", ".join(key_text(k) for k in group.keys), "; ".join(existing))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(text)
                self.grid.setItem(row, column, item)
            combo = QComboBox()
            for policy in DuplicatePolicy:
                combo.addItem(policy_text(policy, group.in_base), policy)
            combo.setCurrentIndex(combo.findData(preview.default_policy(group)))
            self.grid.setCellWidget(row, 3, combo)

    def policy_combo(self, row: int) -> QComboBox:
        widget = self.grid.cellWidget(row, 3)
        assert isinstance(widget, QComboBox)
        return widget

    def policies(self) -> dict[int, DuplicatePolicy]:
        return {g.id: DuplicatePolicy(self.policy_combo(row).currentData())
                for row, g in enumerate(self._groups)}

    def _on_apply_clicked(self) -> None:
        policy = self.all_combo.currentData()
        for row in range(self.grid.rowCount()):
            combo = self.policy_combo(row)
            combo.setCurrentIndex(combo.findData(policy))
