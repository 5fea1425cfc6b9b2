"""The task table view (`taskTable`): group headers spanning the row, checkbox to complete,
a context menu (edit, postpone, open the client or deal), double-click to edit."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from crm_desktop.services.task_dto import TaskItem
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.commands import Clock, TaskCommands, system_now
from crm_desktop.ui.task_list.format import Postpone, postpone_title
from crm_desktop.ui.task_list.table_model import GroupRow, TaskTableModel

WIDTHS = (340, 140, 110, 210, 140, 150)


class TaskTable(QTableView):
    sig_edit_requested = Signal(object)
    """Open the task dialog for this TaskItem."""
    sig_open_client_requested = Signal(int)
    sig_open_deal_requested = Signal(int)
    sig_message = Signal(str)
    """An action was refused (a blocked task, a conflict): show this text."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 clock: Clock = system_now) -> None:
        super().__init__(parent)
        self.setObjectName("taskTable")
        self.table_model = TaskTableModel(ctx, self, clock)
        self.commands = TaskCommands(ctx, self, clock)
        self.setModel(self.table_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(36)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column, width in enumerate(WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setContextMenuPolicy(self.contextMenuPolicy().CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.doubleClicked.connect(self._on_double_clicked)
        self.table_model.rowsInserted.connect(self._on_rows_inserted)
        self.table_model.modelReset.connect(self.clearSpans)
        self.table_model.layoutChanged.connect(self._on_layout_changed)
        self.table_model.sig_complete_requested.connect(self._on_complete_requested)
        self.commands.sig_changed.connect(lambda _id: self.table_model.refresh())
        self.commands.sig_failed.connect(self._on_commands_failed)

    def current_item(self) -> TaskItem | None:
        return self.table_model.item(self.currentIndex().row())

    def postpone(self, item: TaskItem, preset: Postpone) -> None:
        self.commands.postpone(item.id, item.version, item.data.due_at, preset)

    def complete(self, item: TaskItem) -> None:
        self.commands.complete(item.id, item.version)

    def build_menu(self, item: TaskItem) -> QMenu:
        """The actions on one task (also used by the page's buttons)."""
        menu = QMenu(self)
        menu.setObjectName("taskMenu")
        edit = menu.addAction(self.tr("Edit…"))
        edit.triggered.connect(lambda: self.sig_edit_requested.emit(item))
        if item.is_open:
            done = menu.addAction(self.tr("Mark done"))
            done.setEnabled(not item.is_blocked)
            done.triggered.connect(lambda: self.complete(item))
            later = menu.addMenu(self.tr("Postpone"))
            for preset in Postpone:
                action = later.addAction(postpone_title(preset))
                action.setData(preset.value)
                action.triggered.connect(lambda _c=False, p=preset: self.postpone(item, p))
        menu.addSeparator()
        self._link(menu, self.tr("Open client"), item.data.client_id,
                   self.sig_open_client_requested.emit)
        self._link(menu, self.tr("Open deal"), item.data.deal_id,
                   self.sig_open_deal_requested.emit)
        return menu

    def _link(self, menu: QMenu, text: str, target: int | None, emit: object) -> QAction:
        action = menu.addAction(text)
        action.setEnabled(target is not None)
        if target is not None:
            action.triggered.connect(lambda: emit(target))  # type: ignore[operator]
        return action

    def _on_context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        item = self.table_model.item(index.row()) if index.isValid() else None
        if item is None:
            return
        self.selectRow(index.row())
        self.build_menu(item).popup(self.viewport().mapToGlobal(pos))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        item = self.table_model.item(index.row())
        if item is not None:
            self.sig_edit_requested.emit(item)

    def _on_rows_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        columns = self.table_model.columnCount()
        for row in range(first, last + 1):
            if isinstance(self.table_model.rows[row], GroupRow):
                self.setSpan(row, 0, 1, columns)

    def _on_layout_changed(self) -> None:
        """Rows were re-read in place: group headers may sit on other rows now."""
        self.clearSpans()
        self._on_rows_inserted(QModelIndex(), 0, self.table_model.rowCount() - 1)

    def current_task_id(self) -> int | None:
        item = self.current_item()
        return item.id if item is not None else None

    def _on_complete_requested(self, item: object) -> None:
        assert isinstance(item, TaskItem)
        self.complete(item)

    def _on_commands_failed(self, text: str) -> None:
        self.sig_message.emit(text)
        self.table_model.refresh()
