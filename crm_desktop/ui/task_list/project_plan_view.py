"""One project's plan: its tasks in dependency order, what each waits for, when it can be
finished at the earliest, the critical chain; add, edit, start and complete tasks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.project_plan import PlanTask, ProjectPlan
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe
from crm_desktop.ui.task_list.commands import TaskCommands
from crm_desktop.ui.task_list.format import BLOCKED, DONE, OVERDUE

ID_ROLE = Qt.ItemDataRole.UserRole


class ProjectPlanView(QWidget):
    sig_loaded = Signal(object)
    """The plan arrived (a ProjectPlan)."""
    sig_add_task_requested = Signal(int)
    """Add a task to this project."""
    sig_edit_requested = Signal(object)
    """Edit this task (a TaskItem)."""
    sig_message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectPlanView")
        self._ctx = ctx
        self.plan: ProjectPlan | None = None
        self.commands = TaskCommands(ctx, self)
        self.title_label = QLabel()
        self.title_label.setObjectName("projectTitle")
        self.dates_label = QLabel()
        self.dates_label.setObjectName("projectDates")
        self.dates_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add task"))
        self.start_button = QPushButton(self.tr("Start"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("projectPlan")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Task"), self.tr("Assignee"), self.tr("Due"),
                                   self.tr("Can finish"), self.tr("State")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 120), (3, 120), (4, 180)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.start_button.clicked.connect(lambda: self._set_status(TaskStatus.IN_PROGRESS))
        self.done_button.clicked.connect(lambda: self._set_status(TaskStatus.DONE))
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)
        self.commands.sig_changed.connect(lambda _i: self.reload())
        self.commands.sig_failed.connect(self.sig_message.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title_label, 1)
        for button in (self.start_button, self.done_button, self.add_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.dates_label)
        layout.addWidget(self.tree, 1)

    def load(self, project_id: int) -> None:
        projects = self._ctx.services.projects
        run(self._ctx.reads, self, lambda: projects.plan(project_id), self._on_loaded,
            lambda exc: self.sig_message.emit(describe(exc)), key=f"plan:{id(self)}")

    def reload(self) -> None:
        if self.plan is not None:
            self.load(self.plan.id)

    def selected(self) -> PlanTask | None:
        entry = self.tree.currentItem()
        if entry is None or self.plan is None:
            return None
        task_id = entry.data(0, ID_ROLE)
        return next((t for t in self.plan.tasks if t.item.id == task_id), None)

    def _on_loaded(self, plan: ProjectPlan) -> None:
        self.plan = plan
        self.title_label.setText(plan.name)
        finish = datetime_text(plan.earliest_finish)
        due = datetime_text(plan.latest_due)
        self.dates_label.setText(
            self.tr("%1 of %2 done · can be finished at the earliest %3 · latest due date %4")
            .replace("%1", str(plan.done)).replace("%2", str(len(plan.tasks)))
            .replace("%3", finish).replace("%4", due))
        current = self.selected()
        chosen = current.item.id if current is not None else None
        self.tree.clear()
        for task in plan.tasks:
            entry = self._entry(task)
            self.tree.addTopLevelItem(entry)
            if task.item.id == chosen:
                self.tree.setCurrentItem(entry)
        self.sig_loaded.emit(plan)

    def _entry(self, task: PlanTask) -> QTreeWidgetItem:
        item = task.item
        title = ("    " * task.level) + ("↳ " if task.level else "") + item.data.title
        entry = QTreeWidgetItem([title, item.assignee_name, datetime_text(item.data.due_at),
                                 datetime_text(task.earliest_finish), self._state(task)])
        entry.setData(0, ID_ROLE, item.id)
        entry.setToolTip(4, entry.text(4))
        colour = (DONE if item.status is TaskStatus.DONE else OVERDUE if item.is_overdue
                  else None)
        for column in range(5):
            if colour is not None:
                entry.setForeground(column, colour)
        if item.is_blocked:
            entry.setForeground(4, BLOCKED)
        if task.at_risk:
            entry.setForeground(3, OVERDUE)
            entry.setToolTip(3, self.tr("Due before the tasks it waits for can be finished"))
        if task.is_critical:
            font = QFont()
            font.setBold(True)
            entry.setFont(0, font)
            entry.setToolTip(0, self.tr("On the critical chain: its delay delays the project"))
        return entry

    def _state(self, task: PlanTask) -> str:
        item = task.item
        if item.is_blocked:
            return self.tr("Blocked: waits for %1").replace(
                "%1", ", ".join(f"«{t}»" for t in item.waiting_for))
        if item.is_overdue:
            return self.tr("Overdue")
        return labels.task_status_text(item.status)

    def _set_status(self, status: TaskStatus) -> None:
        task = self.selected()
        if task is None:
            return
        if status is TaskStatus.DONE:
            self.commands.complete(task.item.id, task.item.version)
        else:
            tasks, item = self._ctx.services.tasks, task.item
            run(self._ctx.writes, self, lambda: tasks.set_status(item.id, status, item.version),
                lambda _r: self.reload(), lambda exc: self.sig_message.emit(describe(exc)))

    def _on_add_clicked(self) -> None:
        if self.plan is not None:
            self.sig_add_task_requested.emit(self.plan.id)

    def _on_double_clicked(self, _entry: QTreeWidgetItem, _column: int) -> None:
        task = self.selected()
        if task is not None:
            self.sig_edit_requested.emit(task.item)
