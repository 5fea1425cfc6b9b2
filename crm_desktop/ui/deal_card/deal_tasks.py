"""The deal's Tasks tab: its tasks, open first, overdue in red."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.tasks import TaskRow
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.client_card.tasks_tab import DONE, OVERDUE
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label


class DealTasksPanel(QWidget):
    sig_loaded = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealTasksPanel")
        self._ctx = ctx
        self.error = error_label("dealTasksError", "form")
        self.empty_label = QLabel(self.tr("No tasks for this deal."))
        self.empty_label.setObjectName("emptyState")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tree, 1)

    def load(self, deal_id: int) -> None:
        tasks = self._ctx.services.tasks
        run(self._ctx.reads, self, lambda: tasks.for_record(deal_id=deal_id), self._on_loaded,
            lambda e: show_inline(self.error, describe(e)), key=f"dealtasks:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        tasks: list[TaskRow] = list(rows)  # type: ignore[call-overload]
        self.tree.clear()
        for task in tasks:
            item = QTreeWidgetItem([task.data.title, datetime_text(task.data.due_at),
                                    labels.priority_text(task.data.priority),
                                    labels.task_status_text(task.status)])
            item.setData(0, Qt.ItemDataRole.UserRole, task.id)
            colour = (OVERDUE if task.is_overdue
                      else DONE if task.status is TaskStatus.DONE else None)
            if colour is not None:
                for column in range(4):
                    item.setForeground(column, colour)
            if task.is_overdue:
                item.setToolTip(1, self.tr("Overdue"))
            self.tree.addTopLevelItem(item)
        self.empty_label.setVisible(not tasks)
        self.tree.setVisible(bool(tasks))
        show_inline(self.error, None)
        self.sig_loaded.emit(len(tasks))
