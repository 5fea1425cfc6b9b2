"""The SQLite change counter other workstations poll for live updates.

Triggers (revision 0006) append one row per insert, update or delete of a client, contact
person, deal, task or activity and keep only the newest rows; PostgreSQL sends the same
facts with NOTIFY instead, so there the table stays empty.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, func
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base


class ChangeLog(Base):
    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int]
    op: Mapped[str] = mapped_column(String(1))
    """I, U or D."""
    client_id: Mapped[int | None]
    """The client the row belongs to (the row itself for clients), for cards that show it."""
    changed_at: Mapped[datetime] = mapped_column(server_default=func.current_timestamp())
