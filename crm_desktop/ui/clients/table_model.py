"""The client list as a windowed Qt table model over a million clients.

rowCount() is the number of matching clients (a SQL count on the reads runner); rows live in
pages of PAGE_SIZE by absolute position, at most `max_pages` of them (page_cache.PageCache).
data() only reads memory: a row whose page is missing shows a placeholder and asks for the page;
wanted pages are collected on the GUI thread and read a few at a time, the most recently wanted
first, so dragging the scroll bar loads only what is finally shown. Sorting and filtering happen
in SQL through ClientListService; a new query drops every page and starts again. Until the count
arrives, the first page and one placeholder row are shown.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_sort import ClientSort
from crm_desktop.ui.clients.cells import ClientRole, cell_data, header_data, placeholder_data
from crm_desktop.ui.clients.columns import COLUMNS, STAR
from crm_desktop.ui.clients.page_cache import PAGE_SIZE, Page, PageCache, read_pages
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.context import UiContext

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
MAX_PAGES = 50  # 10,000 rows in memory
MAX_REQUESTS = 2  # page reads running at once
PAGES_PER_REQUEST = 2  # a screen of rows spans at most two pages
DEBOUNCE_MS = 15  # wanted pages are collected this long before they are read
_DISPLAY = Qt.ItemDataRole.DisplayRole
__all__ = ["PAGE_SIZE", "ClientRole", "ClientTableModel"]


class ClientTableModel(QAbstractTableModel):
    """Rows of ClientListService.sorted_page by position, read when shown; the newest query wins."""

    sig_loading_changed = Signal(bool)
    """True while the count or a page is being read, False when all have arrived (or failed)."""
    sig_load_failed = Signal(object)
    """Reading failed with this exception; the rows loaded so far stay."""
    sig_favorite_changed = Signal(int, bool)
    """The star of this client was saved in this state."""
    sig_count_changed = Signal(int)
    """The number of clients matching the query arrived (rowCount() is now that)."""

    def __init__(self, ctx: UiContext, reference: ReferenceData, parent: QObject | None = None,
                 *, max_pages: int = MAX_PAGES) -> None:
        super().__init__(parent)
        self._ctx, self._reference = ctx, reference
        self._cache = PageCache(max_pages)
        self._total: int | None = None  # None: counting, or no query yet
        self._shown = 0  # rowCount(), changed only between begin/end calls
        self._counting = False
        self._failed = False  # a read failed: don't ask again until a new query or refresh
        self._requests: dict[int, int] = {}  # page reads running: request → generation
        self._loading: set[int] = set()  # pages being read for the current generation
        self._wanted: dict[int, None] = {}  # pages asked for by data(), most recent last
        self._request_ids = itertools.count(1)
        self._busy = False
        self._generation = 0
        self._key = f"client-table:{id(self)}"
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._flush)
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
        self._cache.clear()
        self._total, self._shown, self._failed = None, 1, False  # one placeholder row
        self._loading, self._wanted = set(), {}
        self.endResetModel()
        self._read_count()
        self._read([0])

    def refresh_loaded(self) -> None:
        """Re-read the count and the loaded pages (after a save), keeping the scroll position."""
        self.refresh_pages(self._cache.numbers())

    def refresh_pages(self, numbers: Iterable[int]) -> None:
        """Re-read the count and these pages (a change made elsewhere), keeping the scroll
        position: rows change in place and the count grows or shrinks at the end (no reset).
        Other loaded pages are dropped and read again when they are shown."""
        self._generation += 1
        self._failed, self._loading, self._wanted = False, set(), {}
        self._read_count()
        self._read(sorted(set(numbers)) or [0], replace=True)

    def pages_holding(self, client_ids: Iterable[int]) -> list[int]:
        """The loaded pages that show any of these clients."""
        ids = set(client_ids)
        return [number for number in self._cache.numbers()
                if any(row.id in ids for row in self._cache.rows_of(number))]

    def is_loading(self) -> bool:
        return self._counting or bool(self._loading) or bool(self._wanted)

    def loaded_count(self) -> int:
        """The number of rows held in memory."""
        return self._cache.loaded_count()

    def loaded_pages(self) -> list[int]:
        return self._cache.numbers()

    def row_at(self, row: int) -> ClientRow | None:
        return self._cache.row(row) if 0 <= row < self._shown else None

    def row_of(self, client_id: int) -> int:
        return self._cache.find(client_id)

    # -- favourites ---------------------------------------------------------------------------
    def toggle_star(self, row: int) -> None:
        """Flip the star at once; the write runs in the background and is undone if it fails."""
        client = self.row_at(row)
        if client is None:
            return
        starred = not self._cache.is_starred(client.id)
        self._set_starred(client.id, starred)
        favorites = self._ctx.services.favorites
        self._ctx.writes.submit(
            lambda: favorites.star(client.id, starred),
            lambda _state: self.sig_favorite_changed.emit(client.id, starred),
            lambda exc: self._on_star_failed(client.id, not starred, exc))

    def _set_starred(self, client_id: int, starred: bool) -> None:
        self._cache.set_starred(client_id, starred)
        row = self.row_of(client_id)
        if row >= 0:
            index = self.index(row, STAR)
            self.dataChanged.emit(index, index)

    def _on_star_failed(self, client_id: int, previous: bool, exc: Exception) -> None:
        self._set_starred(client_id, previous)
        self.sig_load_failed.emit(exc)

    # -- loading ------------------------------------------------------------------------------
    def _read_count(self) -> None:
        client_list, flt, generation = self._ctx.services.client_list, self.client_filter, \
            self._generation
        self._counting = True
        self._update_busy()
        self._ctx.reads.submit(lambda: client_list.count(flt),
                               lambda n: self._on_count(generation, cast(int, n)),
                               lambda exc: self._on_count_failed(generation, exc),
                               key=f"{self._key}:count")

    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._counting, self._total = False, total
        self._resize(total)
        self.sig_count_changed.emit(total)
        self._update_busy()

    def _on_count_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._counting = False
            self._update_busy()
            self.sig_load_failed.emit(exc)

    def _want(self, number: int) -> None:
        """data() met a row of a missing page: read it soon (collected, most recent last)."""
        if self._failed or number in self._loading or number in self._cache:
            return
        if self._wanted.pop(number, 0) is None:
            self._wanted[number] = None  # already wanted: now the most recent
            return
        self._wanted[number] = None
        self._timer.start()

    def _flush(self) -> None:
        """Read the most recently wanted pages if a reader is free; ask the view again about
        the older ones (they are read only if they are still on screen)."""
        if not self._wanted or len(self._requests) >= MAX_REQUESTS:
            return
        wanted = list(self._wanted)
        self._wanted = {}
        self._read(wanted[-PAGES_PER_REQUEST:])
        for number in wanted[:-PAGES_PER_REQUEST]:
            self._changed(number * PAGE_SIZE, (number + 1) * PAGE_SIZE - 1)

    def _read(self, numbers: list[int], *, replace: bool = False) -> None:
        client_list, favorites = self._ctx.services.client_list, self._ctx.services.favorites
        sort, flt, generation = self.client_sort, self.client_filter, self._generation
        before = {} if replace else self._cache.cursors_before(numbers)
        request = next(self._request_ids)
        self._requests[request] = generation
        self._loading.update(numbers)
        self._update_busy()
        self._ctx.reads.submit(
            lambda: read_pages(client_list, favorites, sort, flt, numbers, before),
            lambda pages: self._on_pages(request, cast(dict[int, Page], pages), replace),
            lambda exc: self._on_pages_failed(request, numbers, exc))

    def _on_pages(self, request: int, pages: dict[int, Page], replace: bool) -> None:
        if self._requests.pop(request) == self._generation:
            self._loading.difference_update(pages)
            if replace:
                self._cache.clear()
            for number, page in pages.items():
                for gone in self._cache.put(number, page):
                    self._changed(gone * PAGE_SIZE, (gone + 1) * PAGE_SIZE - 1)
            if self._total is None:
                first = self._cache.page(0)
                self._resize(1 if first is None else
                             len(first.rows) + int(first.cursor is not None))
            if replace:
                self._changed(0, self._shown - 1)
            for number in pages:
                self._changed(number * PAGE_SIZE, (number + 1) * PAGE_SIZE - 1)
        self._flush()
        self._update_busy()

    def _on_pages_failed(self, request: int, numbers: list[int], exc: Exception) -> None:
        if self._requests.pop(request) == self._generation:
            self._loading.difference_update(numbers)
            self._failed = True  # don't retry in a loop; a new query or refresh starts over
            self._wanted = {}
            self.sig_load_failed.emit(exc)
        self._update_busy()

    def _resize(self, rows: int) -> None:
        """Change rowCount() to `rows` by inserting or removing rows at the end (no reset)."""
        old = self._shown
        if rows > old:
            self.beginInsertRows(QModelIndex(), old, rows - 1)
            self._shown = rows
            self.endInsertRows()
        elif rows < old:
            self.beginRemoveRows(QModelIndex(), rows, old - 1)
            self._shown = rows
            self.endRemoveRows()

    def _changed(self, first: int, last: int) -> None:
        last = min(last, self._shown - 1)
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def _update_busy(self) -> None:
        busy = self.is_loading()
        if busy != self._busy:
            self._busy = busy
            self.sig_loading_changed.emit(busy)

    def _on_reference_loaded(self) -> None:
        self._changed(0, self._shown - 1)

    # -- Qt overrides -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        value = header_data(section, role) if orientation == Qt.Orientation.Horizontal else None
        return super().headerData(section, orientation, role) if value is None else value

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.row_at(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        client = self.row_at(row)
        if client is None:
            if 0 <= row < self._shown:
                self._want(row // PAGE_SIZE)
            return placeholder_data(col, role)
        return cell_data(client, self._cache.is_starred(client.id), col, role, self._reference)
