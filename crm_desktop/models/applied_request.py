"""Saves already applied, keyed by the request key a form sends, so a retried save is not
applied twice (see services/idempotency.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, func
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base


class AppliedRequest(Base):
    """One save (create or update) a user's form sent, written in the save's own transaction."""

    __tablename__ = "applied_requests"
    __table_args__ = (Index("ix_applied_requests_user_id_created_at", "user_id", "created_at"),)

    request_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    """A uuid4 in text form, made by the form when the user first pressed Save."""
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    """What the save did, e.g. "client.create" or "deal.update"."""
    entity_id: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
