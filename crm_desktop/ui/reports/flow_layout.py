"""A layout that places its items left to right and wraps to a new row when out of width."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items keep their size hints; a row that does not fit moves down as a whole item."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8,
                 row_spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing = spacing, row_spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = sum(i.sizeHint().width() for i in self._items if not i.isEmpty())
        width += self._spacing * max(self.count() - 1, 0)
        return QSize(width, self.minimumSize().height())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
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
        return y + row_height - rect.y() + margins.bottom()

    def _place(self, row: list[tuple[QLayoutItem, QSize]], x: int, y: int, height: int,
               move: bool) -> None:
        if not move:
            return
        for item, hint in row:
            top = y + (height - hint.height()) // 2  # a row's items share one centre line
            item.setGeometry(QRect(QPoint(x, top), hint))
            x += hint.width() + self._spacing
