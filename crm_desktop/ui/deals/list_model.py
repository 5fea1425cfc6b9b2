"""The List view of the board's deals: stage by stage, pages of 50 from BoardService.cards.

Nothing is loaded in bulk: the table asks for more rows as it scrolls (canFetchMore /
fetchMore), and the model walks the stages in board order with the same keyset cursor.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from crm_desktop.services.board import BoardCard, BoardFilter, ColumnSummary
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.ui.clients.formatting import short_person
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deals.card_model import alive
from crm_desktop.ui.deals.format import days_text, money_short

PAGE_SIZE = 50
Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("DealList", "Deal"),
    QT_TRANSLATE_NOOP("DealList", "Client"),
    QT_TRANSLATE_NOOP("DealList", "Stage"),
    QT_TRANSLATE_NOOP("DealList", "Amount"),
    QT_TRANSLATE_NOOP("DealList", "Manager"),
    QT_TRANSLATE_NOOP("DealList", "In stage"),
)
AMOUNT, DAYS = 3, 5


@dataclass(frozen=True, slots=True)
class ListRow:
    card: BoardCard
    stage_id: int
    stage: str


class DealListModel(QAbstractTableModel):
    sig_loading_changed = Signal(bool)
    """A page request started (True) or its answer arrived (False)."""
    sig_load_failed = Signal(object)
    """Reading a page failed with this exception."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[ListRow] = []
        self._stages: list[ColumnSummary] = []
        self._filter = BoardFilter()
        self._stage_index = 0
        self._loading = False

    def set_query(self, stages: list[ColumnSummary], flt: BoardFilter) -> None:
        self.beginResetModel()
        self._rows, self._stages, self._filter = [], list(stages), flt
        self._stage_index, self._loading = 0, False
        self.endResetModel()
        if self._stages:
            self._request()

    def is_loading(self) -> bool:
        return self._loading

    def deal_id(self, row: int) -> int:
        return self._rows[row].card.id

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return (not parent.isValid() and not self._loading
                and self._stage_index < len(self._stages))

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        board, flt = self._ctx.services.board, self._filter
        stage = self._stages[self._stage_index]
        last = self._rows[-1].card if self._rows and self._rows[-1].stage_id == stage.stage_id \
            else None
        after = (last.stage_entered_at, last.id) if last is not None else None
        self._loading = True
        self.sig_loading_changed.emit(True)
        self._ctx.reads.submit(lambda: board.cards(stage.stage_id, flt, after, PAGE_SIZE),
                               lambda result: self._on_page(result, stage), self._on_failed,
                               key=f"deal-list:{id(self)}")

    def _on_page(self, result: object, stage: ColumnSummary) -> None:
        assert isinstance(result, list)
        if not alive(self):
            return
        self._loading = False
        if result:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(result) - 1)
            self._rows.extend(ListRow(card, stage.stage_id, stage.name) for card in result)
            self.endInsertRows()
        if len(result) < PAGE_SIZE:  # this stage is done: go on with the next one
            self._stage_index += 1
            if self._stage_index < len(self._stages) and len(result) < PAGE_SIZE // 2:
                self._request()  # fill the screen without waiting for a scroll
                return
        self.sig_loading_changed.emit(False)

    def _on_failed(self, exc: Exception) -> None:
        if not alive(self):
            return
        self._loading = False
        self._stage_index = len(self._stages)
        self.sig_loading_changed.emit(False)
        self.sig_load_failed.emit(exc)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DealList", HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        card = row.card
        if role == Qt.ItemDataRole.DisplayRole:  # the manager as on the board's cards
            return (card.title, card.client_name, row.stage,
                    money_short(card.amount, card.currency), short_person(card.manager_name),
                    days_text(card.days_in_stage))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and card.has_overdue_task and column in (0, DAYS):
            return QColor("#dc2626")
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell that may be elided
            whole = (card.title, card.client_name, row.stage, "", card.manager_name or "",
                     "")[column]
            if card.has_overdue_task:
                overdue = QCoreApplication.translate("DealList", "The deal has an overdue task")
                return f"{whole}\n{overdue}" if whole else overdue
            return whole or None
        return None


def _alignment(column: int) -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if column in (AMOUNT, DAYS) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignVCenter
