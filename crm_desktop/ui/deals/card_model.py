"""One board column's cards: pages of 50 from BoardService.cards, keyset by (entered, id)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from crm_desktop.services.board import BoardCard, BoardFilter
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.payload import MIME_TYPE, DragPayload, encode

log = logging.getLogger(__name__)

PAGE_SIZE = 50
MAX_REFRESHED = 500  # a live refresh re-reads at most this many loaded cards
Index = QModelIndex | QPersistentModelIndex


def alive(obj: QObject) -> bool:
    """False once Qt deleted the object (a column replaced while its page was being read)."""
    return isValid(obj)


class CardRole(IntEnum):
    CARD = Qt.ItemDataRole.UserRole + 1  # the BoardCard


class DealCardModel(QAbstractListModel):
    """Holds the loaded BoardCards of one stage; `fetchMore` asks for the next page.

    Reads run on ctx.reads under one key per model, so after a reset (filter change, a move)
    a page of the previous query that arrives late is dropped.
    """

    sig_loading_changed = Signal(bool)
    """A page request started (True) or its answer arrived (False)."""
    sig_load_failed = Signal(object)
    """Reading a page failed with this exception."""

    def __init__(self, ctx: UiContext, stage_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self.stage_id = ctx, stage_id
        self._cards: list[BoardCard] = []
        self._filter = BoardFilter()
        self._exhausted = False
        self._loading = False
        self.pages_read = 0

    # -- queries ------------------------------------------------------------------------------
    def reset(self, flt: BoardFilter | None = None) -> None:
        """Forget the loaded cards and read the first page again (with a new filter)."""
        if flt is not None:
            self._filter = flt
        self.beginResetModel()
        self._cards = []
        self._exhausted = False
        self._loading = False
        self.endResetModel()
        self._request()

    def refresh(self) -> None:
        """Re-read the cards loaded so far (a change made elsewhere) and swap them in place:
        the view keeps its scroll position and the selected card, found by its id."""
        board, stage, flt = self._ctx.services.board, self.stage_id, self._filter
        count = min(max(PAGE_SIZE, len(self._cards)), MAX_REFRESHED)
        self._loading = True
        self.sig_loading_changed.emit(True)
        self._ctx.reads.submit(lambda: board.cards(stage, flt, None, count),
                               lambda result: self._on_refreshed(result, count),
                               self._on_failed, key=f"board-cards:{id(self)}")

    def holds(self, deal_ids: set[int]) -> bool:
        return any(card.id in deal_ids for card in self._cards)

    def is_loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        board, stage, flt = self._ctx.services.board, self.stage_id, self._filter
        last = self._cards[-1] if self._cards else None
        after = (last.stage_entered_at, last.id) if last is not None else None
        self._loading = True
        self.sig_loading_changed.emit(True)
        self._ctx.reads.submit(lambda: board.cards(stage, flt, after, PAGE_SIZE),
                               self._on_page, self._on_failed, key=f"board-cards:{id(self)}")

    def _on_page(self, result: object) -> None:
        assert isinstance(result, list)
        if not alive(self):
            return
        self._loading = False
        self.pages_read += 1
        self._exhausted = len(result) < PAGE_SIZE
        if result:
            first = len(self._cards)
            self.beginInsertRows(QModelIndex(), first, first + len(result) - 1)
            self._cards.extend(result)
            self.endInsertRows()
        self.sig_loading_changed.emit(False)

    def _on_refreshed(self, result: object, count: int) -> None:
        assert isinstance(result, list)
        if not alive(self):
            return
        self._loading = False
        self._exhausted = len(result) < count
        self._swap_in(result)
        self.sig_loading_changed.emit(False)

    def _swap_in(self, cards: list[BoardCard]) -> None:
        """Replace the cards: rows are added or removed at the end, then the new order is
        announced as a layout change that moves persistent indexes (the selection) by id."""
        old = self._cards
        if len(cards) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(cards) - 1)
            self._cards = old + cards[len(old):]
            self.endInsertRows()
        self.layoutAboutToBeChanged.emit()
        position = {card.id: row for row, card in enumerate(cards)}
        kept = cards + [card for card in self._cards if card.id not in position]
        padded = {card.id: row for row, card in enumerate(kept)}
        before = self.persistentIndexList()
        after = [self.index(padded[self._cards[index.row()].id], index.column())
                 if index.row() < len(self._cards) else QModelIndex() for index in before]
        self._cards = kept[:len(self._cards)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if len(self._cards) > len(cards):
            self.beginRemoveRows(QModelIndex(), len(cards), len(self._cards) - 1)
            self._cards = cards
            self.endRemoveRows()

    def _on_failed(self, exc: Exception) -> None:
        if not alive(self):
            return
        self._loading = False
        self._exhausted = True  # do not hammer a failing database while scrolling
        self.sig_loading_changed.emit(False)
        self.sig_load_failed.emit(exc)

    # -- data ---------------------------------------------------------------------------------
    def card(self, row: int) -> BoardCard:
        return self._cards[row]

    def cards(self) -> list[BoardCard]:
        return list(self._cards)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CardRole.CARD:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{card.title}\n{card.client_name}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        card = self._cards[indexes[0].row()]
        return encode(self.payload(card))

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def payload(self, card: BoardCard) -> DragPayload:
        return DragPayload(card.id, card.version, self.stage_id)
