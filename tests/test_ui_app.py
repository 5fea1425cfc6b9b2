"""The crm-desktop entry point: --screenshot, first start of an embedded file, fatal errors."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import inspect, text

from crm_desktop import app
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services import users
from crm_desktop.ui.startup import ExitCode


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch, tmp_path):
    """Logs and config in the test's folder; no database address from the environment."""
    monkeypatch.setenv("CRM_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("CRM_CONFIG", str(tmp_path / "config.json"))
    monkeypatch.setenv("CRM_MACHINE_CONFIG", str(tmp_path / "machine.json"))
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CRM_DATABASE_URL", raising=False)
    monkeypatch.delenv("CRM_PASSWORD", raising=False)


@pytest.fixture
def fatal_boxes(monkeypatch) -> list[tuple[str, str, str]]:
    """Message boxes shown instead of blocking: (title, text, informative text)."""
    shown: list[tuple[str, str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


@pytest.fixture
def admin_url(sqlite_url) -> str:
    engine = make_engine(sqlite_url)
    users.create_first_admin(make_sessions(engine), "admin", "Администратор Системы",
                             "secret-123")
    engine.dispose()
    return sqlite_url


def assert_real_png(path: Path) -> None:
    image = QImage(str(path))
    assert not image.isNull(), "not a readable image"
    assert image.width() >= 1000 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 29)}
    assert len(colours) > 10, "the screenshot looks blank"


def test_screenshot_in_process(qapp, monkeypatch, tmp_path, admin_url):
    monkeypatch.setenv("CRM_PASSWORD", "secret-123")
    target = tmp_path / "shots" / "main.png"
    code = app.main(["--db", admin_url, "--user", "admin", "--lang", "ru",
                     "--screenshot", str(target)])
    assert code == 0
    assert_real_png(target)
    log_text = (tmp_path / "logs" / app.LOG_FILE).read_text(encoding="utf-8")
    assert "screenshot saved" in log_text
    assert "secret-123" not in log_text


def test_screenshot_as_a_subprocess(tmp_path, admin_url):
    target = tmp_path / "main.png"
    env = os.environ | {"CRM_PASSWORD": "secret-123", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "--db", admin_url, "--user", "admin",
         "--screenshot", str(target)],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert_real_png(target)


def test_wrong_password_without_a_dialog_exits_non_zero(qapp, monkeypatch, tmp_path,
                                                       admin_url, fatal_boxes):
    monkeypatch.setenv("CRM_PASSWORD", "not-the-password")
    code = app.main(["--db", admin_url, "--user", "admin", "--screenshot",
                     str(tmp_path / "x.png")])
    assert code == ExitCode.NOT_SIGNED_IN
    assert not (tmp_path / "x.png").exists()


def test_empty_embedded_file_gets_its_schema_on_first_start(qapp, tmp_path, fatal_boxes):
    url = f"sqlite:///{tmp_path / 'fresh' / 'crm.sqlite3'}"
    code = app.main(["--db", url, "--screenshot", str(tmp_path / "x.png")])
    # no users yet, and --screenshot never shows the first-run dialog
    assert code == ExitCode.NOT_SIGNED_IN
    assert fatal_boxes == []
    engine = make_engine(url)
    try:
        assert "clients" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


def test_bad_database_address_is_explained(qapp, fatal_boxes):
    code = app.main(["--db", "mysql://somewhere/crm", "--lang", "en"])
    assert code == ExitCode.CONFIGURATION
    assert len(fatal_boxes) == 1
    assert "Unsupported database type" in fatal_boxes[0][1]


def test_without_a_screen_to_click_errors_only_go_to_the_log(qapp, tmp_path, fatal_boxes):
    code = app.main(["--db", "mysql://somewhere/crm", "--screenshot", str(tmp_path / "x.png")])
    assert code == ExitCode.CONFIGURATION
    assert fatal_boxes == []
    log_text = (tmp_path / "logs" / app.LOG_FILE).read_text(encoding="utf-8")
    assert "ConfigurationError" in log_text


def test_unexpected_startup_failures_are_explained_not_dumped(qapp, monkeypatch, admin_url,
                                                             fatal_boxes):
    def broken(*_args, **_kwargs):
        raise RuntimeError("bug in the login")

    monkeypatch.setattr("crm_desktop.services.workspace.login", broken)
    monkeypatch.setenv("CRM_PASSWORD", "secret-123")
    code = app.main(["--db", admin_url, "--user", "admin", "--lang", "en"])
    assert code == ExitCode.UNEXPECTED
    assert fatal_boxes[0][1].startswith("Something went wrong")


@pytest.mark.pg
def test_newer_postgres_schema_is_explained_and_exits_non_zero(qapp, postgres_url,
                                                               fatal_boxes, caplog):
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffff9999'"))
    engine.dispose()
    with caplog.at_level(logging.ERROR):
        code = app.main(["--db", postgres_url, "--user", "admin", "--lang", "en"])
    assert code == ExitCode.SCHEMA
    assert len(fatal_boxes) == 1
    title, message, hint = fatal_boxes[0]
    assert title == "Cannot open the database"
    assert "created by a newer version of crm-desktop" in message
    assert "Traceback" not in message + hint
    engine = make_engine(postgres_url)  # never touched: still the newer revision
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == "ffffffff9999"
    engine.dispose()


@pytest.mark.pg
def test_empty_postgres_database_is_not_created_by_the_gui(qapp, empty_postgres_url,
                                                           fatal_boxes):
    code = app.main(["--db", empty_postgres_url, "--lang", "en"])
    assert code == ExitCode.SCHEMA
    assert "crm-admin init" in fatal_boxes[0][1]
    engine = make_engine(empty_postgres_url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


@pytest.mark.pg
def test_unreachable_postgres_server_is_explained(qapp, fatal_boxes):
    code = app.main(["--db", "postgresql://nobody@127.0.0.1:1/crm", "--lang", "en"])
    assert code == ExitCode.UNAVAILABLE
    assert fatal_boxes[0][1].startswith("Cannot connect to the database")
    assert "server is running" in fatal_boxes[0][2]
