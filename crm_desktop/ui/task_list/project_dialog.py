"""Create a project: a name, what it is for, and the client or deal it belongs to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.projects import ProjectData
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.client_picker import ClientPicker
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.save_key import SaveKey
from crm_desktop.ui.task_list.deal_picker import DealPicker
from crm_desktop.ui.task_list.task_dialog import TaskPreset


class ProjectDialog(QDialog):
    sig_saved = Signal(object)
    """The project was created (a ProjectRow)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, preset: TaskPreset | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self.setWindowTitle(self.tr("New project"))
        self._ctx, self._save_key = ctx, SaveKey()
        preset = preset or TaskPreset()
        self.form_error = error_label("projectFormError", "form")
        self.errors = FieldErrors(self.form_error)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Equipment installation"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.description_edit.setFixedHeight(70)
        self.client_picker = ClientPicker(ctx)
        self.deal_picker = DealPicker(ctx)
        if preset.client_id is not None:
            self.client_picker.set_client(preset.client_id, preset.client_name or "")
        if preset.deal_id is not None:
            self.deal_picker.set_deal(preset.deal_id, preset.deal_title or "")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name, caption, editor in (
                ("name", self.tr("Name *"), self.name_edit),
                ("description", self.tr("Description"), self.description_edit),
                ("client_id", self.tr("Client"), self.client_picker),
                ("deal_id", self.tr("Deal"), self.deal_picker)):
            form.addRow(caption, self.errors.add(name, editor))
        self.save_button = QPushButton(self.tr("Create"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def save(self) -> None:
        self.errors.clear()
        data = ProjectData(self.name_edit.text(), self.description_edit.toPlainText() or None,
                           self.client_picker.client_id, self.deal_picker.deal_id)
        projects, key = self._ctx.services.projects, self._save_key.take(data)
        self.save_button.setEnabled(False)
        run(self._ctx.writes, self, lambda: projects.create(data, key), self._on_saved,
            self._on_failed)

    def _on_saved(self, row: object) -> None:
        # a retry after a lost answer returns the project the first attempt created
        self._save_key.reset()
        self.save_button.setEnabled(True)
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.sig_save_failed.emit(self.errors.show_exception(self._save_key.failed(exc)))
