"""A layout for settings cards: as many equal columns as fit, wrapping to more rows when narrow."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from crm_desktop.ui.common.item_layout import ItemLayout


class CardFlow(ItemLayout):
    """Cards side by side while each column keeps `column_width` pixels, else in more rows.

    Every card in a row gets the same width and the row's height (the tallest card's height
    for that width), so wrapped text inside a card never widens the page. The minimum width is
    one card's, which is what lets a panel shrink to a laptop's width instead of scrolling
    sideways.
    """

    def __init__(self, parent: QWidget | None = None, *, column_width: int = 300,
                 spacing: int = 14, max_columns: int = 0, balanced: bool = False) -> None:
        """`balanced`: only as many columns as divide the cards evenly (3 cards: 3 or 1 per
        row, never 2 + 1; 4 cards: 4, 2 + 2 or 1)."""
        super().__init__(parent)
        self._column_width, self._gap, self._max_columns = column_width, spacing, max_columns
        self._balanced = balanced

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation.Horizontal

    def columns(self, width: int) -> int:
        """How many cards stand side by side in `width` pixels."""
        shown = len(self._visible())
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        fit = max(1, (inner + self._gap) // (self._column_width + self._gap))
        if self._max_columns:
            fit = min(fit, self._max_columns)
        fit = max(1, min(fit, shown))
        while self._balanced and shown % fit:
            fit -= 1
        return fit

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        shown = self._visible()
        columns = len(shown) if not self._max_columns else min(len(shown), self._max_columns)
        width = max(1, columns) * self._column_width + self._gap * max(columns - 1, 0)
        margins = self.contentsMargins()
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        area = self._inner(rect)
        items = self._visible()
        columns = self.columns(rect.width())
        width = max(1, (area.width() - self._gap * (columns - 1)) // columns)
        y = area.y()
        for start in range(0, len(items), columns):
            row = items[start:start + columns]
            height = max(_height(item, width) for item in row)
            if move:
                for index, item in enumerate(row):
                    item.setGeometry(QRect(area.x() + index * (width + self._gap), y,
                                           width, height))
            y += height + self._gap
        used = y - self._gap if items else y
        return used - rect.y() + self.contentsMargins().bottom()


def _height(item: QLayoutItem, width: int) -> int:
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return max(item.sizeHint().height(), item.minimumSize().height())
