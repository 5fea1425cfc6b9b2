"""The list of cards in one column: drags a card out as a QDrag, accepts deal cards dropped
from other columns and draws a drop indicator while a card hovers over it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from crm_desktop.ui import theme
from crm_desktop.ui.deals.card_delegate import DealCardDelegate
from crm_desktop.ui.deals.card_model import DealCardModel
from crm_desktop.ui.deals.payload import DragPayload, decode, encode


class CardListView(QListView):
    """Virtualised: the delegate paints only the visible cards; the model pages lazily."""

    sig_card_dropped = Signal(object)
    """A DragPayload from another column was dropped here."""
    sig_open_deal_requested = Signal(int)
    """A card was double-clicked or activated with Enter."""

    def __init__(self, model: DealCardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardCards")
        self.setModel(model)
        self.setItemDelegate(DealCardDelegate(self))
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)  # we draw our own over the whole column
        self.drop_active = False
        self.empty_text = ""

    def card_model(self) -> DealCardModel:
        model = self.model()
        assert isinstance(model, DealCardModel)
        return model

    # -- dragging out ---------------------------------------------------------------------------
    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        if not index.isValid():
            return
        model = self.card_model()
        drag = QDrag(self)
        drag.setMimeData(encode(model.payload(model.card(index.row()))))
        drag.setPixmap(self._card_pixmap(index))
        drag.setHotSpot(drag.pixmap().rect().center() / drag.pixmap().devicePixelRatio())
        drag.exec(Qt.DropAction.MoveAction)  # the board moves it through the service; the
        # card leaves this column only when the move succeeded and the column is re-read

    def _card_pixmap(self, index: QModelIndex) -> QPixmap:
        rect = self.visualRect(index)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(rect.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = rect.translated(-rect.topLeft())
        painter.setOpacity(0.9)
        self.itemDelegate().paint(painter, option, index)
        painter.end()
        return pixmap

    # -- dropping in ----------------------------------------------------------------------------
    def _accepts(self, payload: DragPayload | None) -> bool:
        return payload is not None and payload.stage_id != self.card_model().stage_id

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(decode(event.mimeData())):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._set_drop_active(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(decode(event.mimeData())):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self._set_drop_active(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self._set_drop_active(False)
        payload = decode(event.mimeData())
        if not self._accepts(payload):
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.sig_card_dropped.emit(payload)

    def _set_drop_active(self, active: bool) -> None:
        if self.drop_active != active:
            self.drop_active = active
            self.viewport().update()

    # -- painting -------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.drop_active and (self.model().rowCount() or not self.empty_text):
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.viewport().rect()).adjusted(6, 4, -6, -4)
        if self.drop_active:
            painter.setBrush(QColor(47, 91, 234, 18))
            painter.setPen(QPen(QColor(theme.ACCENT), 1.5, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(area, 8, 8)
        if not self.model().rowCount() and self.empty_text:
            painter.setPen(QColor("#9aa1ad"))
            painter.drawText(area.adjusted(0, 24, 0, 0),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.empty_text)
        painter.end()

    # -- opening --------------------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.sig_open_deal_requested.emit(self.card_model().card(index.row()).id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.sig_open_deal_requested.emit(self.card_model().card(index.row()).id)
            return
        super().keyPressEvent(event)
