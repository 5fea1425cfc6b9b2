"""Task dependencies: storing them without cycles, and what a task still waits for."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import Task, TaskStatus
from crm_desktop.models.task import task_dependencies
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.task_dto import CYCLE

deps = task_dependencies.c


def replace_dependencies(
    session: Session, task_id: int, depends_on: Iterable[int], check: Callable[[int], object]
) -> None:
    """Make `task_id` depend on exactly `depends_on`; `check(id)` raises for an unseen task."""
    wanted = set(depends_on)
    if task_id in wanted:
        raise ValidationError("depends_on", CYCLE)
    for other in wanted:
        check(other)
    if reaches(session, wanted, task_id):
        raise ValidationError("depends_on", CYCLE)
    session.execute(delete(task_dependencies).where(deps.task_id == task_id))
    if wanted:
        session.execute(
            insert(task_dependencies),
            [{"task_id": task_id, "depends_on_id": d} for d in sorted(wanted)],
        )


def reaches(session: Session, start: set[int], target: int) -> bool:
    """Whether `target` is among the (transitive) dependencies of the `start` tasks."""
    seen, frontier = set(start), set(start)
    while frontier:
        nxt = set(
            session.scalars(select(deps.depends_on_id).where(deps.task_id.in_(frontier)))
        )
        if target in nxt:
            return True
        frontier = nxt - seen
        seen |= nxt
    return False


def dependency_ids(session: Session, task_id: int) -> tuple[int, ...]:
    return tuple(
        session.scalars(
            select(deps.depends_on_id).where(deps.task_id == task_id).order_by(deps.depends_on_id)
        )
    )


def waiting_for(session: Session, task_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Task id → titles of the tasks it depends on that are not done (one query per batch)."""
    ids = list(task_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(deps.task_id, Task.title)
        .join(Task, Task.id == deps.depends_on_id)
        .where(deps.task_id.in_(ids), Task.status != TaskStatus.DONE)
        .order_by(deps.task_id, Task.due_at, Task.id)
    ).all()
    result: dict[int, list[str]] = {}
    for task_id, title in rows:
        result.setdefault(task_id, []).append(title)
    return {k: tuple(v) for k, v in result.items()}
