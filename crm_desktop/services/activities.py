"""The client timeline: calls, meetings, e-mails and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, tuple_, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Activity, ActivityKind, Client, Contact
from crm_desktop.services import idempotency, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import (
    check_version,
    get_client,
    get_deal,
    stamp_created,
    stamp_updated,
    writing,
)
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

NOT_IN_CLIENT = QT_TRANSLATE_NOOP("Errors", "This contact belongs to another client.")
BAD_DURATION = QT_TRANSLATE_NOOP("Errors", "The duration must be between 0 and 24 hours.")
DEAL_OF_OTHER_CLIENT = QT_TRANSLATE_NOOP("Errors", "This deal belongs to another client.")

# Interactions that count as "contacting" the client (a note does not).
CONTACT_KINDS = (ActivityKind.CALL, ActivityKind.MEETING, ActivityKind.EMAIL)


@dataclass(frozen=True, slots=True)
class ActivityData:
    kind: ActivityKind
    client_id: int
    occurred_at: datetime
    contact_id: int | None = None
    deal_id: int | None = None
    duration_seconds: int | None = None
    outcome: str | None = None
    subject: str | None = None
    body: str | None = None


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    data: ActivityData
    author_id: int | None
    version: int


def refresh_last_contact(session: Session, client_id: int) -> None:
    latest = (
        select(func.max(Activity.occurred_at))
        .where(Activity.client_id == client_id, Activity.kind.in_(CONTACT_KINDS))
        .scalar_subquery()
    )
    session.execute(
        update(Client)
        .where(Client.id == client_id)
        .values(last_contact_at=latest)
        .execution_options(synchronize_session=False)
    )


class ActivityService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def log(self, data: ActivityData, request_key: str | None = None) -> ActivityRow:
        """Log an interaction; a retry with the same `request_key` returns the one logged."""
        self._actor.require(Permission.EDIT)
        with self._sessions.begin() as session:
            done = idempotency.applied(session, self._actor, request_key, "activity.create")
            if done is not None:
                return _row(self._activity(session, done))
            activity = Activity(**self._validate(session, data))
            stamp_created(activity, self._actor)
            session.add(activity)
            session.flush()
            refresh_last_contact(session, activity.client_id)
            idempotency.record(session, self._actor, request_key, "activity.create", activity.id)
            return _row(activity)

    def update(
        self, activity_id: int, data: ActivityData, seen_version: int,
        request_key: str | None = None,
    ) -> ActivityRow:
        """Save an interaction; a retry with the same `request_key` returns its state."""
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "activity", activity_id) as session:
            activity = self._activity(session, activity_id)
            if idempotency.applied(session, self._actor, request_key, "activity.update"):
                return _row(activity)
            check_version(activity, seen_version, "activity", activity_id)
            old_client = activity.client_id
            for key, value in self._validate(session, data).items():
                setattr(activity, key, value)
            stamp_updated(activity, self._actor)
            session.flush()
            for client_id in {old_client, activity.client_id}:
                refresh_last_contact(session, client_id)
            idempotency.record(session, self._actor, request_key, "activity.update", activity_id)
            return _row(activity)

    def delete(self, activity_id: int, seen_version: int) -> None:
        with writing(self._sessions, "activity", activity_id) as session:
            activity = self._activity(session, activity_id)
            if activity.created_by_id != self._actor.user_id:
                self._actor.require(Permission.DELETE)
            check_version(activity, seen_version, "activity", activity_id)
            client_id = activity.client_id
            session.delete(activity)
            session.flush()
            refresh_last_contact(session, client_id)

    def timeline(
        self,
        client_id: int | None = None,
        before: tuple[datetime, int] | None = None,
        limit: int = 50,
        *,
        deal_id: int | None = None,
    ) -> list[ActivityRow]:
        """A client's interactions, or with `deal_id` only those about that deal, newest
        first; pass the last row's (occurred_at, id) as `before` for the next page."""
        with self._sessions() as session:
            if deal_id is not None:
                get_deal(session, self._actor, deal_id)
                query = select(Activity).where(Activity.deal_id == deal_id)
            elif client_id is not None:
                get_client(session, self._actor, client_id)
                query = select(Activity).where(Activity.client_id == client_id)
            else:
                raise TypeError("timeline() needs a client_id or a deal_id")
            if before is not None:
                query = query.where(tuple_(Activity.occurred_at, Activity.id) < tuple_(*before))
            query = query.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
            return [_row(a) for a in session.scalars(query)]

    def _activity(self, session: Session, activity_id: int) -> Activity:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise NotFound("activity", activity_id)
        get_client(session, self._actor, activity.client_id)
        return activity

    def _validate(self, session: Session, data: ActivityData) -> dict[str, Any]:
        client = get_client(session, self._actor, data.client_id)
        if data.contact_id is not None:
            contact = session.get(Contact, data.contact_id)
            if contact is None or contact.client_id != client.id:
                raise ValidationError("contact_id", NOT_IN_CLIENT)
        if (
            data.deal_id is not None
            and get_deal(session, self._actor, data.deal_id).client_id != client.id
        ):
            raise ValidationError("deal_id", DEAL_OF_OTHER_CLIENT)
        if data.duration_seconds is not None and not 0 <= data.duration_seconds <= 86_400:
            raise ValidationError("duration_seconds", BAD_DURATION)
        if data.occurred_at is None:
            raise ValidationError("occurred_at", validation.REQUIRED)
        return {
            "kind": validation.choice(data.kind, ActivityKind, field="kind"),
            "client_id": client.id,
            "contact_id": data.contact_id,
            "deal_id": data.deal_id,
            "occurred_at": data.occurred_at,
            "duration_seconds": data.duration_seconds,
            "outcome": validation.optional_text(data.outcome, field="outcome", limit=200),
            "subject": validation.optional_text(data.subject, field="subject", limit=300),
            "body": validation.optional_text(data.body, field="body", limit=100_000),
        }


def _row(a: Activity) -> ActivityRow:
    data = ActivityData(
        a.kind,
        a.client_id,
        a.occurred_at,
        a.contact_id,
        a.deal_id,
        a.duration_seconds,
        a.outcome,
        a.subject,
        a.body,
    )
    return ActivityRow(a.id, data, a.created_by_id, a.version)
