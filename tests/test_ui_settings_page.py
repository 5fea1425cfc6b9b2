"""The Settings page: a list of sections, one panel shown at a time, the workstation last;
and `crm-desktop --size` for screenshots at a chosen size."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from crm_desktop.app import parse_args
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow, SessionInfo, role_label
from crm_desktop.ui.settings_page import SettingsPage
from crm_desktop.ui.tasks import Runners, make_runners
from tests.factories import make_world

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def runners(qapp) -> Iterator[Runners]:
    result = make_runners()
    yield result
    result.wait()


def open_window(qtbot, runners, url: str, login: str, role: str) -> MainWindow:
    info = SessionInfo("Смирнов Олег", login, role_label(role), "sqlite", "/data/crm.sqlite3",
                       "/logs")
    engine = make_engine(url)
    actor = make_world(engine).add_user(login, role)
    services = ServiceBundle.for_workspace(Workspace(engine, make_sessions(engine), actor))
    window = MainWindow(info, UiContext(services, runners.reads, runners.writes))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("settings")
    return window


@pytest.fixture
def admin_window(qtbot, runners, sqlite_url) -> Iterator[MainWindow]:
    window = open_window(qtbot, runners, sqlite_url, "smirnov", "admin")
    yield window
    runners.wait()


def shown_panels(page: SettingsPage) -> list[str]:
    return [page.panel(row).objectName() for row in range(page.sections.count())
            if page.panel(row).isVisible()]


def test_each_panel_is_a_section_and_only_the_chosen_one_is_shown(qtbot, admin_window):
    page = admin_window.settings_page
    assert page.objectName() == "settingsPage"
    assert admin_window.pages.currentWidget() is page
    names = page.section_names()
    assert "Users and roles" in names and "Protection" in names
    assert names[-1] == "This workstation"
    assert len(names) == len(set(names)) >= 5
    assert shown_panels(page) == [page.panel(0).objectName()]

    row = names.index("Users and roles")
    rect = page.sections.visualItemRect(page.sections.item(row))
    with qtbot.waitSignal(page.sig_section_changed, timeout=2000) as changed:
        qtbot.mouseClick(page.sections.viewport(), LEFT, pos=rect.center())
    assert changed.args == ["usersRolesSettings"]
    assert shown_panels(page) == ["usersRolesSettings"]


def test_the_workstation_section_says_who_and_where(admin_window):
    page = admin_window.settings_page
    assert page.show_panel("workstationInfo")
    panel = page.current_panel()
    values = {key: label.text() for key, label in panel.values.items()}  # type: ignore[attr-defined]
    assert values["user"] == "Смирнов Олег (smirnov)"
    assert values["database"] == "SQLite file"
    assert values["location"] == "/data/crm.sqlite3"
    assert not page.show_panel("noSuchPanel")


def test_a_manager_sees_only_the_workstation(qtbot, runners, sqlite_url):
    window = open_window(qtbot, runners, sqlite_url, "petrova", "manager")
    page = window.settings_page
    assert page.section_names() == ["This workstation"]
    assert shown_panels(page) == ["workstationInfo"]
    runners.wait()


def test_the_settings_page_fits_a_laptop_screen(admin_window):
    page = admin_window.settings_page
    page.show_panel("workstationInfo")
    area = page.stack.currentWidget()
    assert area.horizontalScrollBar().maximum() == 0  # type: ignore[attr-defined]
    right_edge = page.stack.mapTo(admin_window, page.stack.rect().topRight()).x()
    assert right_edge < admin_window.width()
    assert isinstance(page.current_panel(), QWidget)


def test_the_window_size_can_be_chosen_on_the_command_line():
    assert parse_args(["--size", "1920x1080"]).size == (1920, 1080)
    assert parse_args([]).size is None
    for wrong in ("1920", "wide", "10x10", "1280x"):
        with pytest.raises(SystemExit):
            parse_args(["--size", wrong])
