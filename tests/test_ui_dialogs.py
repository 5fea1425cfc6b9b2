"""First-run and sign-in dialogs driven like a user would: type, click, read the inline errors."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services import users, workspace
from crm_desktop.services.errors import SchemaMismatch
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.first_run import FirstRunDialog
from crm_desktop.ui.login_dialog import LoginDialog
from crm_desktop.ui.startup import Startup
from crm_desktop.ui.tasks import Runners, make_runners

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def runners(qapp) -> Iterator[Runners]:
    result = make_runners()
    yield result
    result.wait()


@pytest.fixture
def sessions(sqlite_url):
    engine = make_engine(sqlite_url)
    yield make_sessions(engine)
    engine.dispose()


@pytest.fixture
def first_run(qtbot, runners, sessions) -> FirstRunDialog:
    dialog = FirstRunDialog(runners.writes, partial(users.create_first_admin, sessions))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard would, Cyrillic included (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def fill_admin(qtbot, dialog: FirstRunDialog, login: str, name: str, password: str,
               repeat: str | None = None) -> None:
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, login)
    type_text(dialog.full_name_edit, name)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClicks(dialog.password2_edit, password if repeat is None else repeat)


def test_first_run_creates_the_administrator(qtbot, first_run, sqlite_url):
    fill_admin(qtbot, first_run, "Boss", "Начальников Пётр", "correct horse")
    with qtbot.waitSignal(first_run.sig_admin_created, timeout=10_000) as signal:
        qtbot.mouseClick(first_run.create_button, LEFT)
    assert signal.args == ["boss"]
    assert first_run.result() == QDialog.DialogCode.Accepted
    ws = workspace.login(sqlite_url, "boss", "correct horse")
    try:
        assert ws.actor.role_key == "admin"
        assert ws.actor.full_name == "Начальников Пётр"
    finally:
        ws.close()


def test_bad_login_is_shown_at_the_field_and_the_form_keeps_its_contents(
        qtbot, first_run, sessions):
    fill_admin(qtbot, first_run, "1-bad", "Начальников Пётр", "correct horse")
    with qtbot.waitSignal(first_run.sig_failed, timeout=10_000) as signal:
        qtbot.mouseClick(first_run.create_button, LEFT)
    assert signal.args[0].startswith("A login is 2–63 Latin letters")
    error = first_run.errors.error_label("login")
    assert error.isVisible() and error.text() == signal.args[0]
    assert first_run.isVisible() and first_run.result() != QDialog.DialogCode.Accepted
    assert (first_run.login_edit.text(), first_run.full_name_edit.text()) == \
        ("1-bad", "Начальников Пётр")
    assert first_run.password_edit.text() == "correct horse"
    assert first_run.create_button.isEnabled()
    with sessions() as session:  # nothing was created
        assert not workspace.has_users(session.get_bind())
    # correcting the field clears its error
    qtbot.keyClick(first_run.login_edit, Qt.Key.Key_Backspace)
    assert not error.isVisible()


def test_short_password_is_shown_at_the_password_field(qtbot, first_run):
    fill_admin(qtbot, first_run, "boss", "Начальников Пётр", "short")
    with qtbot.waitSignal(first_run.sig_failed, timeout=10_000):
        qtbot.mouseClick(first_run.create_button, LEFT)
    assert first_run.errors.error_label("password").text() == \
        "The password must be at least 8 characters."
    assert not first_run.errors.error_label("login").isVisible()


def test_passwords_must_match(qtbot, first_run):
    fill_admin(qtbot, first_run, "boss", "Начальников Пётр", "correct horse", "correct hose")
    with qtbot.waitSignal(first_run.sig_failed, timeout=1000):
        qtbot.mouseClick(first_run.create_button, LEFT)
    assert first_run.errors.error_label("password2").isVisible()
    assert first_run.errors.error_label("password2").text() == "The passwords do not match."


@pytest.mark.skipif(importlib.util.find_spec("crm_desktop.services.demo") is None,
                    reason="the demo data generator is not in this tree yet")
def test_first_run_can_fill_demo_data_instead(qtbot, runners, sessions, sqlite_url):
    from crm_desktop.services import demo

    dialog = FirstRunDialog(runners.writes, partial(users.create_first_admin, sessions),
                            lambda n, progress: demo.generate(sessions, n, progress=progress))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_check, LEFT)
    assert not dialog.login_edit.isEnabled()
    dialog.demo_clients.setCurrentIndex(0)  # the smallest size
    with qtbot.waitSignal(dialog.sig_demo_generated, timeout=60_000):
        qtbot.mouseClick(dialog.create_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    ws = workspace.login(sqlite_url, "admin", demo.DEMO_PASSWORD)
    ws.close()


@pytest.fixture
def admin_url(sqlite_url) -> str:
    engine = make_engine(sqlite_url)
    users.create_first_admin(make_sessions(engine), "admin", "Администратор", "secret-123")
    engine.dispose()
    return sqlite_url


def login_dialog(qtbot, runners, url: str, **kwargs) -> LoginDialog:
    dialog = LoginDialog(runners.writes, partial(workspace.login, url), location="test", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_password_is_shown_in_the_dialog(qtbot, runners, admin_url):
    dialog = login_dialog(qtbot, runners, admin_url)
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "wrong-one")
    with qtbot.waitSignal(dialog.sig_failed, timeout=10_000) as signal:
        qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert signal.args == ["Wrong login or password."]
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong login or password."
    assert dialog.isVisible() and dialog.workspace is None
    assert dialog.login_edit.text() == "admin"
    assert dialog.password_edit.text() == ""  # cleared for the next try


def test_right_password_signs_in(qtbot, runners, admin_url):
    dialog = login_dialog(qtbot, runners, admin_url, login_name="admin")
    qtbot.keyClicks(dialog.password_edit, "secret-123")
    with qtbot.waitSignal(dialog.sig_logged_in, timeout=10_000):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(dialog.workspace, Workspace)
    assert dialog.workspace.actor.login == "admin"
    dialog.workspace.close()


def test_empty_password_is_refused_without_asking_the_database(qtbot, runners):
    dialog = login_dialog(qtbot, runners, "sqlite:///nonexistent/never-opened.sqlite3",
                          login_name="admin")
    with qtbot.waitSignal(dialog.sig_failed, timeout=1000):
        qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert dialog.errors.error_label("password").text() == "Enter your password."
    assert runners.writes.is_idle()


def test_schema_mismatch_while_signing_in_closes_the_dialog_as_fatal(qtbot, runners):
    def login(_name: str, _password: str) -> Workspace:
        raise SchemaMismatch("newer", "ffff", "0001")

    dialog = LoginDialog(runners.writes, login, login_name="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password_edit, "whatever-1")
    with qtbot.waitSignal(dialog.rejected, timeout=5000):
        qtbot.mouseClick(dialog.sign_in_button, LEFT)
    assert isinstance(dialog.fatal_error, SchemaMismatch)


def when_dialog_appears(kind: type[QDialog], act) -> QTimer:
    """Poll for a modal dialog of `kind` (exec() blocks the test) and act on it once."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            timer.stop()
            act(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_startup_of_an_empty_file_runs_first_run_then_signs_the_admin_in(qtbot, runners,
                                                                          tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'crm.sqlite3'}"

    def create_admin(dialog: FirstRunDialog) -> None:
        fill_admin(qtbot, dialog, "chief", "Главный Иван", "long enough 1")
        qtbot.mouseClick(dialog.create_button, LEFT)

    timer = when_dialog_appears(FirstRunDialog, create_admin)
    ws = Startup(url, runners.writes).run()
    timer.stop()
    try:
        assert ws.actor.login == "chief" and ws.actor.role_key == "admin"
    finally:
        ws.close()


def test_startup_with_a_wrong_password_asks_again_in_the_dialog(qtbot, runners, admin_url):
    seen: list[str] = []

    def sign_in(dialog: LoginDialog) -> None:
        seen.append(dialog.error_label.text())
        assert dialog.login_edit.text() == "admin"
        qtbot.keyClicks(dialog.password_edit, "secret-123")
        qtbot.mouseClick(dialog.sign_in_button, LEFT)

    timer = when_dialog_appears(LoginDialog, sign_in)
    ws = Startup(admin_url, runners.writes, user="admin", password="wrong").run()
    timer.stop()
    try:
        assert seen == ["Wrong login or password."]
        assert ws.actor.login == "admin"
    finally:
        ws.close()
