"""Every change of client data logged with its old and new values (SQLite mode).

PostgreSQL does this with triggers (revision 0005), so no client can skip it there; on SQLite,
where whoever holds the file holds the base anyway, the signed-in program logs the changes its
sessions flush. Installed on a workspace's session factory by services/workspace.py.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import (
    Activity,
    Attachment,
    Client,
    Contact,
    ContactMethod,
    Deal,
    DealItem,
    Invoice,
    Project,
    Task,
)
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor

AUDITED: dict[type, str] = {  # entity names as the services and revision 0005 write them
    Client: "client", Contact: "contact", ContactMethod: "contact_method", Deal: "deal",
    DealItem: "deal_item", Task: "task", Activity: "activity", Attachment: "attachment",
    Invoice: "invoice", Project: "project",
}
# maintained by the services themselves, or too big to copy (the same list as revision 0005)
SKIPPED = {"search_text", "sort_key", "updated_at", "updated_by_id", "version", "main_phone",
           "main_email", "last_contact_at", "open_deals_amount", "content"}


def install(sessions: sessionmaker[Session], actor: Actor) -> None:
    """Log the changes every session of `sessions` flushes, as `actor` (SQLite only)."""
    if not actor.user_id:
        return

    def after_flush(session: Session, _context: object) -> None:
        if session.get_bind().dialect.name != "sqlite":
            return
        changes = [("insert", o) for o in session.new] + [("update", o) for o in session.dirty]
        changes += [("delete", o) for o in session.deleted]
        for action, obj in changes:
            table = AUDITED.get(type(obj))
            if table is None:
                continue
            old, new = _changed(obj, action)
            if action == "update" and not old and not new:
                continue
            audit.append(session.connection(), actor.user_id, actor.login, action, table,
                         getattr(obj, "id", None), {"old": old, "new": new})

    event.listen(sessions, "after_flush", after_flush)


def _changed(obj: object, action: str) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in SKIPPED:
            continue
        history = state.attrs[key].history
        if action == "insert":
            value = state.dict.get(key)
            if value is not None:
                new[key] = _plain(value)
        elif action == "delete":
            value = state.dict.get(key)
            if value is not None:
                old[key] = _plain(value)
        elif history.has_changes():
            if history.deleted and history.deleted[0] is not None:
                old[key] = _plain(history.deleted[0])
            if history.added and history.added[0] is not None:
                new[key] = _plain(history.added[0])
    return old, new


def _plain(value: object) -> object:
    """A JSON-ready value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value
