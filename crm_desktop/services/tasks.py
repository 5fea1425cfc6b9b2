"""Tasks: create, edit, reschedule, start, complete (respecting dependencies), list within scope."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Project, Task, TaskPriority, TaskStatus, User
from crm_desktop.services import idempotency, validation
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
from crm_desktop.services.errors import NotFound, ValidationError
from crm_desktop.services.task_dependencies import (
    dependency_ids,
    replace_dependencies,
    waiting_for,
)
from crm_desktop.services.task_dto import (
    BLOCKED,
    NOT_ASSIGNABLE,
    OPEN_STATUSES,
    REMIND_AFTER_DUE,
    UNKNOWN,
    UNKNOWN_USER,
    Assignee,
    TaskData,
    TaskRow,
)
from crm_desktop.services.task_scope import assignable_filter, may_assign, task_scope

__all__ = ["OPEN_STATUSES", "TaskData", "TaskRow", "TaskService"]


class TaskService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def create(self, data: TaskData, request_key: str | None = None) -> TaskRow:
        """Create a task; a retry with the same `request_key` returns the one created."""
        self._actor.require(Permission.EDIT)
        with self._sessions.begin() as session:
            done = idempotency.applied(session, self._actor, request_key, "task.create")
            if done is not None:
                return self._row(session, self._task(session, done))
            values = self._validate(session, data, current_assignee=None)
            task = Task(**values)
            stamp_created(task, self._actor)
            session.add(task)
            session.flush()
            self._set_dependencies(session, task.id, data.depends_on)
            idempotency.record(session, self._actor, request_key, "task.create", task.id)
            return self._row(session, task)

    def get(self, task_id: int) -> TaskRow:
        with self._sessions() as session:
            return self._row(session, self._task(session, task_id))

    def update(
        self, task_id: int, data: TaskData, seen_version: int, request_key: str | None = None
    ) -> TaskRow:
        """Save a task; a retry with the same `request_key` returns the current state."""
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "task", task_id) as session:
            task = self._task(session, task_id)
            if idempotency.applied(session, self._actor, request_key, "task.update") is not None:
                return self._row(session, task)
            check_version(task, seen_version, "task", task_id)
            values = self._validate(session, data, task.assignee_id)
            if values["remind_at"] != task.remind_at:
                task.reminded_at = None
            for key, value in values.items():
                setattr(task, key, value)
            stamp_updated(task, self._actor)
            self._set_dependencies(session, task.id, data.depends_on)
            session.flush()
            idempotency.record(session, self._actor, request_key, "task.update", task_id)
            return self._row(session, task)

    def reschedule(self, task_id: int, due_at: datetime, seen_version: int) -> TaskRow:
        """Move the due time (postpone, calendar drag); the reminder keeps its lead time."""
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "task", task_id) as session:
            task = self._task(session, task_id)
            check_version(task, seen_version, "task", task_id)
            if task.remind_at is not None:
                lead = (task.due_at - task.remind_at) if task.due_at is not None else None
                task.remind_at = due_at - lead if lead is not None else min(task.remind_at, due_at)
                task.reminded_at = None
            task.due_at = due_at
            stamp_updated(task, self._actor)
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
                titles = waiting_for(session, [task.id]).get(task.id, ())
                if titles:
                    raise ValidationError(
                        "status", BLOCKED, count=len(titles), titles="«" + "», «".join(titles) + "»"
                    )
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

    def assignees(self) -> list[Assignee]:
        """People the actor may give a task to, the actor first."""
        with self._sessions() as session:
            rows = session.execute(
                select(User.id, User.full_name)
                .where(User.is_active.is_(True), assignable_filter(self._actor))
                .order_by(User.full_name, User.id)
            ).all()
        me = self._actor.user_id
        people = [Assignee(i, name, i == me) for i, name in rows]
        return sorted(people, key=lambda a: not a.is_me)

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
                .where(task_scope(self._actor), Task.status.in_(OPEN_STATUSES))
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
    def _task(self, session: Session, task_id: int) -> Task:
        task = session.scalar(select(Task).where(Task.id == task_id, task_scope(self._actor)))
        if task is None:
            raise NotFound("task", task_id)
        return task

    def _validate(
        self, session: Session, data: TaskData, current_assignee: int | None
    ) -> dict[str, Any]:
        assignee_id = data.assignee_id or current_assignee or self._actor.user_id or None
        assignee = session.get(User, assignee_id) if assignee_id else None
        if assignee is None or not assignee.is_active:
            raise ValidationError("assignee_id", UNKNOWN_USER)
        if assignee_id != current_assignee and not may_assign(session, self._actor, assignee.id):
            raise ValidationError("assignee_id", NOT_ASSIGNABLE)
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
        replace_dependencies(session, task_id, depends_on, lambda i: self._task(session, i))

    def _row(self, session: Session, task: Task) -> TaskRow:
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
            dependency_ids(session, task.id),
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
