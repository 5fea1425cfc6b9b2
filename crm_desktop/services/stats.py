"""Headline numbers for the main window: what the current user has in front of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, Deal, Stage, Task
from crm_desktop.models.enums import StageKind, TaskStatus
from crm_desktop.services.actor import Actor

OPEN_TASK = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class Overview:
    clients: int  # clients in the actor's scope
    open_deals: int  # deals in an open stage, in the actor's scope
    open_tasks: int  # open or started tasks assigned to the actor
    overdue_tasks: int  # of those, due before now


def overview(sessions: sessionmaker[Session], actor: Actor,
             clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Overview:
    """Counts for the actor; one short read-only session (run it off the GUI thread)."""
    now = clock()
    with sessions() as session:
        clients = session.scalar(
            select(func.count()).select_from(Client)
            .where(actor.owner_filter(Client.manager_id, "client", Client.id))
        )
        open_deals = session.scalar(
            select(func.count()).select_from(Deal).join(Stage, Stage.id == Deal.stage_id)
            .where(Stage.kind == StageKind.OPEN,
                   actor.owner_filter(Deal.manager_id, "deal", Deal.id))
        )
        mine = (Task.assignee_id == actor.user_id, Task.status.in_(OPEN_TASK))
        open_tasks = session.scalar(select(func.count()).select_from(Task).where(*mine))
        overdue = session.scalar(
            select(func.count()).select_from(Task).where(*mine, Task.due_at < now)
        )
    return Overview(clients or 0, open_deals or 0, open_tasks or 0, overdue or 0)
