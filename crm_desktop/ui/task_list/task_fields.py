"""The editors of the task dialog: when (due, reminder), who, how urgent, what it is about."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from crm_desktop.services.enums import TaskPriority
from crm_desktop.services.project_plan import PlanTask
from crm_desktop.ui import labels
from crm_desktop.ui.client_card.formatting import qdatetime

NO_REMINDER = -1
REMINDER_LEADS = (0, 15, 60, 24 * 60)  # minutes before the due time


def reminder_text(minutes: int) -> str:
    if minutes == NO_REMINDER:
        return QCoreApplication.translate("TaskDialog", "No reminder")
    if minutes == 0:
        return QCoreApplication.translate("TaskDialog", "At the due time")
    if minutes % (24 * 60) == 0:
        return QCoreApplication.translate("TaskDialog", "%n day(s) before", "",
                                          minutes // (24 * 60))
    if minutes % 60 == 0:
        return QCoreApplication.translate("TaskDialog", "%n hour(s) before", "", minutes // 60)
    return QCoreApplication.translate("TaskDialog", "%n minute(s) before", "", minutes)


class DueEditor(QWidget):
    """A "has a due time" switch and the date and time (dd.MM.yyyy HH:mm)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_check = QCheckBox()
        self.enabled_check.setToolTip(self.tr("The task has a due date and time"))
        self.enabled_check.setObjectName("dueEnabled")
        self.edit = QDateTimeEdit()
        self.edit.setObjectName("dueEdit")
        self.edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.edit.setCalendarPopup(True)
        self.enabled_check.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.edit, 1)

    def set_value(self, due: datetime | None) -> None:
        if due is None:
            tomorrow = QDateTime.currentDateTime().addDays(1)
            tomorrow.setTime(QTime(10, 0))
            self.edit.setDateTime(tomorrow)
        else:
            self.edit.setDateTime(qdatetime(due))
        self.enabled_check.setChecked(due is not None)
        self.edit.setEnabled(due is not None)

    def value(self) -> datetime | None:
        if not self.enabled_check.isChecked():
            return None
        return cast(datetime, self.edit.dateTime().toPython()).astimezone()


class ReminderCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for minutes in (NO_REMINDER, *REMINDER_LEADS):
            self.addItem(reminder_text(minutes), minutes)

    def set_value(self, due: datetime | None, remind: datetime | None) -> None:
        if remind is None or due is None:
            self.setCurrentIndex(0 if remind is None else 1)
            return
        minutes = max(0, round((due - remind).total_seconds() / 60))
        if self.findData(minutes) < 0:
            self.addItem(reminder_text(minutes), minutes)
        self.setCurrentIndex(self.findData(minutes))

    def value(self, due: datetime | None) -> datetime | None:
        minutes = int(self.currentData())
        if minutes == NO_REMINDER or due is None:
            return None
        return due - timedelta(minutes=minutes)


class PriorityCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for priority in (TaskPriority.LOW, TaskPriority.NORMAL, TaskPriority.HIGH):
            self.addItem(labels.priority_text(priority), priority.value)
        self.set_value(TaskPriority.NORMAL)

    def set_value(self, priority: TaskPriority) -> None:
        self.setCurrentIndex(self.findData(TaskPriority(priority).value))

    def value(self) -> TaskPriority:
        return TaskPriority(self.currentData())


class DependencyList(QListWidget):
    """The other tasks of the project, ticked when this task waits for them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dependencyList")
        self.setMaximumHeight(120)

    def set_tasks(self, tasks: tuple[PlanTask, ...], own_id: int | None,
                  chosen: tuple[int, ...]) -> None:
        self.clear()
        for task in tasks:
            if task.item.id == own_id:
                continue
            entry = QListWidgetItem(task.item.data.title)
            entry.setData(Qt.ItemDataRole.UserRole, task.item.id)
            entry.setCheckState(Qt.CheckState.Checked if task.item.id in chosen
                                else Qt.CheckState.Unchecked)
            self.addItem(entry)
        self.setVisible(self.count() > 0)

    def chosen(self) -> tuple[int, ...]:
        return tuple(
            int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked)
