"""The Tasks page (`tasksPage`): my tasks by group, tasks I gave to others, the team (heads),
the calendar and projects; New task, quick actions on the selected task."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.task_dto import TaskItem
from crm_desktop.services.task_lists import TaskQuery, TaskView
from crm_desktop.services.task_scope import is_head
from crm_desktop.ui import theme
from crm_desktop.ui.calendar.calendar_panel import CalendarPanel
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.pages import StatCard
from crm_desktop.ui.task_list.commands import Clock, system_now
from crm_desktop.ui.task_list.format import Postpone, postpone_title
from crm_desktop.ui.task_list.projects_view import ProjectsView
from crm_desktop.ui.task_list.style import STYLE
from crm_desktop.ui.task_list.task_dialog import TaskDialog, TaskPreset
from crm_desktop.ui.task_list.task_table import TaskTable
from crm_desktop.ui.task_list.team_view import TeamView

log = logging.getLogger(__name__)
VIEWS = ("mine", "assigned", "team", "calendar", "projects")


class TasksPage(QWidget):
    sig_open_client_requested = Signal(int)
    sig_open_deal_requested = Signal(int)
    sig_tasks_changed = Signal()
    """A task was created, edited, completed or moved here (headline numbers refresh)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 clock: Clock = system_now) -> None:
        super().__init__(parent)
        self.setObjectName("tasksPage")
        self.setStyleSheet(STYLE)
        self._ctx = ctx
        self.started = False
        self.table = TaskTable(ctx, None, clock)
        self.table.horizontalHeader().setDefaultAlignment(  # over left-aligned cells
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.team = TeamView(ctx, None, clock)
        self.calendar = CalendarPanel(ctx, None, clock)
        self.projects = ProjectsView(ctx)
        self.message = error_label("taskMessage", "form")
        self.empty_label = QLabel(self.tr("Nothing to do here. Create a task with Ctrl+T."))
        self.empty_label.setObjectName("taskListEmpty")
        self.empty_state = self._empty_state()
        self.open_card = StatCard(self.tr("open task(s) assigned to you", "", 0), "tasks")
        self.overdue_card = StatCard(self.tr("of them overdue", "", 0), "overdue")
        self.view_buttons: dict[str, QPushButton] = {}
        self.stack = QStackedWidget()
        list_panel = QWidget()
        column = QVBoxLayout(list_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty_state, 1)
        column.addWidget(self.table, 1)
        for widget in (list_panel, self.team, self.calendar, self.projects):
            self.stack.addWidget(widget)
        self._build()
        self._connect()
        self.show_view("mine")

    def _empty_state(self) -> QFrame:
        """Shown in the table's place when the list has no tasks."""
        state = QFrame()
        state.setObjectName("taskListEmptyState")
        art = QLabel()
        art.setObjectName("taskListEmptyArt")
        art.setPixmap(theme.pixmap("tasks", theme.ACCENT, 30))
        art.setFixedSize(64, 64)
        art.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("No tasks here yet"))
        heading.setObjectName("taskListEmptyHeading")
        create = QPushButton(theme.icon("plus", theme.ACCENT, None, 16), self.tr("New task"))
        create.setObjectName("taskListEmptyCreate")
        create.clicked.connect(lambda: self.open_task_dialog())
        centre = Qt.AlignmentFlag.AlignHCenter
        layout = QVBoxLayout(state)
        layout.setSpacing(10)
        layout.addStretch(2)
        layout.addWidget(art, 0, centre)
        layout.addSpacing(6)
        layout.addWidget(heading, 0, centre)
        layout.addWidget(self.empty_label, 0, centre)
        layout.addSpacing(8)
        layout.addWidget(create, 0, centre)
        layout.addStretch(3)
        state.hide()
        return state

    def _build(self) -> None:
        title = QLabel(self.tr("Tasks"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(theme.icon("plus", "#ffffff", None, 16),
                                      self.tr("New task"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Create a task (Ctrl+T)"))
        self.new_button.clicked.connect(lambda: self.open_task_dialog())
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.new_button)
        cards = QHBoxLayout()
        cards.setSpacing(16)
        cards.addWidget(self.open_card)
        cards.addWidget(self.overdue_card)
        cards.addStretch(1)
        switch = QHBoxLayout()
        switch.setSpacing(8)
        group = QButtonGroup(self)
        names = {"mine": self.tr("My tasks"), "assigned": self.tr("Assigned by me"),
                 "team": self.tr("Team"), "calendar": self.tr("Calendar"),
                 "projects": self.tr("Projects")}
        for key in VIEWS:
            button = QPushButton(names[key])
            button.setObjectName(f"{key}View")
            button.setProperty("chip", True)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, k=key: self.show_view(k))
            group.addButton(button)
            switch.addWidget(button)
            self.view_buttons[key] = button
        self.view_buttons["team"].setVisible(is_head(self._ctx.services.actor))
        switch.addStretch(1)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.postpone_button = QPushButton(self.tr("Postpone"))
        self.postpone_menu = QMenu(self.postpone_button)
        for preset in Postpone:
            action = self.postpone_menu.addAction(postpone_title(preset))
            action.triggered.connect(lambda _c=False, p=preset: self._postpone(p))
        self.postpone_button.setMenu(self.postpone_menu)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.actions_box = QWidget()
        actions = QHBoxLayout(self.actions_box)
        actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.done_button, self.postpone_button, self.edit_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            actions.addWidget(button)
        switch.addWidget(self.actions_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 12)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(cards)
        layout.addLayout(switch)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        for table in (self.table, self.team.table):
            table.sig_edit_requested.connect(self.open_task_dialog)
            table.sig_open_client_requested.connect(self.sig_open_client_requested)
            table.sig_open_deal_requested.connect(self.sig_open_deal_requested)
            table.sig_message.connect(self.show_message)
            table.commands.sig_changed.connect(lambda _i: self._on_task_changed())
            table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
            table.table_model.sig_loaded.connect(self._on_table_loaded)
            table.table_model.sig_load_failed.connect(lambda e: self.show_message(describe(e)))
        self.done_button.clicked.connect(self._complete_current)
        self.edit_button.clicked.connect(self._edit_current)
        self.calendar.sig_task_activated.connect(self.edit_task_by_id)
        self.calendar.sig_open_client_requested.connect(self.sig_open_client_requested)
        self.calendar.commands.sig_changed.connect(lambda _i: self.sig_tasks_changed.emit())
        self.team.sig_failed.connect(lambda e: self.show_message(describe(e)))
        self.projects.sig_task_saved.connect(lambda _i: self.sig_tasks_changed.emit())

    # -- views ----------------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        self.view = key
        self.view_buttons[key].setChecked(True)
        self.show_message(None)
        index = {"mine": 0, "assigned": 0, "team": 1, "calendar": 2, "projects": 3}[key]
        self.stack.setCurrentIndex(index)
        self.actions_box.setVisible(index in (0, 1))
        if self.started:
            self.reload()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.started = True
        self.reload()

    def reload(self) -> None:
        """Read the current view again (after a change made elsewhere, or on show)."""
        if self.view == "mine":
            self.table.table_model.set_query(TaskQuery(TaskView.MINE))
        elif self.view == "assigned":
            self.table.table_model.set_query(TaskQuery(TaskView.ASSIGNED_BY_ME))
        elif self.view == "team":
            self.team.reload()
            if self.team.current_user() is not None:
                self.team.table.table_model.refresh()
        elif self.view == "calendar":
            self.calendar.load_people()
            self.calendar.reload()
        else:
            self.projects.reload()

    def on_tasks_changed(self, task_ids: Sequence[int]) -> None:
        """Tasks changed on another workstation (live updates): the list on screen re-reads its
        loaded rows in place, keeping the scroll position and the selected task; an open
        dialog of a changed task shows a banner instead of touching the form."""
        self._ctx.task_dialogs.on_tasks_changed(task_ids)
        if not self.isVisible():
            return  # read again when shown
        if self.view in ("mine", "assigned"):
            self.table.table_model.refresh_in_place()
        elif self.view == "team":
            self.team.reload()
            if self.team.current_user() is not None:
                self.team.table.table_model.refresh_in_place()
        else:
            self.reload()

    def current_table(self) -> TaskTable:
        return self.team.table if self.view == "team" else self.table

    def show_message(self, text: str | None) -> None:
        show_inline(self.message, text)

    # -- actions --------------------------------------------------------------------------------
    def open_task_dialog(self, item: object = None,
                         preset: TaskPreset | None = None) -> TaskDialog:
        assert item is None or isinstance(item, TaskItem)
        if item is not None:
            return self._ctx.task_dialogs.open(self._ctx, item, self.window(),
                                               lambda _row: self._on_task_changed())
        dialog = TaskDialog(self._ctx, None, preset, self.window())
        dialog.sig_saved.connect(lambda _row: self._on_task_changed())
        dialog.open()
        return dialog

    def edit_task_by_id(self, task_id: int) -> None:
        lists = self._ctx.services.task_lists
        run(self._ctx.reads, self, lambda: lists.item(task_id), self.open_task_dialog,
            lambda e: self.show_message(describe(e)))

    def _complete_current(self) -> None:
        item = self.current_table().current_item()
        if item is not None:
            self.current_table().complete(item)

    def _postpone(self, preset: Postpone) -> None:
        item = self.current_table().current_item()
        if item is not None:
            self.current_table().postpone(item, preset)

    def _edit_current(self) -> None:
        item = self.current_table().current_item()
        if item is not None:
            self.open_task_dialog(item)

    def _update_actions(self) -> None:
        item = self.current_table().current_item()
        for button in (self.done_button, self.postpone_button):
            button.setEnabled(item is not None and item.is_open)
        self.edit_button.setEnabled(item is not None)
        if item is not None and item.is_blocked:
            self.done_button.setEnabled(False)
            self.done_button.setToolTip(self.tr("Blocked: finish the tasks it waits for first"))
        else:
            self.done_button.setToolTip("")

    def _on_table_loaded(self) -> None:
        model = self.table.table_model
        empty = self.view in ("mine", "assigned") and not model.rows and not model.is_loading()
        self.empty_state.setVisible(empty)
        self.table.setVisible(not empty)
        self._update_actions()

    def _on_task_changed(self) -> None:
        self.show_message(None)
        self.reload()
        self.sig_tasks_changed.emit()
