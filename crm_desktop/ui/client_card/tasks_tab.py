"""The client card's Tasks tab: the client's tasks (overdue in red, blocked ones marked), a
"done" checkbox, quick add with a due time, the full task dialog and the client's projects."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from crm_desktop.services.tasks import TaskData, TaskRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.save_key import SaveKey
from crm_desktop.ui.task_list.format import DONE, OVERDUE
from crm_desktop.ui.task_list.record_tasks import RecordTasks

__all__ = ["DONE", "OVERDUE", "TasksPanel"]


class TasksPanel(RecordTasks):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "tasksError", parent)
        self.setObjectName("tasksPanel")
        self._save_key = SaveKey()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("newTaskTitle")
        self.title_edit.setPlaceholderText(self.tr("New task, e.g. send the contract"))
        self.due_edit = QDateTimeEdit()
        self.due_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.due_edit.setCalendarPopup(True)
        self.add_button = QPushButton(self.tr("Add task"))
        self.add_button.setObjectName("addTaskButton")
        self.add_button.clicked.connect(self.add_task)
        self.title_edit.returnPressed.connect(self.add_task)
        quick = QHBoxLayout()
        quick.addWidget(self.title_edit, 1)
        quick.addWidget(self.due_edit)
        quick.addWidget(self.add_button)
        self.buttons.insertLayout(0, quick, 1)
        self.buttons.setStretch(1, 0)  # the quick add takes the free width, not the spacer
        self.due_edit.setToolTip(self.tr("Due"))
        self._reset_due()

    def _reset_due(self) -> None:
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(10, 0))
        self.due_edit.setDateTime(tomorrow)

    def load(self, client_id: int) -> None:
        self.load_record(client_id, None)

    def add_task(self) -> None:
        title = self.title_edit.text()
        if not title.strip():
            self.title_edit.setFocus()
            return
        due = cast(datetime, self.due_edit.dateTime().toPython()).astimezone()
        data = TaskData(title=title, client_id=self.client_id, due_at=due,
                        remind_at=due - timedelta(minutes=15))
        self._add(data)

    def _add(self, data: TaskData, written: TaskRow | None = None) -> None:
        tasks, key = self._ctx.services.tasks, self._save_key.take(data)  # kept for retries
        work = ((lambda: tasks.create(data, key)) if written is None
                else (lambda: tasks.update(written.id, data, written.version, key)))
        run(self._ctx.writes, self, work, lambda row: self._on_created(row, data),
            self._on_add_failed)

    def _on_created(self, row: object, data: TaskData) -> None:
        assert isinstance(row, TaskRow)
        if self._save_key.succeeded(data):  # maybe an earlier attempt: save what is typed now
            self._add(data, row)
            return
        self.title_edit.clear()
        self._reset_due()
        self._on_saved()

    def _on_add_failed(self, exc: Exception) -> None:
        self.show_error(self._save_key.failed(exc))
