"""Main window: sections, navigation, shortcuts, status bar, headline numbers."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from sqlalchemy import func, select

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import Client, User
from crm_desktop.services import stats, workspace
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.stats import Overview
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow, SessionInfo, role_label
from crm_desktop.ui.tasks import Runners, make_runners
from tests.factories import make_world

SECTION_PAGES = ["clientsPage", "dealsPage", "tasksPage", "reportsPage", "settingsPage"]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def runners(qapp) -> Iterator[Runners]:
    result = make_runners()
    yield result
    result.wait()


@pytest.fixture
def window(qtbot, runners, sqlite_url) -> Iterator[MainWindow]:
    info = SessionInfo("Иванова Мария Сергеевна", "ivanova", role_label("manager"), "sqlite",
                       "/data/crm.sqlite3", "/logs")
    engine = make_engine(sqlite_url)
    actor = make_world(engine).add_user("ivanova", "manager")
    services = ServiceBundle.for_workspace(Workspace(engine, make_sessions(engine), actor))
    services = replace(services, overview=lambda: Overview(1234, 56, 7, 3))
    win = MainWindow(info, UiContext(services, runners.reads, runners.writes))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    runners.wait()
    engine.dispose()


def test_window_has_the_five_sections_in_order(window):
    assert window.windowTitle() == "CRM"
    assert window.navigation.count() == 5
    assert [window.pages.widget(i).objectName() for i in range(window.pages.count())] == \
        SECTION_PAGES
    assert [window.navigation.item(i).text() for i in range(5)] == \
        ["Clients", "Deals", "Tasks", "Reports", "Settings"]
    assert all(not window.navigation.item(i).icon().isNull() for i in range(5))
    assert window.pages.currentWidget().objectName() == "clientsPage"


def test_clicking_the_navigation_switches_pages(qtbot, window):
    for row, name in reversed(list(enumerate(SECTION_PAGES))):
        rect = window.navigation.visualItemRect(window.navigation.item(row))
        qtbot.mouseClick(window.navigation.viewport(), LEFT, pos=rect.center())
        assert window.pages.currentWidget().objectName() == name
        assert window.pages.currentWidget().isVisible()


def test_ctrl_number_switches_sections(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "tasks"


@pytest.mark.parametrize("key", [Qt.Key.Key_K, Qt.Key.Key_F], ids=["ctrl+k", "ctrl+f"])
def test_ctrl_k_and_ctrl_f_focus_the_global_search(qtbot, window, key):
    search = window.findChild(QLineEdit, "globalSearch")
    assert search is not None and search.placeholderText()
    window.navigation.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not search.hasFocus()
    qtbot.keyClick(window.navigation, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(search.hasFocus, timeout=2000)
    assert QApplication.focusWidget() is search


def test_status_bar_shows_user_role_and_backend(window):
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    joined = " | ".join(texts)
    assert "Иванова Мария Сергеевна" in joined
    assert "Manager" in joined
    assert "SQLite file" in joined


@pytest.mark.parametrize(("key", "english"), [
    ("admin", "Administrator"), ("head", "Head"), ("manager", "Manager"),
    ("readonly", "Read only"),
])
def test_builtin_role_names_are_translatable(key, english):
    assert role_label(key, "whatever the database says") == english


def test_custom_roles_show_their_stored_name():
    assert role_label("sales_east", "Продажи Восток") == "Продажи Восток"


def test_overview_numbers_arrive_through_the_runner(qtbot, window):
    assert window.deals_card.value_label.text() == "—"
    with qtbot.waitSignal(window.sig_overview_loaded, timeout=5000):
        window.refresh_overview()
    assert "· 1\u202f234 client" in window.navigation.item(0).toolTip()
    assert window.deals_card.value_label.text() == "56"
    assert window.tasks_card.value_label.text() == "7"
    assert window.overdue_card.value_label.text() == "3"
    assert window.overdue_card.value_label.property("alert") is True


@pytest.mark.skipif(importlib.util.find_spec("crm_desktop.services.demo") is None,
                    reason="the demo data generator is not in this tree yet")
def test_stats_overview_counts_what_the_actor_may_see(db_url):
    from crm_desktop.services import demo

    engine = make_engine(db_url)
    try:
        sessions = make_sessions(engine)
        demo.generate(sessions, 60)
        admin = workspace.workspace_for(engine, "admin").actor
        manager = workspace.workspace_for(engine, "ivanova").actor
        with sessions() as session:
            total = session.scalar(select(func.count()).select_from(Client))
            own = session.scalar(select(func.count()).select_from(Client).join(
                User, User.id == Client.manager_id).where(User.login == "ivanova"))
        everything = stats.overview(sessions, admin)
        mine = stats.overview(sessions, manager)
    finally:
        engine.dispose()
    assert everything.clients == total == 60
    assert 0 < mine.clients < total
    assert mine.clients >= own  # own clients, plus any shared with her
    assert everything.open_deals >= mine.open_deals
    assert 0 <= mine.overdue_tasks <= mine.open_tasks
