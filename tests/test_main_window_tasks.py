"""The main window's Tasks parts: the real Tasks page, Ctrl+T from anywhere, the bell."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow, SessionInfo, role_label
from crm_desktop.ui.notifications.bell import BellButton
from crm_desktop.ui.task_list.page import TasksPage
from crm_desktop.ui.task_list.task_dialog import TaskDialog
from crm_desktop.ui.tasks import Runners, make_runners
from tests.factories import make_world


@pytest.fixture
def runners(qapp) -> Iterator[Runners]:
    result = make_runners()
    yield result
    result.wait()


@pytest.fixture
def window(qtbot, runners, sqlite_url) -> Iterator[MainWindow]:
    info = SessionInfo("Иванова Мария", "ivanova", role_label("manager"), "sqlite",
                       "/data/crm.sqlite3", "/logs")
    engine = make_engine(sqlite_url)
    actor = make_world(engine).add_user("ivanova", "manager")
    services = ServiceBundle.for_workspace(Workspace(engine, make_sessions(engine), actor))
    win = MainWindow(info, UiContext(services, runners.reads, runners.writes))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.tasks.watcher.stop()
    runners.wait()
    QApplication.processEvents()
    engine.dispose()


def test_the_tasks_section_is_the_real_page_with_the_task_table(qtbot, window):
    window.show_section("tasks")
    page = window.pages.currentWidget()
    assert isinstance(page, TasksPage) and page.objectName() == "tasksPage"
    assert isinstance(page.findChild(QTableView, "taskTable"), QTableView)
    assert window.tasks_card is page.open_card


def test_ctrl_t_opens_the_task_dialog_from_any_section(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, TaskDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=3000)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TaskDialog))
    qtbot.waitUntil(lambda: dialog.assignee_combo.count() == 1, timeout=5000)
    assert dialog.assignee_combo.currentData() == window._ctx.services.actor.user_id
    dialog.reject()


def test_the_bell_sits_in_the_top_bar(window):
    bell = window.findChild(BellButton, "notificationBell")
    assert bell is not None and bell.isVisible()
    assert bell.badge.isHidden()


def test_a_task_opens_its_client_card_through_the_main_windows_opener(qtbot, window):
    from ui_card_support import close_windows

    from crm_desktop.services.client_dto import ClientData

    client_id = window._ctx.services.clients.create(ClientData(name="ООО Ромашка")).id
    window.tasks_page.table.sig_open_client_requested.emit(client_id)
    qtbot.waitUntil(lambda: window.card_opener.window(client_id) is not None, timeout=3000)
    close_windows(window.card_opener)
