"""ReminderService: due reminders are claimed once — across ticks, clients and threads."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.reminders import ReminderService
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.boris = w.add_user("boris", "manager", team="Sales")
    return w


def remind(world, actor, minutes: int, title: str = "Позвонить", **extra):
    due = NOW + timedelta(minutes=minutes + 15)
    return TaskService(world.sessions, actor).create(
        TaskData(title=title, due_at=due, remind_at=NOW + timedelta(minutes=minutes), **extra))


def test_a_reminder_fires_once_when_its_time_comes(world):
    task = remind(world, world.anna, 10)
    service = ReminderService(world.sessions, world.anna)
    assert service.due(NOW) == []
    fired = service.due(NOW + timedelta(minutes=10))
    assert [(r.task_id, r.title) for r in fired] == [(task.id, "Позвонить")]
    assert service.due(NOW + timedelta(minutes=11)) == []
    # marking it shown is not an edit: the version the user's form holds stays valid
    assert TaskService(world.sessions, world.anna).get(task.id).version == task.version


def test_missed_reminders_appear_on_the_next_start_oldest_first(world):
    older = remind(world, world.anna, -600, "Старое")
    newer = remind(world, world.anna, -5, "Новое")
    remind(world, world.boris, -5, "Чужое")
    closed = remind(world, world.anna, -60, "Сделано")
    TaskService(world.sessions, world.anna).complete(closed.id, closed.version)
    fired = ReminderService(world.sessions, world.anna).due(NOW)
    assert [r.task_id for r in fired] == [older.id, newer.id]


def test_changing_the_reminder_time_arms_it_again(world):
    task = remind(world, world.anna, 0)
    service = ReminderService(world.sessions, world.anna)
    assert len(service.due(NOW)) == 1
    tasks = TaskService(world.sessions, world.anna)
    later = NOW + timedelta(hours=1)
    tasks.update(task.id, TaskData(title="Позвонить", due_at=later + timedelta(hours=1),
                                   remind_at=later), task.version)
    assert service.due(NOW + timedelta(minutes=30)) == []
    assert [r.task_id for r in service.due(later)] == [task.id]


def test_two_workstations_never_both_fire_one_reminder(world, db_url):
    ids = {remind(world, world.anna, -i, f"t{i}").id for i in range(20)}
    other_engine = make_engine(db_url)
    try:
        first = ReminderService(world.sessions, world.anna)
        second = ReminderService(make_sessions(other_engine), world.anna)
        got: list[list[int]] = [[], []]
        barrier = threading.Barrier(2)

        def tick(slot: int, service: ReminderService) -> None:
            barrier.wait()
            for _ in range(5):
                got[slot] += [r.task_id for r in service.due(NOW)]

        threads = [threading.Thread(target=tick, args=(n, s))
                   for n, s in enumerate((first, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        other_engine.dispose()
    assert sorted(got[0] + got[1]) == sorted(ids)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgres_claim_rechecks_after_waiting_for_a_concurrent_claim(world, db_url):
    """While another client holds the row (it is claiming it), our claim waits, then finds
    the reminder already shown and returns nothing."""
    task = remind(world, world.anna, -1)
    locker = make_engine(db_url)
    result: list[list[int]] = []
    try:
        with locker.connect() as conn:
            tx = conn.begin()
            conn.execute(text("SELECT id FROM tasks WHERE id = :i FOR UPDATE"), {"i": task.id})
            worker = threading.Thread(target=lambda: result.append(
                [r.task_id for r in ReminderService(world.sessions, world.anna).due(NOW)]))
            worker.start()
            worker.join(0.5)
            assert worker.is_alive()  # blocked on the row lock
            conn.execute(text("UPDATE tasks SET reminded_at = now() WHERE id = :i"),
                         {"i": task.id})
            tx.commit()
            worker.join(10)
    finally:
        locker.dispose()
    assert result == [[]]
