"""A layout that places its items left to right and wraps to a new row when out of width."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from crm_desktop.ui.common.item_layout import ItemLayout


class FlowLayout(ItemLayout):
    """Items keep their size hints; a row that does not fit moves down as a whole item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8,
                 row_spacing: int = 8) -> None:
        super().__init__(parent)
        self._spacing, self._row_spacing = spacing, row_spacing

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._spacing * max(self.count() - 1, 0)
        return QSize(width, self.minimumSize().height())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        area = self._inner(rect)
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, QSize]] = []
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if row and x + hint.width() > area.right() + 1:
                self._place(row, area.x(), y, row_height, move)
                x, y = area.x(), y + row_height + self._row_spacing
                row, row_height = [], 0
            row.append((item, hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        self._place(row, area.x(), y, row_height, move)
        return y + row_height - rect.y() + self.contentsMargins().bottom()

    def _place(self, row: list[tuple[QLayoutItem, QSize]], x: int, y: int, height: int,
               move: bool) -> None:
        if not move:
            return
        for item, hint in row:
            top = y + (height - hint.height()) // 2  # a row's items share one centre line
            item.setGeometry(QRect(QPoint(x, top), hint))
            x += hint.width() + self._spacing
