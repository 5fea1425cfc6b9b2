"""The workstation's first start and «Change server…»: the connection dialog, its check, and
what Startup stores in the per-user config file."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy.engine import make_url

from crm_desktop import config
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services import connection_check, users
from crm_desktop.ui.connection.dialog import ConnectionDialog
from crm_desktop.ui.first_run import FirstRunDialog
from crm_desktop.ui.login_dialog import LoginDialog
from crm_desktop.ui.startup import ExitCode, Startup, StartupAborted
from crm_desktop.ui.tasks import Runners, make_runners

LEFT = Qt.MouseButton.LeftButton
FAILURES: list[BaseException] = []


@pytest.fixture(autouse=True)
def no_failed_dialog_checks() -> Iterator[None]:
    FAILURES.clear()
    yield
    if FAILURES:
        raise FAILURES[0]


@pytest.fixture(autouse=True)
def isolated_config(monkeypatch, tmp_path):
    monkeypatch.setenv("CRM_CONFIG", str(tmp_path / "user.json"))
    monkeypatch.setenv("CRM_MACHINE_CONFIG", str(tmp_path / "machine.json"))
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CRM_DATABASE_URL", raising=False)


@pytest.fixture
def runners(qapp) -> Iterator[Runners]:
    result = make_runners()
    yield result
    result.wait()


@pytest.fixture
def dialog(qtbot, runners) -> ConnectionDialog:
    made = ConnectionDialog(runners.writes, check, local_url=config.default_sqlite_url(),
                            local_location=str(config.default_sqlite_path()))
    qtbot.addWidget(made)
    made.show()
    return made


def check(url: str, login: str, password: str) -> object:
    return connection_check.check_server(url, user=login, password=password, timeout=3)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fill_server(qtbot, dialog: ConnectionDialog, host: str, port: int, database: str) -> None:
    dialog.host_edit.clear()
    qtbot.keyClicks(dialog.host_edit, host)
    dialog.port_spin.setValue(port)
    dialog.database_edit.clear()
    qtbot.keyClicks(dialog.database_edit, database)


def user_config() -> dict:
    return json.loads(config.user_config_path().read_text(encoding="utf-8"))


def test_the_check_explains_a_closed_port_and_keeps_the_form(qtbot, dialog):
    port = free_port()
    fill_server(qtbot, dialog, "127.0.0.1", port, "crm")
    with qtbot.waitSignal(dialog.sig_check_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.check_button, LEFT)
    text = failed.args[0]
    assert f"port {port}" in text and "firewall" in text
    assert "refused" not in text  # plain words, not the driver's
    assert dialog.result_label.isVisible() and dialog.result_label.text() == text
    assert dialog.host_edit.text() == "127.0.0.1" and dialog.port_spin.value() == port
    assert dialog.check_button.isEnabled()


def test_the_check_passes_on_a_ready_database(qtbot, dialog, postgres_url):
    url = make_url(postgres_url)
    fill_server(qtbot, dialog, "127.0.0.1", url.port or 5432, url.database or "")
    qtbot.keyClicks(dialog.login_edit, "postgres")
    with qtbot.waitSignal(dialog.sig_checked, timeout=10_000) as checked:
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert checked.args[0].login_checked
    assert dialog.result_label.text().startswith("Connected: PostgreSQL")
    qtbot.keyClicks(dialog.database_edit, "x")  # a success no longer applies
    assert not dialog.result_label.isVisible()


def test_a_missing_database_is_named(qtbot, dialog, postgres_url):
    fill_server(qtbot, dialog, "127.0.0.1", make_url(postgres_url).port or 5432, "no_such_crm")
    qtbot.keyClicks(dialog.login_edit, "postgres")
    with qtbot.waitSignal(dialog.sig_check_failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.check_button, LEFT)
    assert "no database «no_such_crm»" in failed.args[0]


def test_continue_without_a_host_shows_it_at_the_field(qtbot, dialog):
    dialog.host_edit.clear()
    qtbot.mouseClick(dialog.continue_button, LEFT)
    assert dialog.errors.visible_errors() == {"host": "Enter the server's name or IP address."}
    assert dialog.result() != QDialog.DialogCode.Accepted


def when_dialog_appears(kind: type[QDialog], act) -> QTimer:
    """Poll for a modal dialog of `kind` (exec() blocks the test) and act on it once; a failed
    check inside `act` closes the dialog (so the test ends) and is raised by `finish`."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, kind) and shown.isVisible():
            timer.stop()
            try:
                act(shown)
            except BaseException as exc:
                FAILURES.append(exc)
                shown.done(QDialog.DialogCode.Rejected)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_first_start_working_locally_stores_the_choice_then_runs_first_run(qtbot, runners):
    seen: list[str] = []

    def choose_local(shown: ConnectionDialog) -> None:
        seen.append("connection")
        shown.local_radio.click()
        qtbot.mouseClick(shown.continue_button, LEFT)

    def quit_first_run(shown: FirstRunDialog) -> None:
        seen.append("first run")
        shown.reject()

    timers = [when_dialog_appears(ConnectionDialog, choose_local),
              when_dialog_appears(FirstRunDialog, quit_first_run)]
    with pytest.raises(StartupAborted) as aborted:
        Startup(config.default_sqlite_url(), runners.writes).run()
    for timer in timers:
        timer.stop()
    assert aborted.value.code == ExitCode.OK
    assert seen == ["connection", "first run"]
    assert user_config() == {"database_url": config.default_sqlite_url()}
    assert not config.needs_first_setup(config.default_sqlite_url())


