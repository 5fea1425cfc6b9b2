"""The client list as a lazy Qt table model: keyset pages of 200 rows arrive on the reads runner.

Only what was scrolled is kept (a list of ClientRow plus the starred ids of those rows). Sorting
and filtering happen in SQL through ClientListService; a new query drops the rows and starts
from the first page. While a page is loading one placeholder row is shown at the end.
"""

from __future__ import annotations

import enum
import logging
from functools import cache
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_sort import ClientSort, Cursor
from crm_desktop.ui import theme
from crm_desktop.ui.clients.columns import COLUMNS, STAR
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.labels import STATUS_COLORS

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
MAX_PAGE_SIZE = 5000


def next_page_size(loaded: int) -> int:
    """Pages grow with what is already loaded, so scrolling far takes few round trips
    (200, 200, … then a quarter of the loaded rows, at most MAX_PAGE_SIZE)."""
    return max(PAGE_SIZE, min(MAX_PAGE_SIZE, loaded // 4))
_DISPLAY = Qt.ItemDataRole.DisplayRole
STAR_COLOR = "#f59e0b"


class ClientRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    STARRED = Qt.ItemDataRole.UserRole + 3
    PLACEHOLDER = Qt.ItemDataRole.UserRole + 4


class ClientTableModel(QAbstractTableModel):
    """Rows of ClientListService.sorted_page, fetched lazily; the newest query wins."""

    sig_loading_changed = Signal(bool)
    """True while a page is being read, False when it has arrived (or failed)."""
    sig_load_failed = Signal(object)
    """Reading a page failed with this exception; the rows loaded so far stay."""
    sig_favorite_changed = Signal(int, bool)
    """The star of this client was saved in this state."""

    def __init__(self, ctx: UiContext, reference: ReferenceData,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._reference = ctx, reference
        self._rows: list[ClientRow] = []
        self._starred: set[int] = set()
        self._cursor: Cursor | None = None
        self._exhausted = True  # nothing to fetch until the first query
        self._busy = False  # a page (or a refresh) is being read
        self._placeholder = False  # the extra "Loading…" row is shown
        self._generation = 0
        self._key = f"client-table:{id(self)}"
        self.client_sort = ClientSort()
        self.client_filter = ClientFilter()
        reference.sig_loaded.connect(self._on_reference_loaded)

    # -- queries ------------------------------------------------------------------------------
    def set_query(self, sort: ClientSort, flt: ClientFilter) -> None:
        """Show the clients matching `flt` in `sort` order, from the first page."""
        self.client_sort, self.client_filter = sort, flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows, self._starred, self._cursor = [], set(), None
        self._exhausted, self._placeholder = False, True
        self.endResetModel()
        self._submit(None, PAGE_SIZE, replace_all=False)

    def refresh_loaded(self) -> None:
        """Re-read as many rows as are loaded now (after a save), keeping the scroll position."""
        self._generation += 1
        self._submit(None, max(PAGE_SIZE, len(self._rows)), replace_all=True)

    def is_loading(self) -> bool:
        return self._busy

    def loaded_count(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> ClientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == client_id), -1)

    # -- favourites ---------------------------------------------------------------------------
    def toggle_star(self, row: int) -> None:
        """Flip the star at once; the write runs in the background and is undone if it fails."""
        client = self.row_at(row)
        if client is None:
            return
        starred = client.id not in self._starred
        self._set_starred(client.id, starred)
        favorites = self._ctx.services.favorites
        self._ctx.writes.submit(
            lambda: favorites.star(client.id, starred),
            lambda _state: self.sig_favorite_changed.emit(client.id, starred),
            lambda exc: self._on_star_failed(client.id, not starred, exc))

    def _set_starred(self, client_id: int, starred: bool) -> None:
        if starred:
            self._starred.add(client_id)
        else:
            self._starred.discard(client_id)
        row = self.row_of(client_id)
        if row >= 0:
            index = self.index(row, STAR)
            self.dataChanged.emit(index, index)

    def _on_star_failed(self, client_id: int, previous: bool, exc: Exception) -> None:
        self._set_starred(client_id, previous)
        self.sig_load_failed.emit(exc)

    # -- loading ------------------------------------------------------------------------------
    def _submit(self, after: Cursor | None, limit: int, *, replace_all: bool) -> None:
        client_list, favorites = self._ctx.services.client_list, self._ctx.services.favorites
        sort, flt, generation = self.client_sort, self.client_filter, self._generation

        def work() -> tuple[list[ClientRow], Cursor | None, set[int]]:
            rows, cursor = client_list.sorted_page(sort, flt, after, limit)
            return rows, cursor, favorites.ids([r.id for r in rows])

        self._set_busy(True)
        self._ctx.reads.submit(
            work,
            lambda result: self._on_page(generation, result, replace_all),
            lambda exc: self._on_failed(generation, exc),
            key=self._key)

    def _on_page(self, generation: int, result: object, replace_all: bool) -> None:
        if generation != self._generation:
            return
        rows, cursor, starred = cast(tuple[list[ClientRow], Cursor | None, set[int]], result)
        self._drop_placeholder()
        if replace_all:
            self._replace_rows(rows, starred)
        else:
            self._append_rows(rows, starred)
        self._cursor = cursor
        self._exhausted = cursor is None
        self._set_busy(False)

    def _append_rows(self, rows: list[ClientRow], starred: set[int]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._starred |= starred
        self.endInsertRows()

    def _replace_rows(self, rows: list[ClientRow], starred: set[int]) -> None:
        """Swap in fresh rows without a reset: changed rows, then rows added/removed at the end."""
        old, new = len(self._rows), len(rows)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._rows[new:]
            self.endRemoveRows()
        self._rows[:min(old, new)] = rows[:min(old, new)]
        self._starred = set(starred)
        if min(old, new):
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(min(old, new) - 1, len(COLUMNS) - 1))
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows.extend(rows[old:])
            self.endInsertRows()

    def _drop_placeholder(self) -> None:
        if self._placeholder:
            row = len(self._rows)
            self.beginRemoveRows(QModelIndex(), row, row)
            self._placeholder = False
            self.endRemoveRows()

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._drop_placeholder()
        self._exhausted = True  # don't retry in a loop; a new query or refresh starts over
        self._set_busy(False)
        self.sig_load_failed.emit(exc)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.sig_loading_changed.emit(busy)

    def _on_reference_loaded(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows) + int(self._placeholder)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._busy

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._placeholder = True
        self.endInsertRows()
        self._submit(self._cursor, next_page_size(len(self._rows)), replace_all=False)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return super().headerData(section, orientation, role)
        column = COLUMNS[section]
        if role == _DISPLAY:
            return column.tr_header()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.DecorationRole and section == STAR:
            return theme.icon("star", theme.MUTED, None, 14)
        if role == Qt.ItemDataRole.ToolTipRole and section == STAR:
            return self.tr("Favourites")
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or index.row() >= len(self._rows):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if row >= len(self._rows):
            return self._placeholder_data(col, role)
        client = self._rows[row]
        if role == _DISPLAY:
            return COLUMNS[col].format(client, self._reference)
        if role == Qt.ItemDataRole.DecorationRole and col == STAR:
            return _star_icon(client.id in self._starred)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[col].align)
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[col].key == "status":
            return QBrush(QColor(STATUS_COLORS[client.status]))
        if role == Qt.ItemDataRole.FontRole and COLUMNS[col].key == "name":
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == STAR:
            return self.tr("Remove from favourites") if client.id in self._starred \
                else self.tr("Add to favourites")
        return self._custom_data(client, role)

    def _custom_data(self, client: ClientRow, role: int) -> Any:
        values: dict[int, Any] = {
            ClientRole.ID: client.id, ClientRole.ROW: client, ClientRole.PLACEHOLDER: False,
            ClientRole.STARRED: client.id in self._starred,
        }
        return values.get(role)

    def _placeholder_data(self, col: int, role: int) -> Any:
        if role == _DISPLAY and COLUMNS[col].key == "name":
            return self.tr("Loading…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(theme.MUTED))
        if role == ClientRole.PLACEHOLDER:
            return True
        return None


@cache
def _star_icon(starred: bool) -> QIcon:
    if starred:
        return theme.icon("star-filled", STAR_COLOR, None, 16)
    return theme.icon("star", "#c5cad3", None, 16)
