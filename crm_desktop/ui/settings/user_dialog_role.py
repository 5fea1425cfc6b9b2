"""Change a user's role and team."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.roles import RoleRow
from crm_desktop.services.users import UserRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors
from crm_desktop.ui.settings.user_dialog import fill_roles, fill_teams


class UserRoleDialog(QDialog):
    sig_saved = Signal(object)
    """The role or team was changed (the argument is the UserRow)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, user: UserRow, roles: list[RoleRow], teams: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userRoleDialog")
        self.setWindowTitle(self.tr("Role and team of %1").replace("%1", user.full_name))
        self._ctx, self._user = ctx, user
        self.form_error = QLabel()
        self.form_error.setProperty("error", "form")
        self.form_error.setVisible(False)
        self.errors = FieldErrors(self.form_error)
        self.role_combo, self.team_combo = QComboBox(), QComboBox()
        fill_roles(self.role_combo, roles, user.role_key)
        fill_teams(self.team_combo, teams, user.team)
        form = QFormLayout()
        form.addRow(self.tr("Role"), self.errors.add("role", self.role_combo))
        form.addRow(self.tr("Team"), self.errors.add("team", self.team_combo))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def save(self) -> None:
        self.errors.clear()
        users, login = self._ctx.services.users, self._user.login
        role, team = self.role_combo.currentData(), self.team_combo.currentText().strip()
        run(self._ctx.writes, self, lambda: users.set_role(login, role, team), self._on_saved,
            self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.sig_save_failed.emit(self.errors.show_exception(exc))
