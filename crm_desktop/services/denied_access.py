"""Attempts to open a client or deal outside one's scope (by id: a link, a stale list, a
hand-made request). The user is told "not found", never that the record exists; the attempt
goes to the audit log as `access_denied`, written after the refused transaction has ended so
that its rollback cannot take the entry along.

On PostgreSQL row-level security hides the row from the user's own login, so whether it exists
is asked of the SECURITY DEFINER function `crm_record_hidden()` (revision 0012).
"""

from __future__ import annotations

import logging

from sqlalchemy import event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.services import audit
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import NotFound

log = logging.getLogger(__name__)

ACCESS_DENIED = "access_denied"
_PENDING = "crm_access_denied"


def refuse(session: Session, actor: Actor, kind: str, entity_id: int, *, found: bool) -> NotFound:
    """The NotFound to raise for `kind` #`entity_id`; `found` says whether the caller saw the
    row (and refused it by scope). The attempt is audited when the record exists."""
    if actor.user_id and (found or _hidden_on_server(session, kind, entity_id)):
        pending = session.info.setdefault(_PENDING, [])
        pending.append((actor.user_id, actor.login, kind, entity_id))
    return NotFound(kind, entity_id)


def _hidden_on_server(session: Session, kind: str, entity_id: int) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return False
    with session.begin_nested():
        return bool(session.scalar(text("SELECT crm_record_hidden(:kind, :id)"),
                                   {"kind": kind, "id": entity_id}))


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _write_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    try:
        with session.get_bind().engine.begin() as conn:
            for user_id, login, kind, entity_id in pending:
                audit.append(conn, user_id, login, ACCESS_DENIED, kind, entity_id,
                             {"reason": "out_of_scope"})
    except DBAPIError:
        log.exception("a refused access could not be audited")
