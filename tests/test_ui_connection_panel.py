"""Settings → Connection: every user sees where this workstation's database is, which config
files decide it, and where the reports come from."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crm_desktop import config
from crm_desktop.app import build_main_window
from crm_desktop.db import make_engine
from crm_desktop.services.actor import Permission, system_actor
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import login
from crm_desktop.ui.tasks import make_runners
from tests.factories import make_world

PASSWORD = "correct-horse"


@pytest.fixture(autouse=True)
def _config_files(monkeypatch, tmp_path):
    monkeypatch.setenv("CRM_CONFIG", str(tmp_path / "user.json"))
    monkeypatch.setenv("CRM_MACHINE_CONFIG", str(tmp_path / "machine.json"))
    monkeypatch.setenv("CRM_LOG_DIR", str(tmp_path / "logs"))
    for variable in ("CRM_DATABASE_URL", "CRM_REPORTS_URL"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def signed_in(qapp, sqlite_url, tmp_path):
    """A read-only user (the least rights) signed in to a database the user's config chose."""
    engine = make_engine(sqlite_url)
    UserService(make_world(engine).sessions, system_actor()).add(
        "reader", "Читатель Пётр", "readonly", PASSWORD)
    (tmp_path / "user.json").write_text(json.dumps({"database_url": sqlite_url}),
                                        encoding="utf-8")
    ws = login(sqlite_url, "reader", PASSWORD)
    runners = make_runners()
    yield ws, runners, sqlite_url
    runners.wait()
    ws.close()
    engine.dispose()


def test_every_user_has_a_connection_section_with_the_database_in_use(qtbot, signed_in,
                                                                      tmp_path):
    ws, runners, url = signed_in
    window = build_main_window(ws, runners, url=url)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_section("settings")
    page = window.settings_page
    assert page.show_panel("connectionSettings")
    panel = page.current_panel()
    assert page.sections.currentItem().text() == "Connection"
    qtbot.waitUntil(panel.isVisible)
    shown = {key: label.text() for key, label in panel.values.items()}
    database_file = url.removeprefix("sqlite:///")
    assert shown["database"] == f"SQLite file · {database_file}"
    assert shown["source"] == "chosen on this computer"
    assert shown["reports"] == "the same database"
    assert shown["user_config"] == str(tmp_path / "user.json")
    assert shown["log_folder"] == str(tmp_path / "logs")
    hint = panel.findChild(QLabel, "settingsHint")
    assert "Change server" in hint.text()  # the user's own choice: they may change it
    # the values can be copied for the administrator, unless the role may not copy at all: the
    # clipboard guard then takes the selection from the labels of pages built after sign-in
    # (Settings is built when first shown)
    selectable = panel.values["database"].textInteractionFlags() & \
        Qt.TextInteractionFlag.TextSelectableByMouse
    assert bool(selectable) == ws.actor.can(Permission.COPY)


def test_an_address_fixed_by_the_administrator_says_so(qtbot, signed_in, tmp_path):
    ws, runners, url = signed_in
    (tmp_path / "machine.json").write_text(json.dumps({
        "database_url": url, "reports_url": "postgresql://replica.office:5432/crm"}),
        encoding="utf-8")
    window = build_main_window(ws, runners, url=url)
    qtbot.addWidget(window)
    assert window.settings_page.show_panel("connectionSettings")
    panel = window.settings_page.current_panel()
    assert panel.values["source"].text() == "set by the administrator for this computer"
    # a SQLite workstation never opens the standby: the panel says the reports stay here
    assert panel.values["reports"].text() == (
        "the same database (the standby replica.office:5432/crm is not available; see the log)")
    assert not panel.summary.may_change
    assert config.resolve_reports_url() == "postgresql://replica.office:5432/crm"
