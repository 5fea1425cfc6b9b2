"""Signing in: login and password, checked on the write runner, errors shown in the dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import DatabaseUnavailable, SchemaMismatch
from crm_desktop.ui.forms import FormErrors, dialog_header
from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

Login = Callable[[str, str], object]  # login, password -> Workspace
# failures after which signing in again cannot help: the dialog closes, the program explains
FATAL = (SchemaMismatch, DatabaseUnavailable)


class LoginDialog(QDialog):
    """Accepted with `workspace` set; rejected by the user, with `fatal_error` set, or with
    `change_server_requested` (the «Change server…» button, shown with `can_change_server`)."""

    sig_logged_in = Signal(object)
    """Signing in succeeded; the argument is the Workspace."""
    sig_failed = Signal(str)
    """Signing in failed; the translated message is shown in the dialog."""

    def __init__(self, runner: TaskRunner, login: Login, *, location: str = "",
                 login_name: str = "", notice: str = "", error: str = "",
                 can_change_server: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._login = runner, login
        self._busy = False
        self.workspace: object | None = None
        self.fatal_error: Exception | None = None
        self.change_server_requested = False
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — CRM"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.error_label = QLabel()
        self.errors = FormErrors(form, self.error_label)
        self.error_label.setObjectName("loginError")
        self.login_edit = self.errors.add_field("login", self.tr("Login:"),
                                                QLineEdit(login_name))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add_field("password", self.tr("Password:"), self.password_edit)
        self.notice_label = QLabel(notice)
        self.notice_label.setObjectName("dialogSubtitle")
        self.notice_label.setWordWrap(True)
        self.notice_label.setVisible(bool(notice))
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.change_server_button = QPushButton(self.tr("Change server…"))
        self.change_server_button.setObjectName("linkButton")
        self.change_server_button.setToolTip(self.tr("Connect this computer to another "
                                                     "database"))
        self.change_server_button.clicked.connect(self._on_change_server_clicked)
        self.change_server_button.setVisible(can_change_server)
        if can_change_server:
            self.buttons.addButton(self.change_server_button,
                                   QDialogButtonBox.ButtonRole.ResetRole)
        card = QFrame()
        card.setObjectName("dialogCard")
        card.setMinimumWidth(400)  # the layout fixes the dialog to its size hint
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.addLayout(form)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(14)
        subtitle = self.tr("Database: %1").replace("%1", location) if location else ""
        layout.addWidget(dialog_header(self.tr("Sign in"), subtitle))
        layout.addWidget(self.notice_label)
        layout.addWidget(card)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if error:
            self.errors.show_form(error)
        (self.password_edit if login_name else self.login_edit).setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        login_name, password = self.login_edit.text().strip(), self.password_edit.text()
        if not login_name:
            self._fail_at("login", self.tr("Enter your login."))
            return
        if not password:
            self._fail_at("password", self.tr("Enter your password."))
            return
        self._set_busy(True)
        self._runner.submit(lambda: self._login(login_name, password), self._on_done,
                            self._on_failed)

    def _fail_at(self, field: str, message: str) -> None:
        self.errors.show_field(field, message)
        self.sig_failed.emit(message)

    def _on_done(self, workspace: object) -> None:
        self._set_busy(False)
        self.workspace = workspace
        self.sig_logged_in.emit(workspace)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, FATAL):
            log.warning("sign-in impossible: %s", type(exc).__name__)
            self.fatal_error = exc
            self.reject()
            return
        text = self.errors.show_exception(exc)
        log.info("sign-in failed: %s", type(exc).__name__)
        self.password_edit.clear()
        self.password_edit.setFocus()
        self.sig_failed.emit(text)

    def _on_change_server_clicked(self) -> None:
        if self._busy:
            return
        log.info("sign-in: the user wants another database")
        self.change_server_requested = True
        self.reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)
        self.login_edit.setEnabled(not busy)
        self.password_edit.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