def test_first_start_with_a_server_goes_to_sign_in_with_the_login_typed(qtbot, runners,
                                                                        postgres_url):
    url = make_url(postgres_url)
    signed_in_at: list[tuple[str, str]] = []

    def choose_server(shown: ConnectionDialog) -> None:
        assert shown.server_radio.isChecked()  # an office program: the server comes first
        fill_server(qtbot, shown, "127.0.0.1", url.port or 5432, url.database or "")
        qtbot.keyClicks(shown.login_edit, "Ivanova")
        qtbot.mouseClick(shown.continue_button, LEFT)
        assert not shown.isVisible(), (shown.host_edit.text(), shown.port_spin.value(),
                                       shown.database_edit.text(), shown.errors.visible_errors())

    def look_and_cancel(shown: LoginDialog) -> None:
        subtitles = [label.text() for label in shown.findChildren(
            type(shown.error_label), "dialogSubtitle") if label.text()]
        signed_in_at.append((shown.login_edit.text(), subtitles[0]))
        assert shown.change_server_button.isVisible()
        shown.reject()

    timers = [when_dialog_appears(ConnectionDialog, choose_server),
              when_dialog_appears(LoginDialog, look_and_cancel)]
    with pytest.raises(StartupAborted):
        Startup(config.default_sqlite_url(), runners.writes).run()
    for timer in timers:
        timer.stop()
    stored = connection_check.server_url("127.0.0.1", url.port or 5432, url.database or "")
    assert user_config() == {"database_url": stored}
    assert signed_in_at == [("ivanova", f"Database: 127.0.0.1:{url.port}/{url.database}")]


@pytest.fixture
def admin_url(sqlite_url) -> str:
    engine = make_engine(sqlite_url)
    users.create_first_admin(make_sessions(engine), "admin", "Администратор Системы",
                             "secret-123")
    engine.dispose()
    return sqlite_url


def test_change_server_from_the_sign_in_dialog(qtbot, runners, admin_url):
    config.write_user_config({"database_url": admin_url})
    seen: list[str] = []

    def change(shown: LoginDialog) -> None:
        seen.append("sign in")
        qtbot.mouseClick(shown.change_server_button, LEFT)

    def look_and_quit(shown: ConnectionDialog) -> None:
        seen.append("connection")
        assert shown.local_radio.isChecked()  # the current database is a local file
        shown.reject()

    timers = [when_dialog_appears(LoginDialog, change),
              when_dialog_appears(ConnectionDialog, look_and_quit)]
    with pytest.raises(StartupAborted) as aborted:
        Startup(admin_url, runners.writes).run()
    for timer in timers:
        timer.stop()
    assert seen == ["sign in", "connection"] and aborted.value.code == ExitCode.OK
    assert user_config() == {"database_url": admin_url}  # nothing chosen, nothing changed


def test_an_unreachable_configured_server_reopens_the_dialog_with_the_reason(qtbot, runners):
    port = free_port()
    url = f"postgresql://127.0.0.1:{port}/crm"
    config.write_user_config({"database_url": url})
    problems: list[str] = []

    def look_and_quit(shown: ConnectionDialog) -> None:
        problems.append(shown.result_label.text())
        assert shown.host_edit.text() == "127.0.0.1" and shown.port_spin.value() == port
        shown.reject()

    timer = when_dialog_appears(ConnectionDialog, look_and_quit)
    with pytest.raises(StartupAborted) as aborted:
        Startup(url, runners.writes).run()
    timer.stop()
    assert aborted.value.code == ExitCode.UNAVAILABLE
    assert len(problems) == 1 and f"port {port}" in problems[0]


def test_an_address_fixed_by_the_administrator_cannot_be_changed_here(qtbot, runners,
                                                                      admin_url, tmp_path):
    (tmp_path / "machine.json").write_text(json.dumps({"database_url": admin_url}),
                                           encoding="utf-8")
    offered: list[bool] = []

    def look_and_cancel(shown: LoginDialog) -> None:
        offered.append(shown.change_server_button.isVisible())
        shown.reject()

    timer = when_dialog_appears(LoginDialog, look_and_cancel)
    with pytest.raises(StartupAborted):
        Startup(admin_url, runners.writes).run()
    timer.stop()
    assert offered == [False]


def test_without_a_screen_the_first_start_never_asks(runners):
    with pytest.raises(StartupAborted) as aborted:
        Startup(config.default_sqlite_url(), runners.writes, interactive=False).run()
    assert aborted.value.code == ExitCode.NOT_SIGNED_IN
    assert not config.user_config_path().exists()


def test_settings_connection_panel_says_where_the_address_comes_from(qtbot, tmp_path):
    from crm_desktop.ui.connection.info_panel import ConnectionPanel

    url = "postgresql://dbserver:5433/crm"
    (tmp_path / "machine.json").write_text(json.dumps({
        "database_url": url, "reports_url": "postgresql://replica/crm"}), encoding="utf-8")
    panel = ConnectionPanel(config.connection_summary(url))
    qtbot.addWidget(panel)
    shown = {key: label.text() for key, label in panel.values.items()}
    assert shown["database"] == "PostgreSQL server · dbserver:5433/crm"
    assert shown["source"] == "set by the administrator for this computer"
    assert shown["reports"] == "replica/crm"
    assert shown["machine_config"] == str(tmp_path / "machine.json")
    assert not panel.summary.may_change

    other = ConnectionPanel(config.connection_summary("sqlite:////srv/crm/other.sqlite3"))
    qtbot.addWidget(other)
    assert other.values["source"].text() == "given when the program started"  # e.g. --db

    (tmp_path / "machine.json").unlink()
    local = ConnectionPanel(config.connection_summary(config.default_sqlite_url()))
    qtbot.addWidget(local)
    assert local.values["source"].text() == "the standard local file"
    assert local.values["reports"].text() == "the same database"
    assert local.summary.may_change
