"""Small read-only tables of aggregated rows (a report has tens of rows, not millions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
DATA_ROLE = Qt.ItemDataRole.UserRole


class ReportTable(QTableWidget):
    """Header labels set once; `fill` replaces the rows; the first column stretches."""

    def __init__(self, object_name: str, headers: Sequence[str], visible_rows: int = 8) -> None:
        super().__init__(0, len(headers))
        self.setObjectName(object_name)
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(RIGHT)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setMinimumHeight(32 + 26 * visible_rows)

    def fill(self, rows: Sequence[Sequence[str]], data: Sequence[object] | None = None,
             bold_last: bool = False) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(LEFT if c == 0 else RIGHT)
                if data is not None and r < len(data):
                    item.setData(DATA_ROLE, data[r])
                if bold_last and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        first = self.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(LEFT)

    def texts(self, column: int) -> list[str]:
        items = (self.item(r, column) for r in range(self.rowCount()))
        return [item.text() if item is not None else "" for item in items]
