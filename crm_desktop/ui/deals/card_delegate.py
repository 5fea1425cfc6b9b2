"""Paints a deal card: rounded white card, title, client, amount, manager, days in stage, and a
red mark when the deal has an overdue task. Paints only what it is given; never fetches."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.board import BoardCard
from crm_desktop.ui import theme
from crm_desktop.ui.clients.formatting import short_person
from crm_desktop.ui.deals.card_model import CardRole
from crm_desktop.ui.deals.format import days_text, money_short

CARD_HEIGHT = 108
MARGIN_X, MARGIN_Y, PAD, RADIUS = 8, 5, 12, 8
BORDER, HOVER, OVERDUE, MUTED = "#e4e7ec", "#b9c7f5", "#dc2626", "#6b7280"
Index = QModelIndex | QPersistentModelIndex


class DealCardDelegate(QStyledItemDelegate):
    """Fixed-height cards, so the list view can lay out thousands without measuring them."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(max(option.rect.width(), 200), CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        card = index.data(CardRole.CARD)
        if not isinstance(card, BoardCard):
            return
        rect = QRect(option.rect).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._card_shape(painter, rect, card, bool(state & QStyle.StateFlag.State_Selected),
                         bool(state & QStyle.StateFlag.State_MouseOver))
        self._texts(painter, rect, card, option.font)
        painter.restore()

    @staticmethod
    def _card_shape(painter: QPainter, rect: QRect, card: BoardCard, selected: bool,
                    hover: bool) -> None:
        path = QPainterPath()
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
        if selected or hover:  # a soft shadow under a lifted card
            shadow = QPainterPath()
            shadow.addRoundedRect(QRectF(rect).translated(0, 2), RADIUS, RADIUS)
            painter.fillPath(shadow, QColor(31, 36, 48, 18))
        painter.fillPath(path, QColor("#ffffff"))
        color = theme.ACCENT if selected else HOVER if hover else BORDER
        painter.setPen(QPen(QColor(color), 1.5 if selected else 1.0))
        painter.drawPath(path)
        if card.has_overdue_task:  # a red stripe along the left edge
            stripe = QPainterPath()
            stripe.addRoundedRect(QRectF(rect.left() + 1, rect.top() + 8, 3, rect.height() - 16),
                                  1.5, 1.5)
            painter.fillPath(stripe, QColor(OVERDUE))

    @staticmethod
    def _texts(painter: QPainter, rect: QRect, card: BoardCard, base: QFont) -> None:
        inner = rect.adjusted(PAD, 10, -PAD, -10)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() - 1))
        title_right = inner.right() - (22 if card.has_overdue_task else 0)
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT))
        metrics = QFontMetrics(bold)
        line = metrics.height()
        title = metrics.elidedText(card.title, Qt.TextElideMode.ElideRight,
                                   title_right - inner.left())
        painter.drawText(QRect(inner.left(), inner.top(), title_right - inner.left(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        if card.has_overdue_task:
            painter.drawPixmap(QPointF(inner.right() - 16, inner.top() + (line - 16) / 2),
                               _icon("overdue", OVERDUE, 16))
        painter.setFont(base)
        painter.setPen(QColor(MUTED))
        client = QFontMetrics(base).elidedText(card.client_name, Qt.TextElideMode.ElideRight,
                                               inner.width())
        top = inner.top() + line + 2
        painter.drawText(QRect(inner.left(), top, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, client)
        top += line + 6
        painter.setFont(bold)
        painter.setPen(QColor(theme.TEXT))
        painter.drawText(QRect(inner.left(), top, inner.width(), line),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         money_short(card.amount, card.currency))
        bottom = QRect(inner.left(), inner.bottom() - line + 2, inner.width(), line)
        painter.setFont(small)
        painter.setPen(QColor(OVERDUE if card.has_overdue_task else MUTED))
        days = days_text(card.days_in_stage)
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         days)
        painter.setPen(QColor(MUTED))
        width = bottom.width() - QFontMetrics(small).horizontalAdvance(days) - 12
        manager = QFontMetrics(small).elidedText(short_person(card.manager_name) or "—",
                                                 Qt.TextElideMode.ElideRight, width)
        painter.drawPixmap(QPointF(bottom.left(), bottom.top() + (line - 14) / 2),
                           _icon("user", MUTED, 14))
        painter.drawText(bottom.adjusted(18, 0, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, manager)

_icons: dict[tuple[str, str, int], QPixmap] = {}


def _icon(name: str, color: str, size: int) -> QPixmap:
    """Icons rendered once (painting thousands of cards must not re-render SVG)."""
    key = (name, color, size)
    if key not in _icons:
        _icons[key] = theme.pixmap(name, color, size)
    return _icons[key]
