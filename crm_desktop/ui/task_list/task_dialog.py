"""Create or edit a task (from the Tasks section, a client or deal card, or Ctrl+T).

Opened with open(): the event loop keeps running. Pickers are read on the reads runner; a
failed save shows the error next to its field and keeps everything typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.project_plan import ProjectPlan
from crm_desktop.services.projects import ProjectRow
from crm_desktop.services.task_dto import Assignee, TaskData, TaskItem, TaskRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.client_picker import ClientPicker
from crm_desktop.ui.forms import FieldErrors, dialog_header, error_label
from crm_desktop.ui.save_key import SaveKey
from crm_desktop.ui.task_list.deal_picker import DealPicker
from crm_desktop.ui.task_list.task_fields import (
    DependencyList,
    DueEditor,
    PriorityCombo,
    ReminderCombo,
)


@dataclass(frozen=True, slots=True)
class TaskPreset:
    """What a new task starts with when created from a card or a project."""

    client_id: int | None = None
    client_name: str | None = None
    deal_id: int | None = None
    deal_title: str | None = None
    project_id: int | None = None
    due_at: datetime | None = None


class TaskDialog(QDialog):
    sig_ready = Signal()
    """The pickers (people, projects) arrived."""
    sig_saved = Signal(object)
    """The task was saved; the argument is the TaskRow."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, item: TaskItem | None = None,
                 preset: TaskPreset | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self._ctx, self.item = ctx, item
        self._save_key = SaveKey()
        self._saved_as: tuple[int, int] | None = None  # (id, version) an earlier attempt wrote
        preset = preset or TaskPreset()
        self.setWindowTitle(self.tr("New task") if item is None else self.tr("Task"))
        self.form_error = error_label("taskFormError", "form")
        self.errors = FieldErrors(self.form_error)
        self._build()
        self._fill(item, preset)
        self._load_options(item.data.assignee_id if item else None,
                           item.data.project_id if item else preset.project_id)

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("What to do, e.g. call about the contract"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.description_edit.setFixedHeight(70)
        self.assignee_combo = QComboBox()
        self.due = DueEditor()
        self.reminder_combo = ReminderCombo()
        self.priority_combo = PriorityCombo()
        self.client_picker = ClientPicker(self._ctx)
        self.client_picker.setClearButtonEnabled(True)
        self.client_picker.textChanged.connect(self._on_client_text_changed)
        self.deal_picker = DealPicker(self._ctx)
        self.deal_picker.sig_deal_chosen.connect(self._on_deal_chosen)
        self.project_combo = QComboBox()
        self.project_combo.addItem(self.tr("No project"), None)
        self.project_combo.currentIndexChanged.connect(self._on_project_changed)
        self.dependencies = DependencyList()
        self.dependencies.hide()
        form = self.form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name, caption, editor in (
                ("title", self.tr("Task *"), self.title_edit),
                ("description", self.tr("Description"), self.description_edit),
                ("assignee_id", self.tr("Assignee"), self.assignee_combo),
                ("due_at", self.tr("Due"), self.due),
                ("remind_at", self.tr("Reminder"), self.reminder_combo),
                ("priority", self.tr("Priority"), self.priority_combo),
                ("client_id", self.tr("Client"), self.client_picker),
                ("deal_id", self.tr("Deal"), self.deal_picker),
                ("project_id", self.tr("Project"), self.project_combo),
                ("depends_on", self.tr("Waits for"), self.dependencies)):
            form.addRow(caption, self.errors.add(name, editor))
        form.setRowVisible(form.rowCount() - 1, False)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(dialog_header(
            self.windowTitle(), self.tr("Who does what by when; the reminder pops up on the "
                                        "assignee's screen.")))
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(600)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # on a short screen the dialog opens at its minimum height, which leaves out the
        # subtitle's wrapped line and squeezes the description box: keep room for every field
        self.setMinimumHeight(max(self.minimumHeight(), self.heightForWidth(self.width())))

    def _fill(self, item: TaskItem | None, preset: TaskPreset) -> None:
        if item is None:
            self.due.set_value(preset.due_at)
            if preset.due_at is None:
                self.due.enabled_check.setChecked(True)
            if preset.client_id is not None:
                self.client_picker.set_client(preset.client_id, preset.client_name or "")
            if preset.deal_id is not None:
                self.deal_picker.set_deal(preset.deal_id, preset.deal_title or "")
            self.reminder_combo.setCurrentIndex(self.reminder_combo.findData(15))
            return
        data = item.data
        self.title_edit.setText(data.title)
        self.description_edit.setPlainText(data.description or "")
        self.due.set_value(data.due_at)
        self.reminder_combo.set_value(data.due_at, data.remind_at)
        self.priority_combo.set_value(data.priority)
        if data.client_id is not None:
            self.client_picker.set_client(data.client_id, item.client_name or "")
        if data.deal_id is not None:
            self.deal_picker.set_deal(data.deal_id, item.deal_title or "")

    # -- pickers --------------------------------------------------------------------------------
    def _load_options(self, assignee_id: int | None, project_id: int | None) -> None:
        tasks, projects = self._ctx.services.tasks, self._ctx.services.projects

        def work() -> tuple[list[Assignee], list[ProjectRow]]:
            return tasks.assignees(), projects.projects()

        run(self._ctx.reads, self, work,
            lambda r: self._on_options(r, assignee_id, project_id), self.errors.show_exception)

    def _on_options(self, result: tuple[list[Assignee], list[ProjectRow]],
                    assignee_id: int | None, project_id: int | None) -> None:
        people, projects = result
        self.assignee_combo.clear()
        for person in people:
            self.assignee_combo.addItem(person.name + (self.tr(" (me)") if person.is_me else ""),
                                        person.id)
        if assignee_id is not None and self.assignee_combo.findData(assignee_id) < 0:
            self.assignee_combo.addItem(self.item.assignee_name if self.item else "",
                                        assignee_id)
        self.assignee_combo.setCurrentIndex(max(0, self.assignee_combo.findData(assignee_id)))
        for project in projects:
            self.project_combo.addItem(project.name, project.id)
        index = self.project_combo.findData(project_id)
        self.project_combo.setCurrentIndex(max(0, index))
        self.sig_ready.emit()

    def _on_project_changed(self, _index: int) -> None:
        project_id = self.project_combo.currentData()
        if project_id is None:
            self.dependencies.set_tasks((), None, ())
            self.form.setRowVisible(self.form.rowCount() - 1, False)
            return
        projects = self._ctx.services.projects
        run(self._ctx.reads, self, lambda: projects.plan(int(project_id)), self._on_plan,
            self.errors.show_exception, key=f"task-dialog-plan:{id(self)}")

    def _on_plan(self, plan: ProjectPlan) -> None:
        own = self.item.id if self.item else None
        chosen = self.item.data.depends_on if self.item else self.dependencies.chosen()
        self.dependencies.set_tasks(plan.tasks, own, chosen)
        self.form.setRowVisible(self.form.rowCount() - 1, self.dependencies.count() > 0)

    def _on_client_text_changed(self, text: str) -> None:
        if not text:
            self.client_picker.client_id = None

    def _on_deal_chosen(self, _deal_id: int, client_id: int) -> None:
        if self.client_picker.client_id is None:
            self.client_picker.client_id = client_id
            self.client_picker.setPlaceholderText(self.tr("The deal's client"))

    # -- saving ---------------------------------------------------------------------------------
    def data(self) -> TaskData:
        due = self.due.value()
        project = self.project_combo.currentData()
        assignee = self.assignee_combo.currentData()
        return TaskData(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText() or None,
            assignee_id=int(assignee) if assignee is not None else None,
            client_id=self.client_picker.client_id,
            deal_id=self.deal_picker.deal_id,
            project_id=int(project) if project is not None else None,
            due_at=due,
            remind_at=self.reminder_combo.value(due),
            priority=self.priority_combo.value(),
            depends_on=self.dependencies.chosen(),
        )

    def save(self) -> None:
        self.errors.clear()
        data, tasks, item = self.data(), self._ctx.services.tasks, self.item
        target = self._saved_as or ((item.id, item.version) if item is not None else None)
        key = self._save_key.take(data)  # a retry of this edit sends the same key
        self.save_button.setEnabled(False)
        if target is None:
            run(self._ctx.writes, self, lambda: tasks.create(data, key),
                lambda row: self._on_saved(row, data), self._on_failed)
        else:
            task_id, version = target
            run(self._ctx.writes, self, lambda: tasks.update(task_id, data, version, key),
                lambda row: self._on_saved(row, data), self._on_failed)

    def _on_saved(self, row: object, data: TaskData) -> None:
        self.save_button.setEnabled(True)
        assert isinstance(row, TaskRow)
        if self._save_key.succeeded(data):  # maybe an earlier attempt: save what is typed now
            self._saved_as = (row.id, row.version)
            self.save()
            return
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.sig_save_failed.emit(self.errors.show_exception(self._save_key.failed(exc)))
