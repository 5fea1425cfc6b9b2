"""A list item painted as an icon, a title, a muted subtitle and an optional badge on the right."""

from __future__ import annotations

import enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from crm_desktop.ui import theme

Index = QModelIndex | QPersistentModelIndex
ROW_HEIGHT = 52
ICON = 18
PAD = 12
LINE_GAP = 2


class ItemRole(enum.IntEnum):
    TITLE = Qt.ItemDataRole.UserRole + 1
    SUBTITLE = Qt.ItemDataRole.UserRole + 2
    BADGE = Qt.ItemDataRole.UserRole + 3
    CLIENT_ID = Qt.ItemDataRole.UserRole + 4
    PAYLOAD = Qt.ItemDataRole.UserRole + 5
    DETAIL = Qt.ItemDataRole.UserRole + 6  # a third, smaller line
    DETAIL_TAIL = Qt.ItemDataRole.UserRole + 7  # kept whole at the detail line's end (a time)


class TwoLineDelegate(QStyledItemDelegate):
    """Paints search hits and feed entries; reads only the item's data, never fetches."""

    def __init__(self, parent: QWidget | None = None, row_height: int = ROW_HEIGHT, *,
                 bold_title: bool = True) -> None:
        super().__init__(parent)
        self._row_height, self._bold_title = row_height, bold_title

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), self._row_height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eaf0ff" if selected else "#f3f5f9"))
            painter.drawRoundedRect(rect.adjusted(4, 2, -4, -2), 6, 6)
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        left = rect.left() + PAD
        if isinstance(icon, QIcon):
            icon.paint(painter, QRect(left, rect.top() + (rect.height() - ICON) // 2, ICON, ICON))
            left += ICON + 10
        right = rect.right() - PAD
        badge = index.data(ItemRole.BADGE)
        if badge:
            right = self._paint_badge(painter, option, str(badge), right, rect)
        width = max(0, right - left)
        lines = self._lines(option, index, selected)
        tail = str(index.data(ItemRole.DETAIL_TAIL) or "")
        height = sum(QFontMetrics(font).height() for _text, font, _color in lines) \
            + LINE_GAP * (len(lines) - 1)
        top = rect.top() + (rect.height() - height) // 2
        for number, (text, font, color) in enumerate(lines):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(color)
            is_detail = bool(tail) and number == len(lines) - 1 and number > 0
            shown = elide_keeping_tail(metrics, text, tail, width) if is_detail \
                else metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, top, width, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             shown)
            top += metrics.height() + LINE_GAP
        painter.restore()

    def _lines(self, option: QStyleOptionViewItem, index: Index,
               selected: bool) -> list[tuple[str, QFont, QColor]]:
        """Title (bold), subtitle (muted; plain text colour when a detail line follows), detail."""
        title = str(index.data(ItemRole.TITLE) or index.data(Qt.ItemDataRole.DisplayRole) or "")
        subtitle = str(index.data(ItemRole.SUBTITLE) or "")
        detail = str(index.data(ItemRole.DETAIL) or "")
        has_detail = bool(detail or index.data(ItemRole.DETAIL_TAIL))
        text_color = option.palette.color(QPalette.ColorRole.Text)
        title_font = QFont(option.font)
        if self._bold_title or selected:
            title_font.setWeight(QFont.Weight.DemiBold)
        title_color = QColor(theme.ACCENT) if selected and not self._bold_title else text_color
        lines = [(title, title_font, title_color)]
        if subtitle:
            lines.append((subtitle, QFont(option.font), text_color if has_detail
                          else QColor(theme.MUTED)))
        if has_detail:
            small = QFont(option.font)
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
            lines.append((detail, small, QColor(theme.MUTED)))
        return lines

    @staticmethod
    def _paint_badge(painter: QPainter, option: QStyleOptionViewItem, text: str, right: int,
                     rect: QRect) -> int:
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        width, height = metrics.horizontalAdvance(text) + 14, metrics.height() + 4
        box = QRect(right - width, rect.top() + (rect.height() - height) // 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eef1f6"))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(QColor("#4b5563"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        return box.left() - 10


def elide_keeping_tail(metrics: QFontMetrics, text: str, tail: str, width: int) -> str:
    """`text · tail` in `width` pixels: `text` gives way (ending in "…") before `tail` does."""
    if not text:
        return metrics.elidedText(tail, Qt.TextElideMode.ElideRight, width)
    joint = f" · {tail}"
    room = width - metrics.horizontalAdvance(joint)
    if room < metrics.horizontalAdvance("…") * 3:
        return metrics.elidedText(text + joint, Qt.TextElideMode.ElideRight, width)
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) + joint
