"""Shared set-up of the Tasks UI tests: a manager at the keyboard, her head and a colleague."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from factories import make_world
from ui_card_support import Office, make_office, shut_down

from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.tasks import TaskData, TaskService


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def task_office(sqlite_url: str) -> Iterator[Office]:
    """The body of each test module's `office` fixture: Ivanova, her head and Boris."""
    from crm_desktop.db import make_engine

    engine = make_engine(sqlite_url)
    world = make_world(engine)
    result = make_office(world)
    result.head = world.add_user("head", "head", team="Sales")  # type: ignore[attr-defined]
    result.boris = world.add_user("boris", "manager", team="Sales")  # type: ignore[attr-defined]
    yield result
    shut_down(result)
    engine.dispose()


def add_task(office: Office, title: str, hours: float | None = None, actor=None,
             **extra) -> int:
    due = now() + timedelta(hours=hours) if hours is not None else None
    service = TaskService(office.world.sessions, actor or office.actor)
    return service.create(TaskData(title=title, due_at=due, **extra)).id


def add_client(office: Office, name: str = "ООО Ромашка") -> int:
    return office.services.clients.create(ClientData(name=name)).id
