"""Live updates in the Tasks section: a task changed on another workstation is re-read in place
(the table keeps its scroll position and the selected task), and an open dialog of that task
gets a banner instead of a reloaded form."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from task_ui_support import add_task, now, task_office
from ui_card_support import type_text

from crm_desktop.services.task_dto import TaskItem
from crm_desktop.services.tasks import TaskService
from crm_desktop.ui.live.wiring import LiveWiring
from crm_desktop.ui.task_list.page import TasksPage
from crm_desktop.ui.task_list.table_model import TITLE

TASKS = 60
START = 24 * 40  # hours from now: every task in the "later" group, whatever the weekday
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


@pytest.fixture
def page(qtbot, office):
    for number in range(TASKS):  # one group ("later"), in due order
        add_task(office, f"Задача {number:02d}", START + number)
    widget = TasksPage(office.ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    with qtbot.waitSignal(widget.table.table_model.sig_loaded, timeout=5000):
        widget.show()
    qtbot.waitUntil(lambda: widget.table.table_model.task_count() == TASKS, timeout=5000)
    return widget


def elsewhere(office) -> TaskService:  # type: ignore[no-untyped-def]
    """The same user's tasks, saved from another workstation."""
    return TaskService(office.world.sessions, office.actor)


def edit_elsewhere(office, page: TasksPage, which: str, **changes) -> int:  # type: ignore[no-untyped-def]
    item = next(r for r in page.table.table_model.rows
                if isinstance(r, TaskItem) and r.data.title == which)
    elsewhere(office).update(item.id, replace(item.data, **changes), item.version)
    return item.id


def scroll_and_select(qtbot, page: TasksPage, title: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    table = page.table
    table.verticalScrollBar().setValue(25)
    row = table.table_model.rows.index(next(
        r for r in table.table_model.rows if isinstance(r, TaskItem) and r.data.title == title))
    table.setAutoScroll(False)
    table.selectRow(row)
    qtbot.waitUntil(lambda: table.current_task_id() is not None)
    return table.verticalScrollBar().value(), row


def deliver(qtbot, page: TasksPage, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.table.table_model.sig_loaded, timeout=5000):
        page.on_tasks_changed(ids)


def test_a_changed_task_is_reread_in_place_and_scroll_and_selection_stay(qtbot, office, page):
    scroll, row = scroll_and_select(qtbot, page, "Задача 40")
    assert scroll == 25
    selected = page.table.current_task_id()
    resets: list[bool] = []
    page.table.table_model.modelReset.connect(lambda: resets.append(True))
    changed = edit_elsewhere(office, page, "Задача 30", title="Задача 30 (перенесена)")

    deliver(qtbot, page, [changed])

    table = page.table
    assert resets == []  # no reset: nothing jumps
    assert table.verticalScrollBar().value() == scroll
    assert table.current_task_id() == selected
    assert [i.row() for i in table.selectionModel().selectedRows()] == [row]
    model = table.table_model
    shown = model.index(model.rows.index(next(
        r for r in model.rows if isinstance(r, TaskItem) and r.id == changed)), TITLE)
    assert shown.data() == "Задача 30 (перенесена)"


def test_a_task_moving_above_the_selection_takes_the_selection_along(qtbot, office, page):
    _scroll, row = scroll_and_select(qtbot, page, "Задача 40")
    selected = page.table.current_task_id()
    moved = edit_elsewhere(office, page, "Задача 50", due_at=now() - timedelta(hours=2))
    new = add_task(office, "Новая от коллеги", START - 1, actor=office.actor)

    deliver(qtbot, page, [moved, new])

    table, model = page.table, page.table.table_model
    assert table.current_task_id() == selected  # same task, on another row now
    assert model.item(table.currentIndex().row()).data.title == "Задача 40"
    assert table.currentIndex().row() != row
    assert model.task_count() == TASKS + 1
    groups = [r.bucket.name for r in model.rows if not isinstance(r, TaskItem)]
    assert groups == ["OVERDUE", "LATER"]
    # the group headers still span the row after the re-read
    assert table.columnSpan(0, 0) == model.columnCount()


def test_the_live_wiring_sends_task_changes_to_the_page(qtbot, office, page):
    class Hub(QObject):
        sig_changed = Signal(str, list)
        sig_changes = Signal(list)
        sig_resync = Signal()

    class Window(QObject):
        tasks_page = page
        clients_page = deals_page = card_opener = deal_opener = None

        def refresh_overview(self) -> None:
            pass

    window, hub = Window(), Hub()
    LiveWiring(window, hub)
    scroll, _row = scroll_and_select(qtbot, page, "Задача 45")
    changed = edit_elsewhere(office, page, "Задача 44", title="Задача 44 ✓")
    with qtbot.waitSignal(page.table.table_model.sig_loaded, timeout=5000):
        hub.sig_changed.emit("tasks", [changed])
    assert page.table.verticalScrollBar().value() == scroll
    assert page.table.current_item().data.title == "Задача 45"


def test_an_open_dialog_gets_a_banner_and_keeps_what_was_typed(qtbot, office, page):
    item = page.table.table_model.item(1)
    assert item is not None
    dialog = page.open_task_dialog(item)
    with qtbot.waitSignal(dialog.sig_ready, timeout=5000):
        pass
    dialog.title_edit.clear()
    type_text(dialog.title_edit, "Моя правка")
    elsewhere(office).update(item.id, replace(item.data, title="Их правка"), item.version)

    page.on_tasks_changed([item.id])

    banner = dialog.findChild(QObject, "taskChangedBanner")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert dialog.isVisible() and dialog.title_edit.text() == "Моя правка"
    assert "Задача 00 → Их правка" in banner.changes_label.text()
    for button in (banner.reload_button, banner.overwrite_button):  # not cut
        assert button.width() >= button.sizeHint().width()
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):  # overwrite consciously
        qtbot.mouseClick(banner.overwrite_button, LEFT)
    assert office.ctx.services.task_lists.item(item.id).data.title == "Моя правка"


def test_reload_in_the_banner_opens_their_version(qtbot, office, page):
    item = page.table.table_model.item(1)
    assert item is not None
    dialog = page.open_task_dialog(item)
    elsewhere(office).update(item.id, replace(item.data, title="Их правка"), item.version)
    page.on_tasks_changed([item.id])
    banner = dialog.findChild(QObject, "taskChangedBanner")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    opened = []
    office.ctx.task_dialogs.watches[-1].sig_reload_requested.connect(opened.append)
    qtbot.mouseClick(banner.reload_button, LEFT)
    assert not dialog.isVisible()
    assert [i.data.title for i in opened] == ["Их правка"]
    fresh = [w.dialog for w in office.ctx.task_dialogs.watches]  # the dialog opened again
    assert [d.title_edit.text() for d in fresh] == ["Их правка"]
