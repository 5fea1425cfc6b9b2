"""Helpers shared by the domain services: loading within scope, version checks, stamping."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.models import Client, Deal, User
from crm_desktop.models.base import Versioned
from crm_desktop.services import denied_access
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import EditConflict

V = TypeVar("V", bound=Versioned)


def now() -> datetime:
    return datetime.now(UTC)


def team_of(session: Session, user_id: int | None) -> int | None:
    if user_id is None:
        return None
    return session.scalar(select(User.team_id).where(User.id == user_id))


def client_visible(session: Session, actor: Actor, client: Client) -> bool:
    if actor.sees_owner(client.manager_id, team_of(session, client.manager_id)):
        return True
    return bool(
        session.scalar(
            select(Client.id).where(
                Client.id == client.id, actor.owner_filter(Client.manager_id, "client", Client.id)
            )
        )
    )


def deal_visible(session: Session, actor: Actor, deal: Deal) -> bool:
    if actor.sees_owner(deal.manager_id, team_of(session, deal.manager_id)):
        return True
    if bool(
        session.scalar(
            select(Deal.id).where(
                Deal.id == deal.id, actor.owner_filter(Deal.manager_id, "deal", Deal.id)
            )
        )
    ):
        return True
    client = session.get(Client, deal.client_id)
    return client is not None and client_visible(session, actor, client)


def get_client(
    session: Session, actor: Actor, client_id: int, *, for_update: bool = False
) -> Client:
    client = session.get(Client, client_id, with_for_update=for_update or None)
    if client is None or not client_visible(session, actor, client):
        raise denied_access.refuse(session, actor, "client", client_id, found=client is not None)
    return client


def get_deal(session: Session, actor: Actor, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None or not deal_visible(session, actor, deal):
        raise denied_access.refuse(session, actor, "deal", deal_id, found=deal is not None)
    return deal


def check_version(entity: V, seen_version: int, kind: str, entity_id: int) -> None:
    if entity.version != seen_version:
        raise EditConflict(kind, entity_id)


def stamp_created(entity: Versioned, actor: Actor) -> None:
    entity.created_by_id = actor.user_id or None
    entity.updated_by_id = actor.user_id or None


def stamp_updated(entity: Versioned, actor: Actor) -> None:
    entity.updated_by_id = actor.user_id or None


def flush_or_conflict(session: Session, kind: str, entity_id: int) -> None:
    """Flush; a concurrent save between our read and write becomes EditConflict."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise EditConflict(kind, entity_id) from exc


@contextmanager
def writing(sessions: sessionmaker[Session], kind: str, entity_id: int) -> Iterator[Session]:
    """A write transaction on one record; a concurrent save anywhere in it is an EditConflict."""
    try:
        with sessions.begin() as session:
            yield session
    except StaleDataError as exc:
        raise EditConflict(kind, entity_id) from exc


def user_in_scope(session: Session, actor: Actor, user_id: int | None) -> bool:
    """Whether `actor` may make `user_id` responsible for a record (own scope: only themselves)."""
    if user_id is None:
        return True
    return actor.sees_owner(user_id, team_of(session, user_id))
