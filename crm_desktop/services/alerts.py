"""Scraping alerts for administrators: the `scraping_alert` audit entries they have not seen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import AuditEntry, User
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.card_views import SCRAPING_ALERT
from crm_desktop.services.common import now

# on the first poll (program start) the alerts of the last day are shown as missed ones
FIRST_POLL_WINDOW = timedelta(days=1)
MAX_ALERTS = 50


@dataclass(frozen=True, slots=True)
class ScrapingAlert:
    """A user opened `count` cards within `minutes` minutes."""

    id: int
    occurred_at: datetime
    user_id: int | None
    login: str | None
    full_name: str | None
    count: int
    minutes: int


class AlertService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def unseen(self, after_id: int | None = None) -> list[ScrapingAlert]:
        """Alerts newer than `after_id` (the last one already shown), oldest first; without
        `after_id`, those of the last day."""
        self._actor.require(Permission.MANAGE_USERS)
        query = (
            select(AuditEntry, User.full_name)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(AuditEntry.action == SCRAPING_ALERT)
            .order_by(AuditEntry.id.desc())
            .limit(MAX_ALERTS)
        )
        if after_id is None:
            query = query.where(AuditEntry.occurred_at >= self._clock() - FIRST_POLL_WINDOW)
        else:
            query = query.where(AuditEntry.id > after_id)
        with self._sessions() as session:
            rows = session.execute(query).all()
        return [
            ScrapingAlert(e.id, e.occurred_at, e.user_id, e.login, name,
                          int((e.details or {}).get("count", 0)),
                          int((e.details or {}).get("minutes", 0)))
            for e, name in reversed(rows)
        ]

    def last_id(self) -> int | None:
        """The newest alert's id (so a poll can start after it)."""
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions() as session:
            return session.scalar(
                select(AuditEntry.id).where(AuditEntry.action == SCRAPING_ALERT)
                .order_by(AuditEntry.id.desc()).limit(1)
            )
