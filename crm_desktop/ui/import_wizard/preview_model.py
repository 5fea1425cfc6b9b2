"""The file's rows as the import sees them: bad cells red, cells with a warning amber, the
problem in the tooltip; optionally only the rows that have problems."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.services.imports import FIELDS, ImportPreview, Problem
from crm_desktop.ui.import_wizard.texts import field_label, problem_text

ERROR_BACKGROUND = QColor("#fde2e2")
ERROR_TEXT = QColor("#b91c1c")
WARNING_BACKGROUND = QColor("#fff4d6")
SKIPPED_TEXT = QColor("#9aa1ad")

Index = QModelIndex | QPersistentModelIndex


class PreviewTableModel(QAbstractTableModel):
    """Reads only memory: the preview holds the whole table and every row's problems."""

    def __init__(self, preview: ImportPreview, parent: Any = None) -> None:
        super().__init__(parent)
        self._preview = preview
        self._rows = list(range(len(preview.rows)))
        labels = {f.key: field_label(f) for f in FIELDS[preview.entity]}
        self._fields = [labels.get(k or "", "") for k in preview.mapping.fields]

    def show_problems_only(self, only: bool) -> None:
        self.beginResetModel()
        rows = self._preview.rows
        self._rows = [i for i in range(len(rows)) if rows[i].problems] if only \
            else list(range(len(rows)))
        self.endResetModel()

    def row_index(self, row: int) -> int:
        """The table row (index into the preview) shown at `row`."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._preview.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            header = self._preview.table.headers[section]
            field = self._fields[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{header}\n→ {field}" if field else header
            if role == Qt.ItemDataRole.ForegroundRole and not field:
                return QBrush(SKIPPED_TEXT)
            return None
        index = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self._preview.table.row_numbers[index])
        problems = [p for p in self._preview.rows[index].problems if p.column < 0]
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problem_text(p) for p in problems)
        if role == Qt.ItemDataRole.ForegroundRole and not self._preview.rows[index].ok:
            return QBrush(ERROR_TEXT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_index = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            cells = self._preview.table.rows[row_index]
            return cells[column].replace("\n", " ⏎ ") if column < len(cells) else ""
        problems = self._cell_problems(row_index, column)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problem_text(p) for p in problems)
        if role == Qt.ItemDataRole.BackgroundRole and problems:
            warning = all(p.warning for p in problems)
            return QBrush(WARNING_BACKGROUND if warning else ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if problems and not all(p.warning for p in problems):
                return QBrush(ERROR_TEXT)
            if not self._fields[column]:
                return QBrush(SKIPPED_TEXT)
        return None

    def cell_problems(self, row: int, column: int) -> list[Problem]:
        """Problems of the cell shown at (row, column) — for tests and the status line."""
        return self._cell_problems(self._rows[row], column)

    def _cell_problems(self, row_index: int, column: int) -> list[Problem]:
        return [p for p in self._preview.rows[row_index].problems if p.column == column]
