"""An employee leaves (issue #6, point 8) on SQLite and PostgreSQL: one transaction disables the
user and hands their clients, deals, open tasks and projects to a colleague; bad input changes
nothing; the report aggregates what they opened, exported and printed in the last 30 days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import make_world
from sqlalchemy import func, select, update

from crm_desktop.models import AuditEntry, Client, Deal, Project, Task, User
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.offboarding import OffboardingService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.tasks import TaskData, TaskService


@pytest.fixture
def office(engine):
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    leaver = world.add_user("ivanova", "manager")
    colleague = world.add_user("petrov", "manager")
    bystander = world.add_user("sidorov", "manager")
    pipeline = PipelineService(world.sessions, system_actor()).pipelines()[0]
    ids: dict[str, int] = {}
    for who, actor in (("leaver", leaver), ("bystander", bystander)):
        clients = ClientService(world.sessions, actor)
        first = clients.create(ClientData(name=f"ООО Первый {who}")).id
        ids[f"{who}_client"] = first
        clients.create(ClientData(name=f"ООО Второй {who}"))
        ids[f"{who}_deal"] = DealService(world.sessions, actor).create(
            DealData(title=f"Сделка {who}", client_id=first, pipeline_id=pipeline.id)).id
        tasks = TaskService(world.sessions, actor)
        ids[f"{who}_open_task"] = tasks.create(TaskData(title="Позвонить", client_id=first)).id
        done = tasks.create(TaskData(title="Отправить КП", client_id=first))
        tasks.complete(done.id, done.version)
        ids[f"{who}_done_task"] = done.id
    with world.sessions.begin() as session:
        session.add(Project(name="Внедрение", client_id=ids["leaver_client"],
                            manager_id=leaver.user_id))
    return world, admin, leaver, colleague, bystander, ids


def owners(world, model, column):
    with world.sessions() as session:
        return {i: v for i, v in session.execute(select(model.id, column)).all()}


def test_offboarding_disables_and_hands_everything_over_in_one_go(office):
    world, admin, leaver, colleague, bystander, ids = office
    versions = owners(world, Client, Client.version)
    result = OffboardingService(world.sessions, admin).offboard(" IVANOVA", "petrov")
    assert (result.login, result.to_login, result.to_full_name) == ("ivanova", "petrov", "Petrov")
    assert (result.clients, result.deals, result.tasks, result.projects) == (2, 1, 1, 1)
    with world.sessions() as session:
        assert session.get(User, leaver.user_id).is_active is False
        assert session.get(User, colleague.user_id).is_active is True
    clients = owners(world, Client, Client.manager_id)
    assert sorted(clients.values()) == [colleague.user_id] * 2 + [bystander.user_id] * 2
    moved = [i for i, owner in clients.items() if owner == colleague.user_id]
    after = owners(world, Client, Client.version)
    assert all(after[i] == versions[i] + 1 for i in moved), "open forms must see a conflict"
    assert all(after[i] == versions[i] for i in clients if i not in moved)
    deals = owners(world, Deal, Deal.manager_id)
    assert deals == {ids["leaver_deal"]: colleague.user_id,
                     ids["bystander_deal"]: bystander.user_id}
    tasks = owners(world, Task, Task.assignee_id)
    assert tasks[ids["leaver_open_task"]] == colleague.user_id
    assert tasks[ids["leaver_done_task"]] == leaver.user_id, "finished work stays theirs"
    assert tasks[ids["bystander_open_task"]] == bystander.user_id
    assert set(owners(world, Project, Project.manager_id).values()) == {colleague.user_id}
    with world.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "user_offboard")).one()
    assert (entry.entity, entry.entity_id, entry.login) == ("user", leaver.user_id, "boss")
    assert entry.details == {"to": "petrov", "clients": 2, "deals": 1, "tasks": 1,
                             "projects": 1}
    assert ClientService(world.sessions, colleague).get(ids["leaver_client"]).id == \
        ids["leaver_client"]


@pytest.mark.parametrize(("login", "to_login", "error", "field"), [
    ("nobody", "petrov", ValidationError, "login"),
    ("ivanova", "nobody", ValidationError, "to_login"),
    ("ivanova", "ivanova", ValidationError, "to_login"),
    ("ivanova", "sidorov", ValidationError, "to_login"),  # disabled below
    ("boss", "petrov", ValidationError, "login"),
])
def test_bad_input_is_refused_and_changes_nothing(office, login, to_login, error, field):
    world, admin, leaver, *_ = office
    with world.sessions.begin() as session:
        session.execute(update(User).where(User.login == "sidorov").values(is_active=False))
    before = owners(world, Client, Client.manager_id)
    with pytest.raises(error) as caught:
        OffboardingService(world.sessions, admin).offboard(login, to_login)
    assert caught.value.field == field
    assert owners(world, Client, Client.manager_id) == before
    with world.sessions() as session:
        assert session.get(User, leaver.user_id).is_active is True
        assert not session.scalar(select(func.count()).where(
            AuditEntry.action == "user_offboard"))


def test_only_user_managers_offboard_or_read_the_report(office):
    world, _admin, _leaver, colleague, *_ = office
    service = OffboardingService(world.sessions, colleague)
    with pytest.raises(PermissionDenied):
        service.offboard("ivanova", "petrov")
    with pytest.raises(PermissionDenied):
        service.report("ivanova")


def test_report_counts_what_was_opened_exported_and_printed_in_30_days(office):
    world, admin, leaver, _colleague, bystander, ids = office
    client, deal = ids["leaver_client"], ids["leaver_deal"]
    with world.sessions.begin() as session:
        for _ in range(3):
            audit.record(session, leaver, "card_open", "client", client)
        audit.record(session, leaver, "card_open", "deal", deal)
        audit.record(session, leaver, "export_clients", details={"rows": 500})
        audit.record(session, leaver, "invoice_print", "invoice", 7)
        audit.record(session, leaver, "login")
        audit.record(session, bystander, "card_open", "client", client)
        audit.record(session, leaver, "card_open", "client", ids["bystander_client"])
    with world.sessions.begin() as session:  # an old open: outside the 30 days
        last = session.scalar(select(func.max(AuditEntry.id)))
        session.execute(update(AuditEntry).where(AuditEntry.id == last).values(
            occurred_at=datetime.now(UTC) - timedelta(days=31)))
    report = OffboardingService(world.sessions, admin).report("ivanova")
    assert (report.login, report.full_name) == ("ivanova", "Ivanova")
    assert report.until - report.since == timedelta(days=30)
    opened = report.total("opened")
    assert (opened.events, opened.records) == (4, 2)
    assert (report.total("exported").events, report.total("printed").events) == (1, 1)
    lines = [(x.category, x.entity, x.entity_id, x.name, x.times) for x in report.lines]
    assert lines[0] == ("opened", "client", client, "ООО Первый leaver", 3)
    assert set(lines[1:]) == {("opened", "deal", deal, "Сделка leaver", 1),
                              ("exported", None, None, None, 1),
                              ("printed", "invoice", 7, None, 1)}
    empty = OffboardingService(world.sessions, admin).report("petrov", days=7)
    assert empty.lines == () and empty.total("opened").events == 0
