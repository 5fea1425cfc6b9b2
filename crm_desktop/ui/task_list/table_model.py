"""The task table: group header rows (overdue, today, ...) and task rows, read page by page.

Rows arrive from TaskListService.page (SQL-filtered, keyset by due time) as the view scrolls
(canFetchMore/fetchMore); a group header is inserted where the group of the next task differs.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.task_dto import Bucket, BucketBounds, TaskItem
from crm_desktop.services.task_lists import Cursor, TaskPage, TaskQuery, TaskView
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.commands import Clock, system_now
from crm_desktop.ui.task_list.format import (
    BLOCKED,
    OVERDUE,
    bucket_title,
    due_text,
    link_text,
    state_text,
)

PAGE_SIZE = 100
Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("TaskList", "Task"),
    QT_TRANSLATE_NOOP("TaskList", "Due"),
    QT_TRANSLATE_NOOP("TaskList", "Priority"),
    QT_TRANSLATE_NOOP("TaskList", "Client / deal"),
    QT_TRANSLATE_NOOP("TaskList", "Assignee"),
    QT_TRANSLATE_NOOP("TaskList", "State"),
)
AUTHOR_HEADER = QT_TRANSLATE_NOOP("TaskList", "From")
TITLE, DUE, PRIORITY, LINK, PERSON, STATE = range(6)
GROUP_BACKGROUND = QColor("#f3f5f9")
GROUP_TEXT = QColor("#4b5563")


class TaskRole(enum.IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1  # the TaskItem, or None on a group header
    BUCKET = Qt.ItemDataRole.UserRole + 2  # the group of a header row


@dataclass(frozen=True, slots=True)
class GroupRow:
    bucket: Bucket
    count: int


def _key(row: GroupRow | TaskItem) -> tuple[str, object]:
    """What a row stands for across re-reads: its task, or its group."""
    return ("task", row.id) if isinstance(row, TaskItem) else ("group", row.bucket)


class TaskTableModel(QAbstractTableModel):
    sig_loaded = Signal()
    """A page (or the group counts) arrived."""
    sig_load_failed = Signal(object)
    """Reading failed with this exception."""
    sig_complete_requested = Signal(object)
    """The user ticked a task's checkbox (the TaskItem)."""

    def __init__(self, ctx: UiContext, parent: QObject | None = None,
                 clock: Clock = system_now) -> None:
        super().__init__(parent)
        self._ctx, self._clock = ctx, clock
        self.query = TaskQuery()
        self.rows: list[GroupRow | TaskItem] = []
        self.counts: dict[Bucket, int] = {}
        self._bounds = BucketBounds.at(clock())
        self._cursor: Cursor | None = None
        self._more = False
        self._loading = False
        self._generation = 0

    # -- loading --------------------------------------------------------------------------------
    def set_query(self, query: TaskQuery) -> None:
        """Start again from the first page (a new view, or a refresh after a change)."""
        self.beginResetModel()
        self.query, self.rows, self.counts = query, [], {}
        self._bounds = BucketBounds.at(self._clock())
        self._cursor, self._more, self._loading = None, False, True
        self._generation += 1
        self.endResetModel()
        lists, bounds, generation = self._ctx.services.task_lists, self._bounds, self._generation

        def work() -> tuple[dict[Bucket, int], TaskPage]:
            return lists.counts(query, bounds), lists.page(query, None, PAGE_SIZE)

        run(self._ctx.reads, self, work, lambda r: self._on_first(generation, r),
            self._on_failed, key=f"task-table:{id(self)}")

    def refresh(self) -> None:
        self.set_query(self.query)

    def refresh_in_place(self) -> None:
        """Re-read the rows loaded so far without a model reset (a task changed elsewhere).

        The new rows replace the old ones through a layout change that moves persistent
        indexes by task id, so a view keeps its scroll position and its selection follows the
        selected task; rows that appeared or went away are inserted or removed at the end."""
        if not self.rows:
            self.refresh()
            return
        lists, query = self._ctx.services.task_lists, self.query
        bounds, limit = BucketBounds.at(self._clock()), max(self.task_count(), PAGE_SIZE)
        self._loading = True
        self._generation += 1
        generation = self._generation

        def work() -> tuple[dict[Bucket, int], TaskPage]:
            return lists.counts(query, bounds), lists.page(query, None, limit)

        run(self._ctx.reads, self, work,
            lambda r: self._on_reread(generation, bounds, r), self._on_failed,
            key=f"task-table:{id(self)}")

    def is_loading(self) -> bool:
        return self._loading

    def task_count(self) -> int:
        return sum(1 for r in self.rows if isinstance(r, TaskItem))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        lists, query, after = self._ctx.services.task_lists, self.query, self._cursor
        generation = self._generation
        run(self._ctx.reads, self, lambda: lists.page(query, after, PAGE_SIZE),
            lambda page: self._on_page(generation, page), self._on_failed)

    def _on_first(self, generation: int, result: tuple[dict[Bucket, int], TaskPage]) -> None:
        if generation == self._generation:
            self.counts = result[0]
            self._on_page(generation, result[1])

    def _on_page(self, generation: int, page: TaskPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        last = next((r for r in reversed(self.rows) if isinstance(r, TaskItem)), None)
        new = self._grouped(page.items, self._bucket(last) if last is not None else None)
        self._cursor, self._more = page.cursor, page.cursor is not None
        if new:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
            self.rows += new
            self.endInsertRows()
        self.sig_loaded.emit()

    def _on_reread(self, generation: int, bounds: BucketBounds,
                   result: tuple[dict[Bucket, int], TaskPage]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.counts, self._bounds = result[0], bounds
        page = result[1]
        self._cursor, self._more = page.cursor, page.cursor is not None
        self._replace_rows(self._grouped(page.items, None))
        self.sig_loaded.emit()

    def _grouped(self, items: Sequence[TaskItem], previous: Bucket | None,
                 ) -> list[GroupRow | TaskItem]:
        """`items` with a group header before each change of group."""
        rows: list[GroupRow | TaskItem] = []
        for item in items:
            bucket = self._bucket(item)
            if bucket is not previous:
                rows.append(GroupRow(bucket, self.counts.get(bucket, 0)))
                previous = bucket
            rows.append(item)
        return rows

    def _replace_rows(self, new: list[GroupRow | TaskItem]) -> None:
        """Show `new` instead of the current rows, keeping persistent indexes on their task."""
        if len(new) > len(self.rows):
            self.beginInsertRows(QModelIndex(), len(self.rows), len(new) - 1)
            self.rows = self.rows + new[len(self.rows):]
            self.endInsertRows()
        where = {_key(row): number for number, row in enumerate(new)}
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        after = []
        for index in before:
            row = where.get(_key(self.rows[index.row()]), -1)
            after.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        surplus = self.rows[len(new):]
        self.rows = new + surplus
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        if surplus:
            self.beginRemoveRows(QModelIndex(), len(new), len(self.rows) - 1)
            self.rows = new
            self.endRemoveRows()

    def _on_failed(self, exc: Exception) -> None:
        self._loading = False
        self.sig_load_failed.emit(exc)

    def _bucket(self, item: TaskItem) -> Bucket:
        return self._bounds.bucket(item.data.due_at)

    # -- Qt model -------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            mine = self.query.view is TaskView.MINE
            text = AUTHOR_HEADER if section == PERSON and mine else HEADERS[section]
            return QCoreApplication.translate("TaskList", text)
        return None

    def item(self, row: int) -> TaskItem | None:
        found = self.rows[row] if 0 <= row < len(self.rows) else None
        return found if isinstance(found, TaskItem) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        item = self.item(index.row())
        if item is None:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TITLE and item.is_open:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if isinstance(row, GroupRow):
            if role == Qt.ItemDataRole.BackgroundRole:
                return GROUP_BACKGROUND
            return self._group_data(row, index.column(), role)
        return self._task_data(row, index.column(), role)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item(index.row())
        if role != Qt.ItemDataRole.CheckStateRole or item is None or index.column() != TITLE:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked and item.is_open:
            self.sig_complete_requested.emit(item)
            return True
        return False

    def _group_data(self, row: GroupRow, column: int, role: int) -> Any:
        if role == TaskRole.BUCKET:
            return row.bucket
        if column != TITLE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{bucket_title(row.bucket)}  ·  {row.count}"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if row.bucket is Bucket.OVERDUE else GROUP_TEXT
        return None

    def _task_data(self, item: TaskItem, column: int, role: int) -> Any:
        if role == TaskRole.ITEM:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == TITLE:
            return Qt.CheckState.Unchecked if item.is_open else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.is_overdue:
                return OVERDUE
            if column == STATE and item.is_blocked:
                return BLOCKED
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(v for v in (item.data.title, item.data.description or "",
                                         state_text(item)) if v)
        return None

    def _text(self, item: TaskItem, column: int) -> str:
        if column == TITLE:
            return item.data.title
        if column == DUE:
            return due_text(item.data.due_at, self._bounds.now)
        if column == PRIORITY:
            return labels.priority_text(item.data.priority)
        if column == LINK:
            return link_text(item)
        if column == PERSON:
            if self.query.view is not TaskView.MINE:
                return item.assignee_name
            return item.author_name if item.author_id != item.data.assignee_id else ""
        return state_text(item)
