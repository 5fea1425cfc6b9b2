"""Duplicate warning before saving a client: the same INN, phone or e-mail already in the base."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, ContactMethod, ContactMethodKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_dto import MethodData
from crm_desktop.services.common import client_visible
from crm_desktop.services.normalize import email_normalized, phone_e164


class DuplicateReason(enum.StrEnum):
    INN = "inn"
    PHONE = "phone"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Duplicate:
    """An existing client; its name is given only when the user may open it."""

    client_id: int
    reason: DuplicateReason
    value: str
    visible: bool
    name: str | None


class DuplicateService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def find(
        self,
        inn: str | None,
        methods: tuple[MethodData, ...] = (),
        exclude_client_id: int | None = None,
        limit: int = 10,
    ) -> list[Duplicate]:
        """Exact, indexed look-ups only (INN, E.164 phones, lower-cased e-mails)."""
        wanted: list[tuple[DuplicateReason, str]] = []
        if inn and inn.strip():
            wanted.append((DuplicateReason.INN, inn.strip()))
        for method in methods:
            if method.kind is ContactMethodKind.PHONE:
                phone = phone_e164(method.value)
                if phone:
                    wanted.append((DuplicateReason.PHONE, phone))
            elif method.kind is ContactMethodKind.EMAIL and method.value.strip():
                wanted.append((DuplicateReason.EMAIL, email_normalized(method.value)))
        found: dict[int, Duplicate] = {}
        with self._sessions() as session:
            for reason, value in wanted:
                for client in self._matches(session, reason, value, limit):
                    if client.id == exclude_client_id or client.id in found:
                        continue
                    visible = client_visible(session, self._actor, client)
                    found[client.id] = Duplicate(
                        client.id, reason, value, visible, client.name if visible else None
                    )
        return list(found.values())[:limit]

    def _matches(
        self, session: Session, reason: DuplicateReason, value: str, limit: int
    ) -> list[Client]:
        if reason is DuplicateReason.INN:
            query = select(Client).where(Client.inn == value)
        else:
            kind = (
                ContactMethodKind.PHONE
                if reason is DuplicateReason.PHONE
                else ContactMethodKind.EMAIL
            )
            query = select(Client).where(
                Client.id.in_(
                    select(ContactMethod.client_id).where(
                        ContactMethod.kind == kind, ContactMethod.normalized == value
                    )
                )
            )
        return list(session.scalars(query.order_by(Client.id).limit(limit)))
