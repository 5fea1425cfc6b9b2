"""The head's view: open and overdue tasks per employee (SQL GROUP BY), and the chosen
employee's tasks in a task table."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.task_lists import TaskQuery, TaskView, Workload
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.commands import Clock, system_now
from crm_desktop.ui.task_list.format import OVERDUE
from crm_desktop.ui.task_list.task_table import TaskTable

USER_ROLE = Qt.ItemDataRole.UserRole


class TeamView(QSplitter):
    sig_loaded = Signal()
    """The workload list arrived."""
    sig_failed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 clock: Clock = system_now) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("teamView")
        self._ctx = ctx
        self.workload_list = QTreeWidget()
        self.workload_list.setObjectName("workloadList")
        self.workload_list.setRootIsDecorated(False)
        self.workload_list.setHeaderLabels([self.tr("Employee"), self.tr("Open"),
                                            self.tr("Overdue")])
        header = self.workload_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.workload_list.currentItemChanged.connect(self._on_current_changed)
        self.table = TaskTable(ctx, None, clock)
        self.table.setObjectName("employeeTaskTable")
        self.hint = QLabel(self.tr("Choose an employee to see their open tasks."))
        self.hint.setObjectName("emptyState")
        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.hint)
        box.addWidget(self.table, 1)
        self.addWidget(self.workload_list)
        self.addWidget(right)
        self.setStretchFactor(1, 1)
        self.setSizes([420, 800])
        self.table.commands.sig_changed.connect(lambda _i: self.reload())

    def reload(self) -> None:
        lists = self._ctx.services.task_lists
        run(self._ctx.reads, self, lists.workload, self._on_loaded, self.sig_failed.emit,
            key=f"workload:{id(self)}")

    def _on_loaded(self, rows: list[Workload]) -> None:
        chosen = self.current_user()
        self.workload_list.blockSignals(True)
        self.workload_list.clear()
        for row in rows:
            entry = QTreeWidgetItem([row.name, str(row.open), str(row.overdue)])
            entry.setData(0, USER_ROLE, row.user_id)
            for column in (1, 2):
                entry.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
            if row.overdue:
                entry.setForeground(2, OVERDUE)
                entry.setToolTip(2, self.tr("%n overdue task(s)", "", row.overdue))
            self.workload_list.addTopLevelItem(entry)
            if row.user_id == chosen:
                self.workload_list.setCurrentItem(entry)
        self.workload_list.blockSignals(False)
        self.sig_loaded.emit()

    def current_user(self) -> int | None:
        entry = self.workload_list.currentItem()
        return int(entry.data(0, USER_ROLE)) if entry is not None else None

    def show_employee(self, user_id: int) -> None:
        """Drill into one employee's tasks."""
        for i in range(self.workload_list.topLevelItemCount()):
            entry = self.workload_list.topLevelItem(i)
            if entry is not None and entry.data(0, USER_ROLE) == user_id:
                self.workload_list.setCurrentItem(entry)
                return

    def _on_current_changed(self, current: QTreeWidgetItem | None,
                            _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        self.hint.hide()
        user_id = int(current.data(0, USER_ROLE))
        self.table.table_model.set_query(TaskQuery(TaskView.EMPLOYEE, user_id))
