"""Add a user: login, full name, e-mail, role, team and the password twice. Errors appear next
to their field and a failed save keeps everything typed (on PostgreSQL the service also
creates the user's database login)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.roles import RoleRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors, dialog_header
from crm_desktop.ui.session_info import role_label

FIELDS = ("login", "full_name", "email", "role", "team", "password", "password_again")


def fill_roles(combo: QComboBox, roles: list[RoleRow], current: str | None = None) -> None:
    combo.clear()
    for role in roles:
        combo.addItem(role_label(role.key, role.name), role.key)
    combo.setCurrentIndex(max(0, combo.findData(current or "manager")))


def fill_teams(combo: QComboBox, teams: list[str], current: str | None = None) -> None:
    combo.setEditable(True)
    line = combo.lineEdit()
    if line is not None:
        line.setPlaceholderText(QCoreApplication.translate("UserDialog", "No team"))
    combo.clear()
    combo.addItem("")
    combo.addItems(teams)
    combo.setCurrentText(current or "")


class UserDialog(QDialog):
    sig_saved = Signal(object)
    """The user was created (the argument is the UserRow)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, roles: list[RoleRow], teams: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("New user"))
        self._ctx = ctx
        self.form_error = QLabel()
        self.form_error.setProperty("error", "form")
        self.form_error.setVisible(False)
        self.errors = FieldErrors(self.form_error)
        self.edits = {name: QLineEdit() for name in ("login", "full_name", "email",
                                                     "password", "password_again")}
        for name in ("password", "password_again"):
            self.edits[name].setEchoMode(QLineEdit.EchoMode.Password)
        self.edits["login"].setPlaceholderText("ivanova")
        self.edits["email"].setPlaceholderText("ivanova@example.ru")
        self.role_combo, self.team_combo = QComboBox(), QComboBox()
        fill_roles(self.role_combo, roles)
        fill_teams(self.team_combo, teams)
        captions = {
            "login": self.tr("Login"), "full_name": self.tr("Full name"),
            "email": self.tr("E-mail"), "role": self.tr("Role"), "team": self.tr("Team"),
            "password": self.tr("Password"), "password_again": self.tr("Password again"),
        }
        form = QFormLayout()
        for name in FIELDS:
            editor: QWidget = {"role": self.role_combo, "team": self.team_combo}.get(
                name) or self.edits[name]
            form.addRow(captions[name], self.errors.add(name, editor))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(dialog_header(self.tr("New user"), self.tr(
            "The user signs in with this login and password; the role decides what they see "
            "and may do.")))
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def save(self) -> None:
        self.errors.clear()
        text = {name: edit.text() for name, edit in self.edits.items()}
        if text["password"] != text["password_again"]:
            message = self.tr("The passwords do not match.")
            self.errors.show_field("password_again", message)
            self.sig_save_failed.emit(message)
            return
        users, role = self._ctx.services.users, self.role_combo.currentData()
        team = self.team_combo.currentText().strip() or None
        run(self._ctx.writes, self,
            lambda: users.add(text["login"], text["full_name"], role, text["password"],
                              team=team, email=text["email"] or None),
            self._on_saved, self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.sig_save_failed.emit(self.errors.show_exception(exc))
