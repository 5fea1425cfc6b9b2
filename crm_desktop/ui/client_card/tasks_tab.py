"""The Tasks tab: the client's tasks, overdue ones in red, a "done" checkbox, quick add."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.tasks import TaskData, TaskRow
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label

OVERDUE = QColor("#dc2626")
DONE = QColor("#9aa1ad")
ID_ROLE = Qt.ItemDataRole.UserRole


class TasksPanel(QWidget):
    sig_loaded = Signal(int)
    """The tasks arrived; the argument is how many."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPanel")
        self._ctx = ctx
        self.client_id = 0
        self.rows: dict[int, TaskRow] = {}
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("newTaskTitle")
        self.title_edit.setPlaceholderText(self.tr("New task, e.g. send the contract"))
        self.due_edit = QDateTimeEdit()
        self.due_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.due_edit.setCalendarPopup(True)
        self.add_button = QPushButton(self.tr("Add task"))
        self.add_button.setObjectName("addTaskButton")
        self.error = error_label("tasksError", "form")
        self.tree = QTreeWidget()
        self.tree.setObjectName("tasksList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Due"), self.tr("Priority"),
                                   self.tr("Status")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self.add_task)
        self.title_edit.returnPressed.connect(self.add_task)
        new = QHBoxLayout()
        new.addWidget(self.title_edit, 1)
        new.addWidget(self.due_edit)
        new.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(new)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        self._reset_due()

    def _reset_due(self) -> None:
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(10, 0))
        self.due_edit.setDateTime(tomorrow)

    def load(self, client_id: int) -> None:
        self.client_id = client_id
        tasks = self._ctx.services.tasks
        run(self._ctx.reads, self, lambda: tasks.for_record(client_id=client_id), self._on_loaded,
            lambda e: show_inline(self.error, describe(e)),
            key=f"tasks:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        tasks: list[TaskRow] = list(rows)  # type: ignore[call-overload]
        self.rows = {t.id: t for t in tasks}
        self.tree.blockSignals(True)
        self.tree.clear()
        for task in tasks:
            self.tree.addTopLevelItem(self._item(task))
        self.tree.blockSignals(False)
        show_inline(self.error, None)
        self.sig_loaded.emit(len(tasks))

    def _item(self, task: TaskRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([task.data.title, datetime_text(task.data.due_at),
                                labels.priority_text(task.data.priority),
                                labels.task_status_text(task.status)])
        item.setData(0, ID_ROLE, task.id)
        done = task.status is TaskStatus.DONE
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if task.status in (TaskStatus.OPEN, TaskStatus.IN_PROGRESS):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        item.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        item.setToolTip(0, self.tr("Tick to mark the task done"))
        colour = OVERDUE if task.is_overdue else DONE if done else None
        if colour is not None:
            for column in range(4):
                item.setForeground(column, colour)
        if task.is_overdue:
            item.setToolTip(1, self.tr("Overdue"))
        return item

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        task = self.rows.get(item.data(0, ID_ROLE))
        if column != 0 or task is None or item.checkState(0) != Qt.CheckState.Checked:
            return
        tasks = self._ctx.services.tasks
        run(self._ctx.writes, self, lambda: tasks.complete(task.id, task.version),
            lambda _row: self.load(self.client_id), self._on_failed)

    def add_task(self) -> None:
        title = self.title_edit.text()
        if not title.strip():
            self.title_edit.setFocus()
            return
        due = cast(datetime, self.due_edit.dateTime().toPython()).astimezone()
        data = TaskData(title=title, client_id=self.client_id, due_at=due,
                        remind_at=due - timedelta(minutes=15))
        tasks = self._ctx.services.tasks
        run(self._ctx.writes, self, lambda: tasks.create(data), self._on_created, self._on_failed)

    def _on_created(self, _row: object) -> None:
        self.title_edit.clear()
        self._reset_due()
        self.load(self.client_id)

    def _on_failed(self, exc: Exception) -> None:
        show_inline(self.error, describe(exc))
        self.load(self.client_id)
