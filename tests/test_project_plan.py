"""Projects: tasks in dependency order, what blocks what, the critical dates, scope."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.projects import ProjectData, ProjectService
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    return w


def test_plan_orders_by_dependencies_and_finds_the_critical_dates(world):
    projects = ProjectService(world.sessions, world.anna, clock=lambda: NOW)
    tasks = TaskService(world.sessions, world.anna, clock=lambda: NOW)
    project = projects.create(ProjectData(name="Внедрение", client_id=world.client.id))
    p = project.id
    install = tasks.create(TaskData(title="Монтаж", project_id=p, due_at=NOW + 5 * DAY))
    contract = tasks.create(TaskData(title="Договор", project_id=p, due_at=NOW + 1 * DAY))
    pay = tasks.create(TaskData(title="Оплата", project_id=p, due_at=NOW + 2 * DAY,
                                depends_on=(contract.id,)))
    deliver = tasks.create(TaskData(title="Поставка", project_id=p, due_at=NOW + 3 * DAY,
                                    depends_on=(pay.id,)))
    tasks.update(install.id, TaskData(title="Монтаж", project_id=p, due_at=NOW + 2 * DAY,
                                      depends_on=(deliver.id,)), install.version)
    training = tasks.create(TaskData(title="Обучение", project_id=p, due_at=NOW + 4 * DAY,
                                     depends_on=(contract.id,)))
    plan = projects.plan(p)
    titles = [t.item.data.title for t in plan.tasks]
    assert titles == ["Договор", "Оплата", "Поставка", "Монтаж", "Обучение"]
    by_title = {t.item.data.title: t for t in plan.tasks}
    assert by_title["Оплата"].item.waiting_for == ("Договор",)
    assert by_title["Монтаж"].at_risk  # due before the delivery it waits for
    assert by_title["Монтаж"].earliest_finish == NOW + 3 * DAY
    assert plan.earliest_finish == NOW + 4 * DAY and plan.latest_due == NOW + 4 * DAY
    assert {t.item.id for t in plan.tasks if t.is_critical} == {contract.id, training.id}
    assert [t.level for t in plan.tasks] == [0, 1, 2, 3, 1]
    row = projects.projects(client_id=world.client.id)[0]
    assert (row.name, row.open_tasks, row.total_tasks, row.client_name) == \
        ("Внедрение", 5, 5, "ООО Ромашка")
    with pytest.raises(ValidationError):  # a cycle through the project
        tasks.update(contract.id, TaskData(title="Договор", project_id=p,
                                           depends_on=(install.id,)), contract.version)
    done = tasks.complete(contract.id, contract.version)
    assert not projects.plan(p).tasks[1].item.is_blocked
    assert projects.plan(p).tasks[0].earliest_finish == done.completed_at


def test_projects_stay_within_scope(world):
    ProjectService(world.sessions, world.anna).create(
        ProjectData(name="Внедрение", client_id=world.client.id))
    assert [p.name for p in ProjectService(world.sessions, world.head).projects()] == \
        ["Внедрение"]
    assert ProjectService(world.sessions, world.igor).projects() == []
    with pytest.raises(NotFound):
        ProjectService(world.sessions, world.igor).create(
            ProjectData(name="x", client_id=world.client.id))
    with pytest.raises(ValidationError):
        ProjectService(world.sessions, world.anna).create(ProjectData(name="  "))
