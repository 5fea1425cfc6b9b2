"""The calendar: a person's tasks (by due time) and meetings (by their time) in a date range."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Activity, ActivityKind, Client, TaskStatus, User
from crm_desktop.models.task import Task
from crm_desktop.services.actor import Actor
from crm_desktop.services.common import now
from crm_desktop.services.errors import NotFound
from crm_desktop.services.task_dto import OPEN_STATUSES
from crm_desktop.services.task_scope import employees_filter

LIMIT = 2000  # a month of one person's work fits many times over


class EntryKind(enum.StrEnum):
    TASK = "task"
    MEETING = "meeting"


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    kind: EntryKind
    id: int  # of the task or the activity
    title: str
    at: datetime
    client_id: int | None
    client_name: str | None
    is_overdue: bool
    is_done: bool
    version: int  # of the task (rescheduling checks it)


class CalendarService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def entries(
        self, start: datetime, end: datetime, user_id: int | None = None
    ) -> list[CalendarEntry]:
        """Tasks assigned to and meetings logged by `user_id` (default: the actor) in
        [start, end), by time. Heads may look at their team's calendars, others only at theirs."""
        who = user_id or self._actor.user_id
        moment = self._clock()
        with self._sessions() as session:
            if who != self._actor.user_id and session.scalar(
                select(User.id).where(User.id == who, employees_filter(self._actor))
            ) is None:
                raise NotFound("user", who)
            tasks = session.execute(
                select(Task.id, Task.title, Task.due_at, Task.client_id, Client.name,
                       Task.status, Task.version)
                .outerjoin(Client, Client.id == Task.client_id)
                .where(Task.assignee_id == who, Task.due_at >= start, Task.due_at < end,
                       Task.status != TaskStatus.CANCELLED)
                .order_by(Task.due_at, Task.id).limit(LIMIT)
            ).all()
            meetings = session.execute(
                select(Activity.id, Activity.subject, Activity.occurred_at, Activity.client_id,
                       Client.name, Activity.version)
                .join(Client, Client.id == Activity.client_id)
                .where(Activity.kind == ActivityKind.MEETING, Activity.created_by_id == who,
                       Activity.occurred_at >= start, Activity.occurred_at < end)
                .order_by(Activity.occurred_at, Activity.id).limit(LIMIT)
            ).all()
        result = [
            CalendarEntry(EntryKind.TASK, i, title, due, cid, cname,
                          status in OPEN_STATUSES and due < moment, status is TaskStatus.DONE,
                          version)
            for i, title, due, cid, cname, status, version in tasks
            if due is not None
        ]
        result += [
            CalendarEntry(EntryKind.MEETING, i, subject or "", at, cid, cname, False, at < moment,
                          version)
            for i, subject, at, cid, cname, version in meetings
        ]
        return sorted(result, key=lambda e: (e.at, e.kind, e.id))
