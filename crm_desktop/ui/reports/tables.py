"""Small read-only tables of aggregated rows (a report has tens of rows, not millions)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
DATA_ROLE = Qt.ItemDataRole.UserRole


class ReportTable(QTableWidget):
    """Header labels set once; `fill` replaces the rows; the first column stretches.

    With `grow_to_rows` the table grows with its rows up to that many before it scrolls.
    """

    def __init__(self, object_name: str, headers: Sequence[str], visible_rows: int = 8,
                 grow_to_rows: int = 0) -> None:
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
        self._visible_rows, self._grow_to_rows = visible_rows, grow_to_rows
        self.setMinimumHeight(32 + 26 * visible_rows)

    def fill(self, rows: Sequence[Sequence[str]], data: Sequence[object] | None = None,
             bold_last: bool = False, tips: Sequence[str] | None = None) -> None:
        """Replace the rows; `tips` are the first column's tooltips (e.g. full names)."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(LEFT if c == 0 else RIGHT)
                if data is not None and r < len(data):
                    item.setData(DATA_ROLE, data[r])
                if c == 0:
                    item.setToolTip(tips[r] if tips is not None and r < len(tips) else text)
                if bold_last and r == len(rows) - 1:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.setItem(r, c, item)
        if self._grow_to_rows:  # short reports show every row without an inner scroll bar
            shown = min(max(len(rows), self._visible_rows), self._grow_to_rows)
            self.setMinimumHeight(self.horizontalHeader().height() + 26 * shown + 4)
        first = self.horizontalHeaderItem(0)
        if first is not None:
            first.setTextAlignment(LEFT)

    def texts(self, column: int) -> list[str]:
        items = (self.item(r, column) for r in range(self.rowCount()))
        return [item.text() if item is not None else "" for item in items]
