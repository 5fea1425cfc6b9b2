"""The Tasks page: groups, overdue in red, quick complete and postpone, blocked tasks, the task
dialog (inline errors keep the form), the head's team view."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from task_ui_support import add_client, add_task, now, task_office
from ui_card_support import type_text

from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.task_dto import TaskItem
from crm_desktop.services.task_lists import TaskQuery, TaskView
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.task_list.format import OVERDUE, Postpone
from crm_desktop.ui.task_list.page import TasksPage
from crm_desktop.ui.task_list.table_model import STATE, TITLE, GroupRow
from crm_desktop.ui.task_list.task_dialog import TaskDialog

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


@pytest.fixture
def page(qtbot, office):
    widget = TasksPage(office.ctx)
    qtbot.addWidget(widget)
    return widget


def show_and_load(qtbot, page):
    with qtbot.waitSignal(page.table.table_model.sig_loaded, timeout=5000):
        page.show()


def row_of(model, title):
    return next(i for i, r in enumerate(model.rows)
                if isinstance(r, TaskItem) and r.data.title == title)


def test_my_tasks_are_grouped_with_overdue_in_red(qtbot, office, page):
    add_task(office, "Позвонить", -3)
    add_task(office, "Без срока")
    add_task(office, "Через месяц", 24 * 30)
    add_task(office, "Чужая", 1, actor=office.boris)
    show_and_load(qtbot, page)
    model = page.table.table_model
    groups = [r.bucket.name for r in model.rows if isinstance(r, GroupRow)]
    assert groups == ["OVERDUE", "LATER", "NO_DATE"]
    assert model.index(0, TITLE).data().startswith("Overdue")
    late = row_of(model, "Позвонить")
    assert model.index(late, TITLE).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(row_of(model, "Без срока"), TITLE).data(
        Qt.ItemDataRole.ForegroundRole) is None
    assert page.table.objectName() == "taskTable"
    assert page.table.rowSpan(0, 0) == 1 and page.table.columnSpan(0, 0) == model.columnCount()


def test_ticking_the_checkbox_completes_the_task(qtbot, office, page):
    task_id = add_task(office, "Позвонить", -1)
    show_and_load(qtbot, page)
    model = page.table.table_model
    with qtbot.waitSignal(page.sig_tasks_changed, timeout=5000):
        model.setData(model.index(row_of(model, "Позвонить"), TITLE),
                      Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert office.services.tasks.get(task_id).status is TaskStatus.DONE
    qtbot.waitUntil(lambda: not model.is_loading() and model.task_count() == 0, timeout=5000)
    assert page.empty_label.isVisible()
    assert not page.table.isVisible()  # the empty state takes the table's place
    with qtbot.waitSignal(model.sig_loaded, timeout=5000):
        add_task(office, "Новая", 1)
        page.reload()
    assert page.table.isVisible() and not page.empty_state.isVisible()


def test_a_blocked_task_says_what_it_waits_for_and_cannot_be_completed(qtbot, office, page):
    first = add_task(office, "Договор", 1)
    second = add_task(office, "Счёт", 2, depends_on=(first,))
    show_and_load(qtbot, page)
    model = page.table.table_model
    row = row_of(model, "Счёт")
    assert model.index(row, STATE).data() == "Blocked: waits for «Договор»"
    page.table.selectRow(row)
    assert not page.done_button.isEnabled()
    model.setData(model.index(row, TITLE), Qt.CheckState.Checked.value,
                  Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=5000)
    assert "«Договор»" in page.message.text()
    assert office.services.tasks.get(second).status is TaskStatus.OPEN


def test_postpone_to_tomorrow_keeps_the_time_of_day(qtbot, office, page):
    task_id = add_task(office, "Позвонить", -2)
    before = office.services.tasks.get(task_id).data.due_at
    show_and_load(qtbot, page)
    model = page.table.table_model
    page.table.selectRow(row_of(model, "Позвонить"))
    menu = page.table.build_menu(page.table.current_item())
    postpone = next(a.menu() for a in menu.actions() if a.menu() is not None)
    tomorrow = next(a for a in postpone.actions() if a.data() == Postpone.TOMORROW.value)
    with qtbot.waitSignal(page.sig_tasks_changed, timeout=5000):
        tomorrow.trigger()
    after = office.services.tasks.get(task_id).data.due_at
    local_before, local_after = before.astimezone(), after.astimezone()
    assert local_after.date() == now().astimezone().date() + timedelta(days=1)
    assert local_after.time() == local_before.time()
    qtbot.waitUntil(lambda: not model.is_loading() and model.task_count() == 1, timeout=5000)
    assert model.index(row_of(model, "Позвонить"), TITLE).data(
        Qt.ItemDataRole.ForegroundRole) != OVERDUE


def test_the_dialog_shows_errors_inline_and_keeps_what_was_typed(qtbot, office, page):
    client_id = add_client(office)
    dialog = page.open_task_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.sig_ready, timeout=5000).wait()
    type_text(dialog.description_edit, "Обсудить скидку")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=5000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert "title" in dialog.errors.visible_errors()
    assert dialog.description_edit.toPlainText() == "Обсудить скидку"
    type_text(dialog.title_edit, "Позвонить")
    dialog.client_picker.set_client(client_id, "ООО Ромашка")
    dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.findData(office.boris.user_id))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, LEFT)
    row = saved.args[0]
    assert (row.data.title, row.data.client_id, row.data.assignee_id) == \
        ("Позвонить", client_id, office.boris.user_id)
    assert row.data.remind_at == row.data.due_at - timedelta(minutes=15)


def test_an_assignee_outside_the_rules_is_refused_next_to_the_field(qtbot, office, page):
    task_id = add_task(office, "Позвонить", 5)
    item = office.services.task_lists.item(task_id)
    dialog = TaskDialog(office.ctx, item)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.sig_ready, timeout=5000).wait()
    assert dialog.title_edit.text() == "Позвонить"
    dialog.assignee_combo.addItem("Igor", 99999)
    dialog.assignee_combo.setCurrentIndex(dialog.assignee_combo.count() - 1)
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=5000):
        dialog.save()
    assert "assignee_id" in dialog.errors.visible_errors()
    assert dialog.title_edit.text() == "Позвонить"


def test_heads_see_the_workload_per_employee_and_drill_in(qtbot, office):
    add_task(office, "Просрочено", -5)
    add_task(office, "Сегодня", 1)
    head_ctx = UiContext(office.services_of(office.head), office.ctx.reads, office.ctx.writes)
    page = TasksPage(head_ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.view_buttons["team"].isVisibleTo(page)
    with qtbot.waitSignal(page.team.sig_loaded, timeout=5000):
        page.show_view("team")
    rows = {page.team.workload_list.topLevelItem(i).text(0):
            page.team.workload_list.topLevelItem(i) for i in
            range(page.team.workload_list.topLevelItemCount())}
    ivanova = rows["Ivanova"]
    assert (ivanova.text(1), ivanova.text(2)) == ("2", "1")
    assert ivanova.foreground(2).color() == OVERDUE
    with qtbot.waitSignal(page.team.table.table_model.sig_loaded, timeout=5000):
        page.team.show_employee(office.actor.user_id)
    model = page.team.table.table_model
    assert model.query == TaskQuery(TaskView.EMPLOYEE, office.actor.user_id)
    assert model.task_count() == 2


def test_tasks_i_gave_to_others(qtbot, office, page):
    add_task(office, "Для Бориса", 3, assignee_id=office.boris.user_id)
    add_task(office, "Себе", 3)
    show_and_load(qtbot, page)
    with qtbot.waitSignal(page.table.table_model.sig_loaded, timeout=5000):
        page.show_view("assigned")
    model = page.table.table_model
    assert [r.data.title for r in model.rows if isinstance(r, TaskItem)] == ["Для Бориса"]
    assert model.index(row_of(model, "Для Бориса"), 4).data() == "Boris"
