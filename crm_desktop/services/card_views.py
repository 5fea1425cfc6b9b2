"""Who opened which card: every client or deal card opened is audited, and a user who opens
more cards than the protection settings allow within their window raises a scraping alert.

The count runs inside the caller's transaction after the audit append; on PostgreSQL the
append takes the audit chain's transaction lock, so two workstations of one user cannot both
decide that the alert is still missing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.models import AuditEntry
from crm_desktop.services import audit, security_settings
from crm_desktop.services.actor import Actor

CARD_OPEN = "card_open"
SCRAPING_ALERT = "scraping_alert"
CARD_KINDS = ("client", "deal")


def record_card_open(
    session: Session, actor: Actor, kind: str, entity_id: int, *, now: datetime | None = None
) -> bool:
    """Audit one card open; True when this open raised a scraping alert."""
    if kind not in CARD_KINDS:
        raise ValueError(f"not a card kind: {kind}")
    audit.record(session, actor, CARD_OPEN, kind, entity_id)
    if not actor.user_id:
        return False  # crm-admin as the database owner is no employee to watch
    settings = security_settings.load(session)
    since = (now or datetime.now(UTC)) - timedelta(minutes=settings.scraping_minutes)
    mine = (AuditEntry.user_id == actor.user_id, AuditEntry.occurred_at >= since)
    opened = select(func.count()).where(*mine, AuditEntry.action == CARD_OPEN)
    alerted = select(func.count()).where(*mine, AuditEntry.action == SCRAPING_ALERT)
    count, alerts = session.execute(
        select(opened.scalar_subquery(), alerted.scalar_subquery())
    ).one()
    if count <= settings.scraping_cards or alerts:
        return False
    audit.record(session, actor, SCRAPING_ALERT, "user", actor.user_id,
                 {"count": int(count), "minutes": settings.scraping_minutes})
    return True
