"""Append-only audit log where every entry carries the hash of the previous one."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.models import AuditEntry
from crm_desktop.services.actor import Actor

_CHAIN_LOCK = 72_001  # advisory lock id serialising appends on PostgreSQL


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
) -> AuditEntry:
    """Append one entry inside the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
        # row security lets most users read only their own entries; the chain needs the last
        prev = session.scalar(text("SELECT crm_audit_last_hash()"))
    else:
        prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    now = datetime.now(UTC)
    details = details or {}
    user_id = actor.user_id if actor and actor.user_id else None
    login = actor.login if actor else None
    entry = AuditEntry(
        occurred_at=now,
        user_id=user_id,
        login=login,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details,
        prev_hash=prev,
        hash=entry_hash(prev, now, user_id, login, action, entity, entity_id, details),
    )
    session.add(entry)
    session.flush()
    return entry


def verify_chain(session: Session) -> int | None:
    """Id of the first entry whose hash does not match, or None when the chain is intact."""
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
