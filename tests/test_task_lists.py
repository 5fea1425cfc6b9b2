"""Task lists (groups, paging, views), per-employee workload, assignment rules, rescheduling."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.models import TaskStatus
from crm_desktop.services.errors import EditConflict, NotFound, ValidationError
from crm_desktop.services.task_dto import Bucket, BucketBounds
from crm_desktop.services.task_lists import TaskListService, TaskQuery, TaskView
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)  # a Thursday


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.boris = w.add_user("boris", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.admin = w.add_user("root", "admin")
    return w


def tasks(world, actor):
    return TaskService(world.sessions, actor, clock=lambda: NOW)


def lists(world, actor):
    return TaskListService(world.sessions, actor, clock=lambda: NOW)


def test_bucket_bounds_follow_the_local_calendar():
    bounds = BucketBounds.at(NOW, UTC)
    assert bounds.bucket(NOW - timedelta(minutes=1)) is Bucket.OVERDUE
    assert bounds.bucket(NOW + timedelta(hours=3)) is Bucket.TODAY
    assert bounds.bucket(datetime(2026, 11, 27, 23, 0, tzinfo=UTC)) is Bucket.TOMORROW
    assert bounds.bucket(datetime(2026, 11, 29, 20, 0, tzinfo=UTC)) is Bucket.THIS_WEEK
    assert bounds.bucket(datetime(2026, 11, 30, 0, 0, tzinfo=UTC)) is Bucket.LATER
    assert bounds.bucket(None) is Bucket.NO_DATE


def test_my_tasks_come_by_due_time_in_pages_with_undated_last(world):
    service = tasks(world, world.anna)
    dues = [NOW + timedelta(hours=h) for h in (-30, -1, 2, 26, 80, 400)]
    made = [service.create(TaskData(title=f"t{i}", due_at=d)) for i, d in enumerate(dues)]
    undated = [service.create(TaskData(title=f"u{i}")) for i in range(3)]
    tasks(world, world.head).create(TaskData(title="for boris", assignee_id=world.boris.user_id))
    done = service.create(TaskData(title="done", due_at=NOW))
    service.complete(done.id, done.version)
    seen, cursor, pages = [], None, 0
    while True:
        page = lists(world, world.anna).page(TaskQuery(), cursor, limit=4)
        seen += page.items
        pages += 1
        if page.cursor is None:
            break
        cursor = page.cursor
    assert [t.id for t in seen] == [t.id for t in made + undated]
    assert pages == 3
    assert [t.is_overdue for t in seen[:3]] == [True, True, False]
    counts = lists(world, world.anna).counts(TaskQuery(), BucketBounds.at(NOW, UTC))
    assert counts == {Bucket.OVERDUE: 2, Bucket.TODAY: 1, Bucket.TOMORROW: 1,
                      Bucket.THIS_WEEK: 1, Bucket.LATER: 1, Bucket.NO_DATE: 3}


def test_assigned_by_me_and_the_heads_view_of_an_employee(world):
    head = tasks(world, world.head)
    late = head.create(TaskData(title="Позвонить", assignee_id=world.anna.user_id,
                                due_at=NOW - timedelta(days=1)))
    head.create(TaskData(title="КП", assignee_id=world.anna.user_id))
    head.create(TaskData(title="Себе"))
    given = lists(world, world.head).page(TaskQuery(TaskView.ASSIGNED_BY_ME)).items
    assert [t.title for t in (i.data for i in given)] == ["Позвонить", "КП"]
    assert given[0].assignee_name == "Anna" and given[0].author_name == "Head"
    anna = lists(world, world.head).page(TaskQuery(TaskView.EMPLOYEE, world.anna.user_id))
    assert [t.id for t in anna.items][0] == late.id
    with pytest.raises(NotFound):
        lists(world, world.head).page(TaskQuery(TaskView.EMPLOYEE, world.igor.user_id))
    with pytest.raises(NotFound):
        lists(world, world.anna).page(TaskQuery(TaskView.EMPLOYEE, world.boris.user_id))


def test_workload_counts_open_and_overdue_per_employee(world):
    head = tasks(world, world.head)
    for hours in (-5, -1, 3):
        head.create(TaskData(title="a", assignee_id=world.anna.user_id,
                             due_at=NOW + timedelta(hours=hours)))
    closed = head.create(TaskData(title="b", assignee_id=world.boris.user_id,
                                  due_at=NOW - timedelta(days=3)))
    head.complete(closed.id, closed.version)
    tasks(world, world.igor).create(TaskData(title="c", due_at=NOW - timedelta(days=1)))
    rows = {w.name: (w.open, w.overdue) for w in lists(world, world.head).workload()}
    assert rows == {"Anna": (3, 2), "Boris": (0, 0), "Head": (0, 0)}
    assert lists(world, world.head).workload()[0].name == "Anna"
    everyone = {w.name for w in lists(world, world.admin).workload()}
    assert {"Anna", "Boris", "Head", "Igor", "Root"} <= everyone
    assert [w.name for w in lists(world, world.anna).workload()] == ["Anna"]


def test_who_may_be_given_a_task(world):
    assert {a.name for a in tasks(world, world.head).assignees()} == {"Head", "Anna", "Boris"}
    anna_may = tasks(world, world.anna).assignees()
    assert anna_may[0].is_me and {a.name for a in anna_may} == {"Anna", "Boris", "Head"}
    assert len(tasks(world, world.admin).assignees()) == 5
    given = tasks(world, world.anna).create(TaskData(title="x", assignee_id=world.boris.user_id))
    assert given.data.assignee_id == world.boris.user_id
    with pytest.raises(ValidationError) as err:
        tasks(world, world.anna).create(TaskData(title="x", assignee_id=world.igor.user_id))
    assert err.value.field == "assignee_id"
    with pytest.raises(ValidationError):
        tasks(world, world.head).create(TaskData(title="x", assignee_id=world.igor.user_id))
    reader = world.add_user("reader", "readonly", team="Sales")
    assert [a.name for a in tasks(world, reader).assignees()] == ["Reader"]


def test_reschedule_keeps_the_reminder_lead_and_checks_the_version(world):
    service = tasks(world, world.anna)
    due = NOW + timedelta(hours=2)
    task = service.create(TaskData(title="x", due_at=due, remind_at=due - timedelta(minutes=30)))
    moved = service.reschedule(task.id, due + timedelta(days=1), task.version)
    assert moved.data.due_at == due + timedelta(days=1)
    assert moved.data.remind_at == due + timedelta(days=1, minutes=-30)
    with pytest.raises(EditConflict):
        service.reschedule(task.id, due, task.version)
    late = service.reschedule(task.id, NOW - timedelta(hours=1), moved.version)
    assert late.is_overdue  # a due time in the past is allowed and overdue at once


def test_blocked_tasks_say_what_they_wait_for(world):
    service = tasks(world, world.anna)
    first = service.create(TaskData(title="Договор"))
    second = service.create(TaskData(title="Счёт", depends_on=(first.id,)))
    item = lists(world, world.anna).item(second.id)
    assert item.is_blocked and item.waiting_for == ("Договор",)
    with pytest.raises(ValidationError) as err:
        service.complete(second.id, second.version)
    assert "«Договор»" in err.value.english()
    service.set_status(first.id, TaskStatus.DONE, first.version)
    assert not lists(world, world.anna).item(second.id).is_blocked
