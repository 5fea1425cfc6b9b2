"""Tasks: create, edit, start, complete (respecting dependencies), list within scope."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, insert, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Project, RoleScope, Task, TaskPriority, TaskStatus, User
from crm_desktop.models.task import task_dependencies
from crm_desktop.services import validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import (
    check_version,
    get_client,
    get_deal,
    now,
    stamp_created,
    stamp_updated,
    writing,
)
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

BLOCKED = QT_TRANSLATE_NOOP(
    "Errors", "This task waits for {count} unfinished task(s) it depends on."
)
CYCLE = QT_TRANSLATE_NOOP("Errors", "These dependencies would form a cycle.")
UNKNOWN_USER = QT_TRANSLATE_NOOP("Errors", "Choose an active user as the assignee.")
REMIND_AFTER_DUE = QT_TRANSLATE_NOOP("Errors", "The reminder must not be later than the due time.")
UNKNOWN = QT_TRANSLATE_NOOP("Errors", "The selected value no longer exists.")

OPEN_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class TaskData:
    title: str = ""
    description: str | None = None
    assignee_id: int | None = None  # None: the author
    client_id: int | None = None
    deal_id: int | None = None
    project_id: int | None = None
    due_at: datetime | None = None
    remind_at: datetime | None = None
    priority: TaskPriority = TaskPriority.NORMAL
    depends_on: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    data: TaskData
    status: TaskStatus
    author_id: int | None
    is_automatic: bool
    is_overdue: bool
    completed_at: datetime | None
    version: int


class TaskService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def create(self, data: TaskData) -> TaskRow:
        self._actor.require(Permission.EDIT)
        with self._sessions.begin() as session:
            values = self._validate(session, data)
            task = Task(**values)
            stamp_created(task, self._actor)
            session.add(task)
            session.flush()
            self._set_dependencies(session, task.id, data.depends_on)
            return self._row(session, task)

    def get(self, task_id: int) -> TaskRow:
        with self._sessions() as session:
            return self._row(session, self._task(session, task_id))

    def update(self, task_id: int, data: TaskData, seen_version: int) -> TaskRow:
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "task", task_id) as session:
            task = self._task(session, task_id)
            check_version(task, seen_version, "task", task_id)
            for key, value in self._validate(session, data).items():
                setattr(task, key, value)
            if data.remind_at != task.remind_at:
                task.reminded_at = None
            stamp_updated(task, self._actor)
            self._set_dependencies(session, task.id, data.depends_on)
            session.flush()
            return self._row(session, task)

    def set_status(self, task_id: int, status: TaskStatus, seen_version: int) -> TaskRow:
        """Start, complete, cancel or reopen; start/complete wait for the dependencies."""
        self._actor.require(Permission.EDIT)
        status = validation.choice(status, TaskStatus, field="status")
        with writing(self._sessions, "task", task_id) as session:
            task = self._task(session, task_id)
            check_version(task, seen_version, "task", task_id)
            if status in (TaskStatus.IN_PROGRESS, TaskStatus.DONE):
                unfinished = self._unfinished_dependencies(session, task.id)
                if unfinished:
                    raise ValidationError("status", BLOCKED, count=unfinished)
            moment = self._clock()
            task.status = status
            if status is TaskStatus.IN_PROGRESS and task.started_at is None:
                task.started_at = moment
            task.completed_at = moment if status is TaskStatus.DONE else None
            stamp_updated(task, self._actor)
            session.flush()
            return self._row(session, task)

    def complete(self, task_id: int, seen_version: int) -> TaskRow:
        return self.set_status(task_id, TaskStatus.DONE, seen_version)

    def delete(self, task_id: int, seen_version: int) -> None:
        with writing(self._sessions, "task", task_id) as session:
            task = self._task(session, task_id)
            if task.created_by_id != self._actor.user_id:
                self._actor.require(Permission.DELETE)
            check_version(task, seen_version, "task", task_id)
            session.delete(task)

    def mine(self, *, include_done: bool = False, limit: int = 500) -> list[TaskRow]:
        """Tasks assigned to the actor, open first by due time (no date last)."""
        with self._sessions() as session:
            query = select(Task).where(Task.assignee_id == self._actor.user_id)
            if not include_done:
                query = query.where(Task.status.in_(OPEN_STATUSES))
            query = query.order_by(Task.due_at.is_(None), Task.due_at, Task.id).limit(limit)
            return [self._row(session, t) for t in session.scalars(query)]

    def visible(self, *, limit: int = 500) -> list[TaskRow]:
        """Open tasks in the actor's scope (own: assigned or authored; team; all)."""
        with self._sessions() as session:
            query = (
                select(Task)
                .where(self._scope(), Task.status.in_(OPEN_STATUSES))
                .order_by(Task.due_at.is_(None), Task.due_at, Task.id)
                .limit(limit)
            )
            return [self._row(session, t) for t in session.scalars(query)]

    def for_record(
        self,
        *,
        client_id: int | None = None,
        deal_id: int | None = None,
        include_done: bool = True,
        limit: int = 200,
    ) -> list[TaskRow]:
        """Tasks of a client or a deal the actor may see (open first, then by due time)."""
        with self._sessions() as session:
            if client_id is not None:
                get_client(session, self._actor, client_id)
            if deal_id is not None:
                get_deal(session, self._actor, deal_id)
            query = select(Task)
            if client_id is not None:
                query = query.where(Task.client_id == client_id)
            if deal_id is not None:
                query = query.where(Task.deal_id == deal_id)
            if not include_done:
                query = query.where(Task.status.in_(OPEN_STATUSES))
            query = query.order_by(
                Task.status.not_in(OPEN_STATUSES), Task.due_at.is_(None), Task.due_at, Task.id
            ).limit(limit)
            return [self._row(session, t) for t in session.scalars(query)]

    # -- helpers ---------------------------------------------------------------------------
    def _scope(self) -> ColumnElement[bool]:
        actor = self._actor
        mine = or_(Task.assignee_id == actor.user_id, Task.created_by_id == actor.user_id)
        if actor.scope is RoleScope.ALL:
            return true()
        if actor.scope is RoleScope.TEAM and actor.team_id is not None:
            team = select(User.id).where(User.team_id == actor.team_id)
            return or_(mine, Task.assignee_id.in_(team))
        return mine

    def _task(self, session: Session, task_id: int) -> Task:
        task = session.scalar(select(Task).where(Task.id == task_id, self._scope()))
        if task is None:
            raise NotFound("task", task_id)
        return task

    def _validate(self, session: Session, data: TaskData) -> dict[str, Any]:
        assignee_id = data.assignee_id or self._actor.user_id or None
        assignee = session.get(User, assignee_id) if assignee_id else None
        if assignee is None or not assignee.is_active:
            raise ValidationError("assignee_id", UNKNOWN_USER)
        if data.client_id is not None:
            get_client(session, self._actor, data.client_id)
        client_id = data.client_id
        if data.deal_id is not None:
            client_id = client_id or get_deal(session, self._actor, data.deal_id).client_id
        if data.project_id is not None and session.get(Project, data.project_id) is None:
            raise ValidationError("project_id", UNKNOWN)
        if data.remind_at and data.due_at and data.remind_at > data.due_at:
            raise ValidationError("remind_at", REMIND_AFTER_DUE)
        return {
            "title": validation.require_text(data.title, field="title", limit=300),
            "description": validation.optional_text(
                data.description, field="description", limit=10_000
            ),
            "assignee_id": assignee_id,
            "client_id": client_id,
            "deal_id": data.deal_id,
            "project_id": data.project_id,
            "due_at": data.due_at,
            "remind_at": data.remind_at,
            "priority": validation.choice(data.priority, TaskPriority, field="priority"),
        }

    def _set_dependencies(
        self, session: Session, task_id: int, depends_on: tuple[int, ...]
    ) -> None:
        wanted = set(depends_on)
        if task_id in wanted:
            raise ValidationError("depends_on", CYCLE)
        for other in wanted:
            self._task(session, other)
        if self._reaches(session, wanted, task_id):
            raise ValidationError("depends_on", CYCLE)
        session.execute(delete(task_dependencies).where(task_dependencies.c.task_id == task_id))
        if wanted:
            session.execute(
                insert(task_dependencies),
                [{"task_id": task_id, "depends_on_id": d} for d in sorted(wanted)],
            )

    def _reaches(self, session: Session, start: set[int], target: int) -> bool:
        """Whether `target` is among the (transitive) dependencies of the `start` tasks."""
        seen, frontier = set(start), set(start)
        while frontier:
            nxt = set(
                session.scalars(
                    select(task_dependencies.c.depends_on_id).where(
                        task_dependencies.c.task_id.in_(frontier)
                    )
                )
            )
            if target in nxt:
                return True
            frontier = nxt - seen
            seen |= nxt
        return False

    def _unfinished_dependencies(self, session: Session, task_id: int) -> int:
        return len(
            session.scalars(
                select(Task.id)
                .join(task_dependencies, task_dependencies.c.depends_on_id == Task.id)
                .where(task_dependencies.c.task_id == task_id, Task.status != TaskStatus.DONE)
            ).all()
        )

    def _row(self, session: Session, task: Task) -> TaskRow:
        deps = tuple(
            session.scalars(
                select(task_dependencies.c.depends_on_id)
                .where(task_dependencies.c.task_id == task.id)
                .order_by(task_dependencies.c.depends_on_id)
            )
        )
        data = TaskData(
            task.title,
            task.description,
            task.assignee_id,
            task.client_id,
            task.deal_id,
            task.project_id,
            task.due_at,
            task.remind_at,
            task.priority,
            deps,
        )
        overdue = (
            task.status in OPEN_STATUSES and task.due_at is not None and task.due_at < self._clock()
        )
        return TaskRow(
            task.id,
            data,
            task.status,
            task.created_by_id,
            task.is_automatic,
            overdue,
            task.completed_at,
            task.version,
        )
