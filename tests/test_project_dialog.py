"""The new-project dialog: a project is created once, also when Save is pressed again after a
lost answer; a missing name is shown next to the field and the form stays filled in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from task_ui_support import add_client, task_office

from crm_desktop.services.change_feed import ConnectionLost
from crm_desktop.services.projects import ProjectRow
from crm_desktop.ui.task_list.project_dialog import ProjectDialog
from crm_desktop.ui.task_list.task_dialog import TaskPreset


@pytest.fixture
def office(qapp, sqlite_url):
    yield from task_office(sqlite_url)


def press_save(qtbot, dialog, signal):
    with qtbot.waitSignal(signal, timeout=5000) as caught:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return caught.args[0]


def test_a_save_retried_after_a_lost_answer_creates_one_project(qtbot, office):
    client_id = add_client(office)
    dialog = ProjectDialog(office.ctx, TaskPreset(client_id=client_id, client_name="ООО Ромашка"))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Внедрение")
    lost: list[int] = []

    def lose_the_answer_once(_session) -> None:
        if not lost:
            lost.append(1)
            raise ConnectionLost("server closed the connection unexpectedly")

    event.listen(office.world.sessions, "after_commit", lose_the_answer_once)
    message = press_save(qtbot, dialog, dialog.sig_save_failed)
    assert message and dialog.name_edit.text() == "Внедрение"  # the form stays filled in
    row = press_save(qtbot, dialog, dialog.sig_saved)
    assert isinstance(row, ProjectRow) and row.name == "Внедрение"
    projects = office.ctx.services.projects.projects(client_id=client_id)
    assert [p.id for p in projects] == [row.id]  # the first attempt's project, not a second


def test_a_project_without_a_name_is_refused_next_to_the_field(qtbot, office):
    dialog = ProjectDialog(office.ctx)
    qtbot.addWidget(dialog)
    dialog.description_edit.setPlainText("Монтаж и пусконаладка")
    press_save(qtbot, dialog, dialog.sig_save_failed)
    assert dialog.errors.label("name").text()
    assert dialog.description_edit.toPlainText() == "Монтаж и пусконаладка"
    assert office.ctx.services.projects.projects() == []
