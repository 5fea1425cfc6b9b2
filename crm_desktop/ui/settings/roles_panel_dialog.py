"""A new role: a short key (the PostgreSQL group role's name) and the name users see."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import RoleScope
from crm_desktop.services.roles import RoleData
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors
from crm_desktop.ui.protection.access import role_service

# a new role starts like a salesperson: own clients, may edit and print, nothing else
NEW_ROLE_FLAGS = {"can_edit": True, "can_print": True}


class NewRoleDialog(QDialog):
    sig_saved = Signal(object)
    """The role was created (the argument is the RoleRow)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newRoleDialog")
        self.setWindowTitle(self.tr("New role"))
        self._ctx = ctx
        self.form_error = QLabel()
        self.form_error.setProperty("error", "form")
        self.form_error.setVisible(False)
        self.errors = FieldErrors(self.form_error)
        self.key_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.key_edit.setPlaceholderText("sales2")
        hint = QLabel(self.tr("The key is a short Latin name used by the database server; it "
                              "cannot be changed later. The new role sees its own clients and "
                              "may edit and print: set its rights in the table."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.errors.add("name", self.name_edit))
        form.addRow(self.tr("Key"), self.errors.add("key", self.key_edit))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        self.errors.clear()
        roles = role_service(self._ctx)
        key, data = self.key_edit.text(), RoleData(self.name_edit.text(), RoleScope.OWN,
                                                   dict(NEW_ROLE_FLAGS))
        run(self._ctx.writes, self, lambda: roles.create(key, data), self._on_saved,
            self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.sig_save_failed.emit(self.errors.show_exception(exc))
