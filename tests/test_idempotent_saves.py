"""A save whose answer was lost (committed, then the connection died) retried with the same
request key is applied once: one row, the same id, and an update retried that way succeeds
instead of reporting a conflict with itself. On both backends."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from crm_desktop.models import (
    Activity,
    ActivityKind,
    AppliedRequest,
    Client,
    Contact,
    Deal,
    Project,
    Task,
)
from crm_desktop.services import idempotency
from crm_desktop.services.activities import ActivityData, ActivityService
from crm_desktop.services.change_feed import ConnectionLost
from crm_desktop.services.client_dto import ClientData, ContactData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import EditConflict
from crm_desktop.services.projects import ProjectData, ProjectService
from crm_desktop.services.tasks import TaskData, TaskService
from crm_desktop.services.workspace import login
from tests.factories import World, make_world
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server

KEY_A = "0b7c5b8e-4f0e-4d0a-9d6a-1f2e3d4c5b6a"
KEY_B = "7d1f2c3b-8a9e-4b5c-a6d7-e8f9a0b1c2d3"


def lose_the_answer_once(world: World) -> list[int]:
    """The next commit succeeds on the server, then the caller hears of a broken connection."""
    lost: list[int] = []

    def after_commit(_session: Session) -> None:
        if not lost:
            lost.append(1)
            raise ConnectionLost("server closed the connection unexpectedly")

    event.listen(world.sessions, "after_commit", after_commit)
    return lost


def count(world: World, model: type) -> int:
    with world.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def keys(world: World) -> int:
    return count(world, AppliedRequest)


@pytest.fixture
def world(engine) -> World:
    return make_world(engine)


@pytest.fixture
def pipeline_id(engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(text("SELECT min(id) FROM pipelines")))


def _creates(world: World, pipeline_id: int) -> dict[str, tuple[type, Callable[[str], int]]]:
    """Per record kind: its model and a create(key) -> id acting as a manager."""
    anna = world.add_user("anna", "admin")
    clients = ClientService(world.sessions, anna)
    client_id = clients.create(ClientData(name="ООО Опора")).id
    deals, tasks = DealService(world.sessions, anna), TaskService(world.sessions, anna)
    activities = ActivityService(world.sessions, anna)
    projects = ProjectService(world.sessions, anna)
    moment = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
    return {
        "client": (Client, lambda k: clients.create(ClientData(name="ООО Ромашка"), k).id),
        "contact": (Contact, lambda k: clients.add_contact(
            client_id, ContactData(first_name="Иван", last_name="Петров"), k).id),
        "deal": (Deal, lambda k: deals.create(DealData(
            title="Поставка", client_id=client_id, pipeline_id=pipeline_id), k).id),
        "task": (Task, lambda k: tasks.create(TaskData(title="Позвонить", client_id=client_id),
                                              k).id),
        "activity": (Activity, lambda k: activities.log(ActivityData(
            kind=ActivityKind.CALL, client_id=client_id, occurred_at=moment), k).id),
        "project": (Project, lambda k: projects.create(ProjectData(
            name="Внедрение", client_id=client_id), k).id),
    }


@pytest.mark.parametrize("kind", ["client", "contact", "deal", "task", "activity", "project"])
def test_a_create_retried_after_a_lost_answer_is_written_once(world, pipeline_id, kind):
    model, create = _creates(world, pipeline_id)[kind]
    before = count(world, model)
    lost = lose_the_answer_once(world)
    with pytest.raises(ConnectionLost):
        create(KEY_A)
    assert lost and count(world, model) == before + 1  # it did commit
    with world.sessions() as session:
        first_id = session.scalar(select(func.max(model.id)))
    assert create(KEY_A) == first_id  # the user pressed Save again: the same record
    assert create(KEY_A) == first_id
    assert count(world, model) == before + 1
    assert create(KEY_B) != first_id  # another key is another save
    assert count(world, model) == before + 2
    assert keys(world) == 2


def test_a_create_that_failed_before_the_commit_leaves_no_key(world):
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    failed: list[int] = []

    def before_commit(_session: Session) -> None:
        if not failed:
            failed.append(1)
            raise ConnectionLost("connection refused")

    event.listen(world.sessions, "before_commit", before_commit)
    with pytest.raises(ConnectionLost):
        clients.create(ClientData(name="ООО Ромашка"), KEY_A)
    assert (count(world, Client), keys(world)) == (0, 0)  # the key went with the rollback
    card = clients.create(ClientData(name="ООО Ромашка"), KEY_A)
    assert (count(world, Client), keys(world)) == (1, 1)
    assert card.data.name == "ООО Ромашка"


def test_a_client_update_retried_after_a_lost_answer_succeeds(world):
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    card = clients.create(ClientData(name="ООО Ромашка", city="Москва"))
    edited = replace(card.data, city="Тверь")
    lose_the_answer_once(world)
    with pytest.raises(ConnectionLost):
        clients.update(card.id, edited, card.version, KEY_A)
    saved = clients.update(card.id, edited, card.version, KEY_A)  # no EditConflict
    assert (saved.id, saved.version, saved.data.city) == (card.id, card.version + 1, "Тверь")
    assert clients.get(card.id).version == card.version + 1  # written exactly once
    with pytest.raises(EditConflict):  # a new save from the old version is a real conflict
        clients.update(card.id, replace(edited, city="Сочи"), card.version, KEY_B)


def test_updates_of_deals_tasks_activities_and_contacts_retried_after_a_lost_answer(
    world, pipeline_id
):
    boss = world.add_user("boss", "admin")
    clients = ClientService(world.sessions, boss)
    client = clients.create(ClientData(name="ООО Опора"))
    deals, tasks = DealService(world.sessions, boss), TaskService(world.sessions, boss)
    activities = ActivityService(world.sessions, boss)
    deal = deals.create(DealData(title="Поставка", client_id=client.id, pipeline_id=pipeline_id))
    task = tasks.create(TaskData(title="Позвонить", client_id=client.id))
    note = activities.log(ActivityData(kind=ActivityKind.NOTE, client_id=client.id,
                                       occurred_at=datetime(2026, 11, 20, tzinfo=UTC)))
    person = clients.add_contact(client.id, ContactData(first_name="Иван"))
    updates: list[tuple[str, Callable[[str], int]]] = [
        ("deal", lambda k: deals.update(deal.id, replace(deal.data, title="Поставка станков"),
                                        deal.version, k).version),
        ("task", lambda k: tasks.update(task.id, replace(task.data, title="Перезвонить"),
                                        task.version, k).version),
        ("activity", lambda k: activities.update(note.id, replace(note.data, body="Итоги"),
                                                 note.version, k).version),
        ("contact", lambda k: clients.update_contact(
            person.id, replace(_contact_data(person), position="Директор"), person.version,
            k).version),
    ]
    seen = {"deal": deal.version, "task": task.version, "activity": note.version,
            "contact": person.version}
    for number, (kind, update) in enumerate(updates):
        key = f"00000000-0000-4000-8000-00000000000{number}"
        lose_the_answer_once(world)
        with pytest.raises(ConnectionLost):
            update(key)
        assert update(key) == seen[kind] + 1, kind  # the retry succeeds, written once
    assert deals.get(deal.id).data.title == "Поставка станков"
    assert tasks.get(task.id).data.title == "Перезвонить"


def _contact_data(row) -> ContactData:  # type: ignore[no-untyped-def]
    return ContactData(first_name=row.first_name, last_name=row.last_name,
                       middle_name=row.middle_name, position=row.position,
                       birthday=row.birthday, is_primary=row.is_primary, note=row.note)


def test_a_key_is_bound_to_its_kind_of_save(world):
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    card = clients.create(ClientData(name="ООО Ромашка"), KEY_A)
    with pytest.raises(ValueError):
        clients.update(card.id, card.data, card.version, KEY_A)


def test_old_keys_are_purged(world):
    anna = world.add_user("anna", "manager")
    boris = world.add_user("boris", "manager")
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    with world.sessions.begin() as session:
        for key, user, age in ((KEY_A, anna, 8), (KEY_B, anna, 1),
                               ("11111111-1111-4111-8111-111111111111", boris, 30)):
            session.add(AppliedRequest(request_key=key, user_id=user.user_id, kind="client.create",
                                       entity_id=1, created_at=now - timedelta(days=age)))
    with world.sessions.begin() as session:
        idempotency.purge(session, anna.user_id, now)
    with world.sessions() as session:
        left = set(session.scalars(select(AppliedRequest.request_key)))
    assert left == {KEY_B, "11111111-1111-4111-8111-111111111111"}  # only anna's old key


# -- PostgreSQL: the keys under row-level security ---------------------------------------------
@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


def test_on_postgresql_a_user_sees_and_writes_only_their_own_keys(server: SecuredServer) -> None:
    m1 = login(server.url, server.logins["m1"], PASSWORD)  # the application, as m1's login
    try:
        clients = ClientService(m1.sessions, m1.actor)
        lost = lose_the_answer_once(World(m1.engine, m1.sessions))
        with pytest.raises(ConnectionLost):
            clients.create(ClientData(name="ООО Повтор"), KEY_A)
        assert lost
        again = clients.create(ClientData(name="ООО Повтор"), KEY_A)
    finally:
        m1.close()
    mine = server.actors["m1"].user_id
    with server.connect("m1") as conn:
        assert conn.execute("SELECT request_key, entity_id FROM applied_requests").fetchall() \
            == [(KEY_A, again.id)]
        assert conn.execute("SELECT count(*) FROM clients WHERE name = 'ООО Повтор'"
                            ).fetchone() == (1,)
    with server.connect("m2") as conn:
        assert conn.execute("SELECT count(*) FROM applied_requests").fetchone() == (0,)
        assert conn.execute("DELETE FROM applied_requests").rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):  # not in another user's name
            conn.execute("INSERT INTO applied_requests (request_key, user_id, kind, entity_id) "
                         "VALUES (%s, %s, 'client.create', 1)", (KEY_B, mine))
    with psycopg.connect(server.url) as conn:
        rows = conn.execute("SELECT relrowsecurity, relforcerowsecurity FROM pg_class "
                            "WHERE relname = 'applied_requests'").fetchall()
    assert rows == [(True, True)]


def test_on_postgresql_signing_in_purges_the_users_old_keys(server: SecuredServer) -> None:
    old = datetime.now(UTC) - timedelta(days=8)
    with psycopg.connect(server.url) as conn:  # the owner plants week-old keys
        for who, key in (("m1", "22222222-2222-4222-8222-222222222222"),
                         ("m2", "33333333-3333-4333-8333-333333333333")):
            conn.execute("INSERT INTO applied_requests (request_key, user_id, kind, entity_id, "
                         "created_at) VALUES (%s, %s, 'task.create', 1, %s)",
                         (key, server.actors[who].user_id, old))
    login(server.url, server.logins["m1"], PASSWORD).close()
    with psycopg.connect(server.url) as conn:
        left = {r[0] for r in conn.execute("SELECT request_key FROM applied_requests "
                                           "WHERE created_at < now() - interval '7 days'")}
    assert left == {"33333333-3333-4333-8333-333333333333"}  # m2 has not signed in
