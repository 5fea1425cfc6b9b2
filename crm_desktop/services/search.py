"""Global search (Ctrl+K): clients, contact people and deals matching what the user typed."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, Contact, ContactMethod, ContactMethodKind, Deal, Stage
from crm_desktop.services import client_queries
from crm_desktop.services.actor import Actor
from crm_desktop.services.normalize import email_normalized, fold, phone_e164
from crm_desktop.services.text_search import MIN_TRIGRAM, prefix_range, trigram_match


class HitKind(enum.StrEnum):
    CLIENT = "client"
    CONTACT = "contact"
    DEAL = "deal"


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: HitKind
    id: int  # of the client, contact or deal
    client_id: int  # what opens: the client card (deal hits may open the deal instead)
    title: str
    subtitle: str  # client name, phone, e-mail, INN or stage — whatever helps to pick


class SearchService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        term = text.strip()
        if not term:
            return []
        with self._sessions() as session:
            clients = client_queries.search(session, self._actor, term, limit)
            hits = [
                SearchHit(
                    HitKind.CLIENT,
                    c.id,
                    c.id,
                    c.name,
                    " · ".join(v for v in (c.inn, c.main_phone, c.main_email, c.city) if v),
                )
                for c in clients
            ]
            hits += self._contacts(session, term, [c.id for c in clients], limit)
            hits += self._deals(session, term, limit)
        return hits

    def _contacts(
        self, session: Session, term: str, client_ids: list[int], limit: int
    ) -> list[SearchHit]:
        """Contact people of the matched clients whose name, phone or e-mail matches."""
        if not client_ids:
            return []
        phone = phone_e164(term) if re.search(r"\d{5}", re.sub(r"\D", "", term)) else None
        mail = email_normalized(term) if "@" in term else None
        condition: ColumnElement[bool]
        if phone or mail:
            kind = ContactMethodKind.PHONE if phone else ContactMethodKind.EMAIL
            contact_ids = select(ContactMethod.contact_id).where(
                ContactMethod.kind == kind, ContactMethod.normalized == (phone or mail)
            )
            condition = Contact.id.in_(contact_ids)
        else:
            condition = Contact.sort_key.contains(fold(term), autoescape=True)
        rows = session.execute(
            select(Contact.id, Contact.client_id, Contact.full_name, Contact.position, Client.name)
            .join(Client, Client.id == Contact.client_id)
            .where(Contact.client_id.in_(client_ids), condition)
            .order_by(Contact.sort_key, Contact.id)
            .limit(limit)
        ).all()
        return [
            SearchHit(
                HitKind.CONTACT,
                cid,
                client_id,
                name,
                " · ".join(v for v in (position, client_name) if v),
            )
            for cid, client_id, name, position, client_name in rows
        ]

    def _deals(self, session: Session, term: str, limit: int) -> list[SearchHit]:
        fragment = fold(term)
        scope = self._actor.owner_filter(Client.manager_id, "client", Client.id)
        query = (
            select(Deal.id, Deal.client_id, Deal.title, Client.name, Stage.name)
            .join(Client, Client.id == Deal.client_id)
            .join(Stage, Stage.id == Deal.stage_id)
            .where(scope)
            .order_by(Deal.id.desc())
            .limit(limit)
        )
        if len(fragment) < MIN_TRIGRAM:
            query = query.where(prefix_range(Deal.search_text, fragment))
        else:
            query = trigram_match(
                query, session.get_bind().dialect.name, "deals", Deal.id, Deal.search_text, fragment
            )
        return [
            SearchHit(HitKind.DEAL, did, cid, title, f"{client} · {stage}")
            for did, cid, title, client, stage in session.execute(query).all()
        ]
