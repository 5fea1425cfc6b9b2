"""Reminders: claim the actor's due reminders exactly once, whoever asks and however often.

`due(now)` marks the reminders it returns with one `UPDATE ... WHERE reminded_at IS NULL`, so
two workstations of the same user, or two timer ticks, never both get one: on PostgreSQL the
second UPDATE waits for the first row lock and then re-checks `reminded_at`; SQLite runs one
writer at a time. Reminders whose time passed while the client was closed are simply due.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, Deal, Task
from crm_desktop.services.actor import Actor
from crm_desktop.services.common import now
from crm_desktop.services.task_dto import OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class Reminder:
    task_id: int
    title: str
    remind_at: datetime
    due_at: datetime | None
    client_name: str | None
    deal_title: str | None


class ReminderService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def due(self, moment: datetime | None = None) -> list[Reminder]:
        """The actor's open tasks whose reminder time has come and was not shown yet; they
        are marked as shown in the same statement (oldest first)."""
        moment = moment or self._clock()
        claim = (
            update(Task)
            .where(
                Task.assignee_id == self._actor.user_id,
                Task.reminded_at.is_(None),
                Task.remind_at <= moment,
                Task.status.in_(OPEN_STATUSES),
            )
            .values(reminded_at=moment)
            .returning(Task.id)
            .execution_options(synchronize_session=False)
        )
        with self._sessions.begin() as session:
            ids = list(session.scalars(claim))
            if not ids:
                return []
            rows = session.execute(
                select(Task.id, Task.title, Task.remind_at, Task.due_at, Client.name, Deal.title)
                .outerjoin(Client, Client.id == Task.client_id)
                .outerjoin(Deal, Deal.id == Task.deal_id)
                .where(Task.id.in_(ids))
                .order_by(Task.remind_at, Task.id)
            ).all()
        return [Reminder(i, t, r, d, c, dl) for i, t, r, d, c, dl in rows if r is not None]
