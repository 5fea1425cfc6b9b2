"""Append-only audit log where every entry carries the hash of the previous one."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, func, insert, or_, select, text
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import AuditEntry, Deal, User
from crm_desktop.services.actor import Actor, Permission


def entry_hash(
    prev_hash: str | None,
    occurred_at: datetime,
    user_id: int | None,
    login: str | None,
    action: str,
    entity: str | None,
    entity_id: int | None,
    details: dict[str, Any],
) -> str:
    payload = json.dumps(
        [
            prev_hash,
            occurred_at.replace(tzinfo=None).isoformat(timespec="microseconds"),
            user_id,
            login,
            action,
            entity,
            entity_id,
            details,
        ],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity: str | None = None,
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Append one entry inside the caller's transaction; returns its id."""
    user_id = actor.user_id if actor and actor.user_id else None
    return append(session.connection(), user_id, actor.login if actor else None, action, entity,
           entity_id, details or {})


def append(
    connection: Connection,
    user_id: int | None,
    login: str | None,
    action: str,
    entity: str | None,
    entity_id: int | None,
    details: dict[str, Any],
) -> int:
    """Append on a connection (usable while a session flushes). PostgreSQL seals the entry
    itself (revision 0005: author, time and hash by a trigger); SQLite gets the hash here."""
    values: dict[str, Any] = {"user_id": user_id, "login": login, "action": action,
                              "entity": entity, "entity_id": entity_id, "details": details}
    if connection.dialect.name == "postgresql":
        return int(connection.execute(
            insert(AuditEntry).values(**values, hash="").returning(AuditEntry.id)).scalar_one())
    prev = connection.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    now = datetime.now(UTC)
    return int(connection.execute(insert(AuditEntry).values(
        **values, occurred_at=now, prev_hash=prev,
        hash=entry_hash(prev, now, user_id, login, action, entity, entity_id, details),
    ).returning(AuditEntry.id)).scalar_one())


def verify_chain(session: Session) -> int | None:
    """Id of the first entry whose hash does not match, or None when the chain is intact."""
    if session.get_bind().dialect.name == "postgresql":
        broken = session.scalar(text("SELECT crm_audit_verify()"))
        return int(broken) if broken is not None else None
    prev: str | None = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(1000):
        expected = entry_hash(
            prev,
            entry.occurred_at,
            entry.user_id,
            entry.login,
            entry.action,
            entry.entity,
            entry.entity_id,
            entry.details,
        )
        if entry.prev_hash != prev or entry.hash != expected:
            return entry.id
        prev = entry.hash
    return None


MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One audit entry as the administrator's viewer shows it."""

    id: int
    occurred_at: datetime
    login: str | None
    full_name: str | None
    action: str
    entity: str | None
    entity_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """Result of checking the hash chain: `broken_id` is the first entry that does not match."""

    entries: int
    broken_id: int | None

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def _about(entity: str, entity_id: int | None) -> ColumnElement[bool]:
    if entity_id is None:
        return AuditEntry.entity == entity
    own = and_(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
    if entity != "client":
        return own
    deals = select(Deal.id).where(Deal.client_id == entity_id)
    return or_(own, and_(AuditEntry.entity == "deal", AuditEntry.entity_id.in_(deals)))


class AuditService:
    """Reading the audit log (administrators only); entries are written by `record()`."""

    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def page(self, before_id: int | None = None, limit: int = 100, *,
             login: str | None = None, action: str | None = None,
             since: datetime | None = None, until: datetime | None = None,
             entity: str | None = None, entity_id: int | None = None) -> list[AuditRow]:
        """Newest first; the next page starts before the last id of this one (keyset).
        Filters: author, action, period [since, until) and record; a client's record
        includes the entries about its deals."""
        self._actor.require(Permission.MANAGE_USERS)
        limit = max(1, min(limit, MAX_PAGE))
        query = (
            select(AuditEntry, User.full_name)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .order_by(AuditEntry.id.desc())
            .limit(limit)
        )
        if before_id is not None:
            query = query.where(AuditEntry.id < before_id)
        if login:
            query = query.where(AuditEntry.login == login.strip().lower())
        if action:
            query = query.where(AuditEntry.action == action)
        if since is not None:
            query = query.where(AuditEntry.occurred_at >= since)
        if until is not None:
            query = query.where(AuditEntry.occurred_at < until)
        if entity:
            query = query.where(_about(entity, entity_id))
        with self._sessions() as session:
            return [
                AuditRow(e.id, e.occurred_at, e.login, full_name, e.action, e.entity,
                         e.entity_id, dict(e.details or {}))
                for e, full_name in session.execute(query).all()
            ]

    def verify(self) -> AuditCheck:
        """Recompute the whole chain; reads every entry, so run it off the GUI thread."""
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions() as session:
            entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
            return AuditCheck(int(entries), verify_chain(session))
