"""Interactions with clients (calls, meetings, e-mails, notes) and attached documents."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, func
from sqlalchemy.orm import Mapped, deferred, mapped_column

from crm_desktop.models.base import Base, Versioned, str_enum
from crm_desktop.models.enums import ActivityKind

ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


class Activity(Versioned, Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind] = mapped_column(str_enum(ActivityKind, "activity_kind"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="SET NULL"))
    occurred_at: Mapped[datetime]
    duration_seconds: Mapped[int | None]
    outcome: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_activities_client_time", "client_id", "occurred_at", "id"),
        Index("ix_activities_deal_time", "deal_id", "occurred_at"),
        Index("ix_activities_time", "occurred_at", "id"),
        Index("ix_activities_author_time", "created_by_id", "occurred_at"),
    )


class Attachment(Base):
    """A document stored in the database (contracts, acts), at most ATTACHMENT_MAX_BYTES."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(127), server_default="application/octet-stream")
    size_bytes: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
