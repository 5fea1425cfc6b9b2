"""Request keys that make a retried save harmless.

A form makes one key (a uuid4) when the user presses Save and sends the same key with every
retry of that edit. The service looks the key up at the start of its transaction and records it
in the same transaction as the write, so the key is committed exactly when the write is. When
the first attempt committed but its answer was lost (the connection died after COMMIT), the
retry finds the key and returns the recorded record instead of creating a second one, or, for
an update, the current state instead of a false EditConflict.

Two attempts with one key running at the same time cannot both commit: the second insert of
the key hits the primary key (on PostgreSQL it waits for the first, then fails) and rolls its
whole write back.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_desktop.models import AppliedRequest
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable

KEEP_FOR = timedelta(days=7)
KEY_LENGTH = 36


class SaveOutcomeUnknown(DatabaseUnavailable):
    """The connection failed during a save: the server may or may not have written it. A
    retry with the same request key is safe either way."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "The connection was lost while saving, so the save may have failed. Your "
        "input is kept: press Save again when the connection is back; nothing is saved twice.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail=detail)


def outcome_unknown(exc: Exception) -> Exception:
    """A lost connection during a keyed save as SaveOutcomeUnknown; other errors unchanged."""
    if isinstance(exc, DatabaseUnavailable) and not isinstance(exc, SaveOutcomeUnknown):
        return SaveOutcomeUnknown(str(exc.params.get("detail", "")))
    return exc


def applied(session: Session, actor: Actor, request_key: str | None, kind: str) -> int | None:
    """The id of the record a save with this key already wrote, or None (also without a key).

    A key recorded for another kind of save is a programming error (ValueError)."""
    if request_key is None or not actor.user_id:
        return None
    row = session.execute(
        select(AppliedRequest.kind, AppliedRequest.entity_id, AppliedRequest.user_id).where(
            AppliedRequest.request_key == request_key
        )
    ).first()
    if row is None:
        return None
    if row.kind != kind or row.user_id != actor.user_id:
        raise ValueError(f"request key reused for {kind}")
    return int(row.entity_id)


def record(
    session: Session, actor: Actor, request_key: str | None, kind: str, entity_id: int
) -> None:
    """Record the key in the caller's open transaction (nothing without a key)."""
    if request_key is None or not actor.user_id:
        return  # no key, or a system actor (no user to own the key): nothing to record
    if len(request_key) > KEY_LENGTH or not request_key.strip():
        raise ValueError("request key must be a uuid in text form")
    session.add(AppliedRequest(
        request_key=request_key, user_id=actor.user_id, kind=kind, entity_id=entity_id))
    session.flush()


def purge(session: Session, user_id: int, now: datetime) -> None:
    """Forget the user's keys older than KEEP_FOR (run at sign-in: one indexed delete).

    A retry that comes later than that is a new save anyway: the form was long closed."""
    session.execute(
        delete(AppliedRequest)
        .where(AppliedRequest.user_id == user_id, AppliedRequest.created_at < now - KEEP_FOR)
        .execution_options(synchronize_session=False)
    )
