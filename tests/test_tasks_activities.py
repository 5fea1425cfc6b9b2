"""TaskService (dependencies, overdue, scope) and ActivityService (timeline, last contact)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from crm_desktop.models import ActivityKind, TaskStatus
from crm_desktop.services.activities import ActivityData, ActivityService
from crm_desktop.services.client_dto import ClientData, ContactData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import EditConflict, NotFound, ValidationError
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    return w


def tasks(world, actor):
    return TaskService(world.sessions, actor, clock=lambda: NOW)


def test_overdue_is_computed_against_the_clock(world):
    service = tasks(world, world.anna)
    late = service.create(TaskData(title="Позвонить", due_at=NOW - timedelta(hours=1)))
    later = service.create(TaskData(title="Отправить КП", due_at=NOW + timedelta(days=1)))
    undated = service.create(TaskData(title="Без срока"))
    assert (late.is_overdue, later.is_overdue, undated.is_overdue) == (True, False, False)
    assert [t.id for t in service.mine()] == [late.id, later.id, undated.id]
    done = service.complete(late.id, late.version)
    assert done.status is TaskStatus.DONE and not done.is_overdue
    assert [t.id for t in service.mine()] == [later.id, undated.id]


def test_dependencies_block_and_cycles_are_refused(world):
    service = tasks(world, world.anna)
    first = service.create(TaskData(title="Договор"))
    second = service.create(TaskData(title="Счёт", depends_on=(first.id,)))
    with pytest.raises(ValidationError) as err:
        service.set_status(second.id, TaskStatus.IN_PROGRESS, second.version)
    assert err.value.field == "status" and err.value.params["count"] == 1
    with pytest.raises(ValidationError) as err:
        service.update(first.id, TaskData(title="Договор", depends_on=(second.id,)), first.version)
    assert err.value.field == "depends_on"
    service.complete(first.id, first.version)
    assert service.complete(second.id, second.version).status is TaskStatus.DONE


def test_task_scope_and_assignment(world):
    task = tasks(world, world.head).create(
        TaskData(title="Встреча", assignee_id=world.anna.user_id, client_id=world.client.id)
    )
    assert [t.id for t in tasks(world, world.anna).mine()] == [task.id]
    with pytest.raises(NotFound):
        tasks(world, world.igor).get(task.id)
    with pytest.raises(NotFound):
        tasks(world, world.igor).create(TaskData(title="x", client_id=world.client.id))
    with pytest.raises(ValidationError) as err:
        tasks(world, world.anna).create(
            TaskData(title="x", due_at=NOW, remind_at=NOW + timedelta(minutes=5))
        )
    assert err.value.field == "remind_at"
    tasks(world, world.anna).complete(task.id, task.version)
    with pytest.raises(EditConflict):
        tasks(world, world.head).update(task.id, TaskData(title="Встреча 2"), task.version)


def test_timeline_newest_first_and_last_contact(world):
    service = ActivityService(world.sessions, world.anna)
    contact = ClientService(world.sessions, world.anna).add_contact(
        world.client.id, ContactData(first_name="Мария")
    )
    msk = timezone(timedelta(hours=3))
    call = service.log(
        ActivityData(
            ActivityKind.CALL,
            world.client.id,
            datetime(2026, 11, 20, 15, 0, tzinfo=msk),
            contact_id=contact.id,
            duration_seconds=185,
            outcome="Договорились о встрече",
        )
    )
    service.log(
        ActivityData(
            ActivityKind.NOTE,
            world.client.id,
            datetime(2026, 11, 25, tzinfo=UTC),
            body="Любит зелёный чай",
        )
    )
    rows = service.timeline(world.client.id)
    assert [r.data.kind for r in rows] == [ActivityKind.NOTE, ActivityKind.CALL]
    assert rows[1].data.occurred_at == datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    card = ClientService(world.sessions, world.anna).get(world.client.id)
    assert card.last_contact_at == datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
    page2 = service.timeline(world.client.id, before=(rows[0].data.occurred_at, rows[0].id))
    assert [r.id for r in page2] == [call.id]
    service.delete(call.id, call.version)
    assert ClientService(world.sessions, world.anna).get(world.client.id).last_contact_at is None


def test_activity_bad_input_and_scope(world):
    service = ActivityService(world.sessions, world.anna)
    with pytest.raises(ValidationError) as err:
        service.log(ActivityData(ActivityKind.CALL, world.client.id, NOW, duration_seconds=-5))
    assert err.value.field == "duration_seconds"
    with pytest.raises(NotFound):
        ActivityService(world.sessions, world.igor).log(
            ActivityData(ActivityKind.NOTE, world.client.id, NOW, body="x")
        )
    assert service.timeline(world.client.id) == []
