"""First start (and «Сменить сервер…»): the company's server, or work locally.

The server is given as host, port and database; each user's own login and password are asked by
the sign-in dialog afterwards (the optional login here is only for «Проверить подключение»).
The check runs on the runner and explains failures in plain words (services/connection_check).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.connection_check import (
    DEFAULT_DATABASE,
    DEFAULT_PORT,
    ConnectionReport,
    server_parts,
    server_url,
)
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui import errors
from crm_desktop.ui.forms import FieldErrors, dialog_header
from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

Check = Callable[[str, str, str], object]  # url, login, password -> ConnectionReport
# the green "connected" state; failures use the app's QLabel[error="form"]
RESULT_STYLE = """
#connectionResult[state="ok"] { color: #166534; background: #f0fdf4;
    border: 1px solid #bbf7d0; border-radius: 6px; padding: 6px 10px; }
#connectionResult[state="info"] { color: #1e3a8a; background: #eff6ff;
    border: 1px solid #bfdbfe; border-radius: 6px; padding: 6px 10px; }
#optionHint { color: #6b7280; margin-left: 26px; }
"""


class ConnectionDialog(QDialog):
    """Accepted with `chosen_url` (and `login`, if one was typed for the check)."""

    sig_checked = Signal(object)
    """The check succeeded; the argument is the ConnectionReport."""
    sig_check_failed = Signal(str)
    """The check failed; the translated explanation is shown in the dialog."""

    def __init__(self, runner: TaskRunner, check: Check, *, local_url: str,
                 local_location: str, current_url: str = "", problem: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._check, self._local_url = runner, check, local_url
        self._busy = False
        self.chosen_url = ""
        self.login = ""
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Connection — CRM"))
        self.setStyleSheet(RESULT_STYLE)
        self.server_radio = QRadioButton(self.tr("The company's server (PostgreSQL)"))
        self.server_radio.setObjectName("serverChoice")
        self.local_radio = QRadioButton(self.tr("Work locally on this computer"))
        self.local_radio.setObjectName("localChoice")
        choice = QButtonGroup(self)
        choice.addButton(self.server_radio)
        choice.addButton(self.local_radio)
        self.result_label = QLabel()
        self.result_label.setObjectName("connectionResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setVisible(False)
        self.errors = FieldErrors(QLabel())
        self._build_fields()
        self._layout(local_location)
        self._prefill(current_url)
        self.server_radio.toggled.connect(self._on_choice_toggled)
        self._on_choice_toggled(self.server_radio.isChecked())
        if problem:
            self._show_result(problem, "error")

    def _build_fields(self) -> None:
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText(self.tr("e.g. crm-server or 192.168.1.10"))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.port_spin.setGroupSeparatorShown(False)
        self.database_edit = QLineEdit(DEFAULT_DATABASE)
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("optional"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("not saved"))
        self.check_button = QPushButton(self.tr("Test connection"))
        self.check_button.setObjectName("checkConnectionButton")
        self.check_button.setAutoDefault(False)  # Enter continues; testing is a click
        self.check_button.clicked.connect(self.check)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.submit)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        quit_button = self.buttons.addButton(self.tr("Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.clicked.connect(self.reject)
        for edit in (self.host_edit, self.database_edit, self.login_edit, self.password_edit):
            edit.textEdited.connect(self._on_input_edited)
        self.port_spin.valueChanged.connect(self._on_input_edited)

    def _layout(self, local_location: str) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Server:"), self.errors.add("host", self.host_edit))
        form.addRow(self.tr("Port:"), self.errors.add("port", self.port_spin))
        form.addRow(self.tr("Database:"), self.errors.add("database", self.database_edit))
        check_title = QLabel(self.tr("To test the connection you may give your login and "
                                     "password; they are not stored here."))
        check_title.setObjectName("dialogSubtitle")
        check_title.setWordWrap(True)
        form.addRow(check_title)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        form.addRow(check_row)
        self.server_card = QFrame()
        self.server_card.setObjectName("dialogCard")
        self.server_card.setMinimumWidth(520)  # the layout fixes the dialog to its size hint
        card_layout = QVBoxLayout(self.server_card)
        card_layout.setContentsMargins(20, 16, 20, 16)
        card_layout.addLayout(form)
        server_hint = _hint(self.tr("Everyone in the office works with one database. The "
                                    "administrator tells you the server's address."))
        local_hint = _hint(self.tr("The data stays in a file on this computer: %1. Good for "
                                   "a single workstation or for trying the program.")
                           .replace("%1", local_location))
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(dialog_header(
            self.tr("Where is your CRM data?"),
            self.tr("Choose how this computer works. You can change it later with "
                    "«Change server…» in the sign-in window.")))
        layout.addSpacing(4)
        for widget in (self.server_radio, server_hint, self.server_card, self.local_radio,
                       local_hint, self.result_label, self.buttons):
            layout.addWidget(widget)

    def _prefill(self, current_url: str) -> None:
        parts = server_parts(current_url) if current_url else None
        if parts is not None:
            host, port, database = parts
            self.host_edit.setText(host)
            self.port_spin.setValue(port)
            self.database_edit.setText(database)
        self.server_radio.setChecked(parts is not None or not current_url)
        self.local_radio.setChecked(parts is None and bool(current_url))

    def _on_choice_toggled(self, server: bool) -> None:
        self.server_card.setEnabled(server)
        self._show_result("", "")
        (self.host_edit if server else self.local_radio).setFocus()

    def _on_input_edited(self, *_args: object) -> None:
        if self.result_label.property("state") == "ok":
            self._show_result("", "")  # a success no longer applies to what is typed now

    def _server_url(self) -> str | None:
        self.errors.clear()
        try:
            return server_url(self.host_edit.text(), self.port_spin.value(),
                              self.database_edit.text())
        except ValidationError as exc:
            self.errors.show_exception(exc)
            return None

    def check(self) -> None:
        if self._busy:
            return
        url = self._server_url()
        if url is None:
            return
        login, password = self.login_edit.text().strip(), self.password_edit.text()
        self._set_busy(True)
        self._show_result(self.tr("Connecting to %1…").replace("%1", self.host_edit.text()
                                                               .strip()), "info")
        self._runner.submit(lambda: self._check(url, login, password), self._on_checked,
                            self._on_check_failed)

    def _on_checked(self, report: object) -> None:
        self._set_busy(False)
        assert isinstance(report, ConnectionReport)
        if report.login_checked:
            text = self.tr("Connected: PostgreSQL %1, the database is ready.") \
                .replace("%1", report.server_version)
        else:
            text = self.tr("The server answers. Your login and password will be checked "
                           "when you sign in.")
        self._show_result(text, "ok")
        self.sig_checked.emit(report)

    def _on_check_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ValidationError):
            log.info("connection check failed: %s", type(exc).__name__)
        text = errors.describe(exc)
        self._show_result(text, "error")
        self.sig_check_failed.emit(text)

    def submit(self) -> None:
        if self._busy:
            return
        if self.local_radio.isChecked():
            self.chosen_url = self._local_url
        else:
            url = self._server_url()
            if url is None:
                return
            self.chosen_url = url
            self.login = self.login_edit.text().strip().lower()
        log.info("workstation set to %s", "local" if self.local_radio.isChecked() else "server")
        self.accept()

    def _show_result(self, text: str, state: str) -> None:
        label = self.result_label
        label.setText(text)
        label.setProperty("state", state)
        label.setProperty("error", "form" if state == "error" else None)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.check_button.setEnabled(not busy)
        self.check_button.setText(self.tr("Testing…") if busy else self.tr("Test connection"))
        self.buttons.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if not self._busy:  # the check must be delivered before the dialog may go away
            super().reject()


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("optionHint")
    label.setWordWrap(True)
    return label
