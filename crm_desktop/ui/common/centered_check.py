"""Check-box cells with the box in the middle of the cell, under a centred or rotated header
(item views put it at the left edge); a click anywhere in the cell toggles it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


def is_checked(index: Index) -> bool:
    value = index.data(Qt.ItemDataRole.CheckStateRole)
    return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)


class CenteredCheckDelegate(QStyledItemDelegate):
    """For columns whose items hold only a check state."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is None:
            super().paint(painter, option, index)
            return
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, widget)
        box = QStyleOptionViewItem(item)
        box.rect = self.check_rect(item)
        box.state &= ~(QStyle.StateFlag.State_On | QStyle.StateFlag.State_Off)
        box.state |= QStyle.StateFlag.State_On if is_checked(index) \
            else QStyle.StateFlag.State_Off
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box, painter,
                            widget)

    def check_rect(self, option: QStyleOptionViewItem) -> QRect:
        """Where the box is drawn: its natural size, centred in the cell."""
        widget = option.widget
        style = widget.style() if widget is not None else None
        side = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, widget) \
            if style is not None else 13
        rect = QRect(0, 0, side, side)
        rect.moveCenter(option.rect.center())
        return rect

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,  # noqa: N802 - Qt override
                    option: QStyleOptionViewItem, index: Index) -> bool:
        flags = model.flags(index)
        if not (flags & Qt.ItemFlag.ItemIsUserCheckable and flags & Qt.ItemFlag.ItemIsEnabled):
            return False
        if event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            new = Qt.CheckState.Unchecked if is_checked(index) else Qt.CheckState.Checked
            return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # the release toggles; a double click must not toggle twice
        return super().editorEvent(event, model, option, index)
