"""A client's or a deal's tasks, as the cards' Tasks tabs show them: open first, overdue in
red, blocked ones with what they wait for; tick to complete, double-click to edit, a menu to
postpone; New task… and Projects… open with the record already linked."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.task_dto import TaskItem
from crm_desktop.ui import labels, theme
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.task_list.commands import TaskCommands
from crm_desktop.ui.task_list.format import BLOCKED, DONE, OVERDUE, Postpone, postpone_title
from crm_desktop.ui.task_list.projects_view import ProjectsWindow
from crm_desktop.ui.task_list.task_dialog import TaskDialog, TaskPreset

ID_ROLE = Qt.ItemDataRole.UserRole


class RecordTasks(QWidget):
    sig_loaded = Signal(int)
    """The tasks arrived; the argument is how many."""

    def __init__(self, ctx: UiContext, error_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_id: int | None = None
        self.deal_id: int | None = None
        self.items: dict[int, TaskItem] = {}
        self.last_dialog: TaskDialog | None = None
        self.projects_window: ProjectsWindow | None = None
        self.commands = TaskCommands(ctx, self)
        self.error = error_label(error_name, "form")
        self.new_button = QPushButton(theme.icon("plus", theme.MUTED, None, 16),
                                      self.tr("New task…"))
        self.new_button.setObjectName("newTaskButton")
        self.projects_button = QPushButton(self.tr("Projects…"))
        self.projects_button.setObjectName("projectsButton")
        self.empty_label = QLabel(self.tr("No tasks yet."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.hide()
        self.tree = QTreeWidget()
        self.tree.setObjectName("tasksList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Priority"),
                                   self.tr("Assignee"), self.tr("Status")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemDoubleClicked.connect(lambda entry, _c: self.edit(entry.data(0, ID_ROLE)))
        self.new_button.clicked.connect(lambda: self.new_task())
        self.projects_button.clicked.connect(self.show_projects)
        self.commands.sig_changed.connect(lambda _i: self._on_saved())
        self.commands.sig_failed.connect(self._on_command_failed)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.projects_button)
        self.buttons.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def load_record(self, client_id: int | None, deal_id: int | None) -> None:
        self.client_id, self.deal_id = client_id, deal_id
        show_inline(self.error, None)
        self.reload()

    def reload(self) -> None:
        lists, client_id, deal_id = self._ctx.services.task_lists, self.client_id, self.deal_id
        run(self._ctx.reads, self, lambda: lists.for_record(client_id=client_id,
                                                             deal_id=deal_id),
            self._on_loaded, self.show_error, key=f"record-tasks:{id(self)}")

    def _on_loaded(self, items: list[TaskItem]) -> None:
        self.items = {i.id: i for i in items}
        self.tree.blockSignals(True)
        self.tree.clear()
        for item in items:
            self.tree.addTopLevelItem(self._entry(item))
        self.tree.blockSignals(False)
        self.empty_label.setVisible(not items)
        self.sig_loaded.emit(len(items))

    def _entry(self, item: TaskItem) -> QTreeWidgetItem:
        status = (self.tr("Blocked") if item.is_blocked
                  else labels.task_status_text(item.status))
        entry = QTreeWidgetItem([item.data.title, datetime_text(item.data.due_at),
                                 labels.priority_text(item.data.priority), item.assignee_name,
                                 status])
        entry.setData(0, ID_ROLE, item.id)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if item.is_open:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        entry.setFlags(flags)
        entry.setCheckState(0, Qt.CheckState.Unchecked if item.is_open else Qt.CheckState.Checked)
        entry.setToolTip(0, self.tr("Tick to mark the task done"))
        colour = OVERDUE if item.is_overdue else DONE if item.status is TaskStatus.DONE else None
        if colour is not None:
            for column in range(5):
                entry.setForeground(column, colour)
        if item.is_overdue:
            entry.setToolTip(1, self.tr("Overdue"))
        if item.is_blocked:
            entry.setForeground(4, BLOCKED)
            entry.setToolTip(4, self.tr("Waits for %1").replace(
                "%1", ", ".join(f"«{t}»" for t in item.waiting_for)))
        return entry

    def _on_item_changed(self, entry: QTreeWidgetItem, column: int) -> None:
        item = self.items.get(entry.data(0, ID_ROLE))
        if column == 0 and item is not None and entry.checkState(0) == Qt.CheckState.Checked:
            self.commands.complete(item.id, item.version)

    def _on_context_menu(self, pos: QPoint) -> None:
        entry = self.tree.itemAt(pos)
        item = self.items.get(entry.data(0, ID_ROLE)) if entry is not None else None
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit(item.id))
        if item.is_open:
            later = menu.addMenu(self.tr("Postpone"))
            for preset in Postpone:
                action = later.addAction(postpone_title(preset))
                action.setData(preset.value)
                action.triggered.connect(lambda _c=False, p=preset: self.postpone(item, p))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def postpone(self, item: TaskItem, preset: Postpone) -> None:
        self.commands.postpone(item.id, item.version, item.data.due_at, preset)

    def edit(self, task_id: int) -> TaskDialog | None:
        item = self.items.get(task_id)
        if item is None:
            return None
        return self._ctx.task_dialogs.open(self._ctx, item, self.window(),
                                           lambda _row: self._on_saved())

    def new_task(self) -> None:
        """The task dialog with this client (and deal) linked; their names are read first."""
        lists, client_id, deal_id = self._ctx.services.task_lists, self.client_id, self.deal_id
        run(self._ctx.reads, self, lambda: lists.link_names(client_id, deal_id),
            self._open_new, self.show_error)

    def _open_new(self, names: tuple[str | None, str | None, int | None]) -> None:
        client_name, deal_title, client_id = names
        preset = TaskPreset(client_id, client_name, self.deal_id, deal_title)
        dialog = TaskDialog(self._ctx, None, preset, self.window())
        dialog.sig_saved.connect(lambda _row: self._on_saved())
        dialog.open()
        self.last_dialog = dialog

    def show_projects(self) -> None:
        lists, client_id, deal_id = self._ctx.services.task_lists, self.client_id, self.deal_id
        run(self._ctx.reads, self, lambda: lists.link_names(client_id, deal_id),
            self._open_projects, self.show_error)

    def _open_projects(self, names: tuple[str | None, str | None, int | None]) -> None:
        client_name, deal_title, client_id = names
        preset = TaskPreset(None if self.deal_id else client_id, client_name, self.deal_id,
                            deal_title)
        window = ProjectsWindow(self._ctx, preset, deal_title or client_name or "", self.window())
        window.view.sig_task_saved.connect(lambda _i: self.reload())
        window.show()
        self.projects_window = window

    def _on_saved(self) -> None:
        show_inline(self.error, None)
        self.reload()

    def show_error(self, exc: Exception) -> None:
        show_inline(self.error, describe(exc))

    def _on_command_failed(self, text: str) -> None:
        show_inline(self.error, text)
        self.reload()
