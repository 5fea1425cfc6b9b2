"""First run of an empty database: create the administrator, or fill in demo data."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.forms import FormErrors, dialog_header
from crm_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

CreateAdmin = Callable[[str, str, str], object]  # login, full name, password
Progress = Callable[[int, int], None]  # done, total
GenerateDemo = Callable[[int, Progress], object]  # clients, progress
DEMO_SIZES = (100, 1_000, 10_000, 100_000, 1_000_000)
DEFAULT_DEMO_SIZE = 1_000


class FirstRunDialog(QDialog):
    """Accepted once the administrator (or the demo data with its users) exists.

    Work runs on the (write) runner; the dialog stays open until it is delivered.
    """

    sig_admin_created = Signal(str)
    """The administrator with this login was created."""
    sig_demo_generated = Signal()
    """Demo data and demo users were created."""
    sig_failed = Signal(str)
    """Creating failed; the message is shown in the form, which keeps its contents."""
    _sig_progress = Signal(int, int)  # emitted from the worker thread, delivered queued

    def __init__(self, runner: TaskRunner, create_admin: CreateAdmin,
                 generate_demo: GenerateDemo | None = None, demo_hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner, self._create_admin, self._generate_demo = runner, create_admin, generate_demo
        self._busy = False
        self.created_login: str | None = None
        self.demo_generated = False
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to CRM"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        self.form_error = QLabel()
        self.errors = FormErrors(form, self.form_error)
        self.login_edit = self.errors.add_field("login", self.tr("Login:"), QLineEdit("admin"))
        self.full_name_edit = self.errors.add_field("full_name", self.tr("Full name:"),
                                                    QLineEdit())
        self.full_name_edit.setPlaceholderText(self.tr("e.g. Ivanov Ivan Ivanovich"))
        self.password_edit = self.errors.add_field("password", self.tr("Password:"),
                                                   _password_edit())
        self.password_edit.setPlaceholderText(self.tr("at least 8 characters"))
        self.password2_edit = self.errors.add_field("password2", self.tr("Repeat password:"),
                                                    _password_edit())
        self.demo_check = QCheckBox(self.tr("Instead, fill the database with demo data "
                                            "to try the program"))
        self.demo_check.setObjectName("demoCheck")
        self.demo_clients = QComboBox()
        self.demo_clients.setObjectName("demoClients")
        for count in DEMO_SIZES:
            self.demo_clients.addItem(self.tr("%Ln client(s)", "", count), count)
        self.demo_clients.setCurrentIndex(DEMO_SIZES.index(DEFAULT_DEMO_SIZE))
        self.demo_hint = QLabel(demo_hint)
        self.demo_hint.setObjectName("dialogSubtitle")
        self.demo_hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("Create administrator"))
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton(self.tr("Quit"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        self.demo_check.toggled.connect(self._on_demo_check_toggled)
        self._sig_progress.connect(self._on_progress)
        self._layout(form, demo_available=generate_demo is not None)
        self._on_demo_check_toggled(False)

    def _layout(self, form: QFormLayout, *, demo_available: bool) -> None:
        card = QFrame()
        card.setObjectName("dialogCard")
        card.setMinimumWidth(520)  # the layout fixes the dialog to its size hint
        inner = QVBoxLayout(card)
        inner.setContentsMargins(20, 18, 20, 18)
        inner.addLayout(form)
        demo_row = QHBoxLayout()
        demo_row.setContentsMargins(26, 0, 0, 0)
        demo_row.addWidget(self.demo_clients)
        demo_row.addWidget(self.demo_hint, 1)
        layout = QVBoxLayout(self)
        # fixed to the size hint, so inline errors that wrap get the height they need
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(dialog_header(
            self.tr("Welcome to CRM"),
            self.tr("This database has no users yet. Create the administrator: this account "
                    "signs in first and adds your colleagues.")))
        layout.addWidget(card)
        layout.addWidget(self.form_error)
        if demo_available:
            layout.addWidget(self.demo_check)
            layout.addLayout(demo_row)
        else:
            for widget in (self.demo_check, self.demo_clients, self.demo_hint):
                widget.setVisible(False)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def _on_demo_check_toggled(self, checked: bool) -> None:
        for edit in (self.login_edit, self.full_name_edit, self.password_edit,
                     self.password2_edit):
            edit.setEnabled(not checked)
        self.demo_clients.setEnabled(checked)
        self.demo_hint.setEnabled(checked)
        self.create_button.setText(self.tr("Create demo database") if checked
                                   else self.tr("Create administrator"))
        self.errors.clear()

    def submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        if self.demo_check.isChecked() and self._generate_demo is not None:
            self._start_demo()
            return
        login, name = self.login_edit.text(), self.full_name_edit.text()
        password = self.password_edit.text()
        if password != self.password2_edit.text():
            message = self.tr("The passwords do not match.")
            self.errors.show_field("password2", message)
            self.sig_failed.emit(message)
            return
        self._set_busy(True)
        self._runner.submit(lambda: self._create_admin(login, name, password),
                            lambda _row: self._on_admin_created(login),
                            self._on_failed)

    def _start_demo(self) -> None:
        assert self._generate_demo is not None
        generate, clients = self._generate_demo, int(self.demo_clients.currentData())
        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        log.info("first run: generating %d demo clients", clients)
        self._runner.submit(lambda: generate(clients, self._sig_progress.emit),
                            self._on_demo_done, self._on_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_admin_created(self, login: str) -> None:
        self._set_busy(False)
        self.created_login = login.strip().lower()
        log.info("first run: administrator created")
        self.sig_admin_created.emit(self.created_login)
        self.accept()

    def _on_demo_done(self, _summary: object) -> None:
        self._set_busy(False)
        self.demo_generated = True
        self.sig_demo_generated.emit()
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.progress.setVisible(False)
        self.sig_failed.emit(self.errors.show_exception(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)
        self.demo_check.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def password(self) -> str:
        return self.password_edit.text()

    def reject(self) -> None:
        if not self._busy:  # the work must be delivered before the dialog may go away
            super().reject()


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
