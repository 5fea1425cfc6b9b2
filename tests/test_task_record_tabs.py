"""Tasks from the client and deal cards, and the project view: create with the record linked,
blocked tasks marked, projects with dependencies and critical dates, refusals surfaced."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from task_ui_support import add_client, add_task, task_office
from ui_card_support import type_text

from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.enums import TaskStatus
from crm_desktop.services.projects import ProjectData
from crm_desktop.ui.client_card.tasks_tab import OVERDUE, TasksPanel
from crm_desktop.ui.deal_card.deal_tasks import DealTasksPanel
from crm_desktop.ui.task_list.projects_view import ProjectsView, ProjectsWindow
from crm_desktop.ui.task_list.task_dialog import TaskDialog, TaskPreset

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


@pytest.fixture
def deal(office):
    client_id = add_client(office)
    pipeline = office.services.reference.pipelines()[0]
    return office.services.deals.create(DealData(
        title="Поставка бумаги", client_id=client_id, pipeline_id=pipeline.id,
        amount=Decimal("1000")))


def test_new_task_from_the_deal_tab_links_the_deal_and_its_client(qtbot, office, deal):
    panel = DealTasksPanel(office.ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.load(deal.id)
    assert panel.empty_label.isVisibleTo(panel)
    panel.new_task()
    qtbot.waitUntil(lambda: getattr(panel, "last_dialog", None) is not None, timeout=5000)
    dialog: TaskDialog = panel.last_dialog
    assert dialog.deal_picker.text() == "Поставка бумаги"
    assert dialog.client_picker.text() == "ООО Ромашка"
    type_text(dialog.title_edit, "Выставить счёт")
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        dialog.save()
    assert panel.tree.topLevelItemCount() == 1
    task = office.services.task_lists.for_record(deal_id=deal.id)[0]
    assert (task.data.title, task.data.client_id) == ("Выставить счёт", deal.data.client_id)


def test_the_client_tab_marks_blocked_and_overdue_tasks(qtbot, office):
    client_id = add_client(office)
    first = add_task(office, "Договор", -2, client_id=client_id)
    add_task(office, "Счёт", 5, client_id=client_id, depends_on=(first,))
    panel = TasksPanel(office.ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.load(client_id)
    rows = {panel.tree.topLevelItem(i).text(0): panel.tree.topLevelItem(i)
            for i in range(panel.tree.topLevelItemCount())}
    assert rows["Договор"].foreground(0).color() == OVERDUE
    assert rows["Счёт"].text(4) == "Blocked"
    assert "«Договор»" in rows["Счёт"].toolTip(4)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        rows["Счёт"].setCheckState(0, Qt.CheckState.Checked)
    assert "«Договор»" in panel.error.text() and panel.error.isVisibleTo(panel)


def test_project_view_orders_tasks_and_refuses_to_complete_a_blocked_one(qtbot, office, deal):
    project = office.services.projects.create(ProjectData(name="Внедрение", deal_id=deal.id))
    first = add_task(office, "Договор", 24, project_id=project.id)
    second = add_task(office, "Монтаж", 10, project_id=project.id, depends_on=(first,))
    window = ProjectsWindow(office.ctx, TaskPreset(deal_id=deal.id), "Поставка бумаги")
    qtbot.addWidget(window)
    view = window.view
    qtbot.waitUntil(lambda: view.plan_view.plan is not None, timeout=5000)
    tree = view.plan_view.tree
    assert [tree.topLevelItem(i).text(0).strip() for i in range(2)] == ["Договор", "↳ Монтаж"]
    assert tree.topLevelItem(1).text(4) == "Blocked: waits for «Договор»"
    assert tree.topLevelItem(1).foreground(3).color() == OVERDUE  # due before it can be
    assert "latest due date" in view.plan_view.dates_label.text()
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.mouseClick(view.plan_view.done_button, LEFT)
    qtbot.waitUntil(lambda: view.message.isVisibleTo(view), timeout=5000)
    assert "«Договор»" in view.message.text()
    assert office.services.tasks.get(second).status is TaskStatus.OPEN


def test_a_task_added_in_the_project_view_waits_for_the_chosen_tasks(qtbot, office):
    project = office.services.projects.create(ProjectData(name="Переезд"))
    first = add_task(office, "Упаковать", 24, project_id=project.id)
    view = ProjectsView(office.ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.plan_view.sig_loaded, timeout=5000):
        view.reload()
    dialog = view._on_add_task(project.id)
    qtbot.waitUntil(lambda: dialog.dependencies.count() == 1, timeout=5000)
    dialog.dependencies.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.title_edit, "Перевезти")
    with qtbot.waitSignal(view.plan_view.sig_loaded, timeout=5000):
        dialog.save()
    plan = view.plan_view.plan
    assert [t.item.data.title for t in plan.tasks] == ["Упаковать", "Перевезти"]
    assert plan.tasks[1].depends_on == (first,)
    QApplication.processEvents()


def test_a_task_opened_from_the_deal_tab_shows_a_change_made_elsewhere(qtbot, office, deal):
    task_id = add_task(office, "Выставить счёт", 5, deal_id=deal.id)
    panel = DealTasksPanel(office.ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.load(deal.id)
    dialog = panel.edit(task_id)
    assert dialog is not None
    with qtbot.waitSignal(dialog.sig_ready, timeout=5000):
        pass
    type_text(dialog.title_edit, " до пятницы")
    item = office.services.task_lists.item(task_id)
    office.services.tasks.update(task_id, replace(item.data, title="Счёт отправлен"),
                                 item.version)  # the same user, on another workstation

    office.ctx.task_dialogs.on_tasks_changed([task_id])  # live updates bring the change

    banner = dialog.findChild(QObject, "taskChangedBanner")
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert dialog.title_edit.text() == "Выставить счёт до пятницы"  # the edits are kept
    assert "Выставить счёт → Счёт отправлен" in banner.changes_label.text()
    dialog.reject()
    assert office.ctx.task_dialogs.watches == []
