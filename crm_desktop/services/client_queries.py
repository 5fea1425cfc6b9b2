"""Read paths of the client list: keyset pages, counts and search (PERFORMANCE.md)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, tuple_
from sqlalchemy.orm import Session

from crm_desktop.models import Client, ContactMethod, ContactMethodKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_filter import ClientFilter, conditions
from crm_desktop.services.normalize import email_normalized, fold, phone_e164
from crm_desktop.services.text_search import MIN_TRIGRAM, prefix_range, trigram_match

_INN_RE = re.compile(r"^\d{10}(\d{2})?$")
_PHONEISH_RE = re.compile(r"^[\d\s()+\-.]+$")


ROW_COLUMNS = (
    Client.id,
    Client.kind,
    Client.name,
    Client.sort_key,
    Client.inn,
    Client.status,
    Client.manager_id,
    Client.main_phone,
    Client.main_email,
    Client.city,
    Client.channel_id,
    Client.last_contact_at,
    Client.open_deals_amount,
    Client.version,
)


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[ClientRow]:
    # Core execution: plain column rows, without the ORM's per-row loading machinery
    return [ClientRow(*row) for row in session.connection().execute(query).all()]


def page(
    session: Session,
    actor: Actor,
    flt: ClientFilter,
    after: tuple[str, int] | None,
    limit: int,
    today: date | None = None,
) -> list[ClientRow]:
    """The next `limit` clients in (sort_key, id) order after the `after` key (keyset)."""
    where = conditions(actor, flt, today)
    if after is not None:
        where.append(tuple_(Client.sort_key, Client.id) > tuple_(*after))
    query = (
        select(*ROW_COLUMNS).where(and_(*where)).order_by(Client.sort_key, Client.id).limit(limit)
    )
    return _rows(session, query)


def count(session: Session, actor: Actor, flt: ClientFilter, today: date | None = None) -> int:
    query = select(func.count()).select_from(Client).where(and_(*conditions(actor, flt, today)))
    return int(session.scalar(query) or 0)


def _by_method(kind: ContactMethodKind, normalized: str) -> ColumnElement[bool]:
    return Client.id.in_(
        select(ContactMethod.client_id).where(
            ContactMethod.kind == kind, ContactMethod.normalized == normalized
        )
    )


def search(session: Session, actor: Actor, raw: str, limit: int) -> list[ClientRow]:
    """Clients matching a name fragment, a phone in any format, an e-mail or an INN.

    Each look-up runs as its own indexed query with LIMIT and no ORDER BY (sorting every
    trigram match before the limit is what makes a common fragment slow); the few rows found
    are ordered by name here.
    """
    term = raw.strip()
    if not term:
        return []
    scope = actor.owner_filter(Client.manager_id, "client", Client.id)
    base = select(*ROW_COLUMNS).where(scope).limit(limit)
    if "@" in term:
        email = _by_method(ContactMethodKind.EMAIL, email_normalized(term))
        return _by_name(_rows(session, base.where(email)))
    digits = re.sub(r"\D", "", term)
    if _PHONEISH_RE.match(term) and len(digits) >= 5:
        exact: list[ColumnElement[bool]] = []
        if _INN_RE.match(digits):
            exact.append(Client.inn == digits)
        phone = phone_e164(term)
        if phone is not None:
            exact.append(_by_method(ContactMethodKind.PHONE, phone))
        found: dict[int, ClientRow] = {}
        for condition in exact:  # separate queries: an OR would hide both indexes
            found.update((r.id, r) for r in _rows(session, base.where(condition)))
        if found:
            return _by_name(list(found.values()))[:limit]
        return _fragment(session, base, digits)
    return _fragment(session, base, fold(term))


def _by_name(rows: list[ClientRow]) -> list[ClientRow]:
    return sorted(rows, key=lambda r: (r.sort_key, r.id))


def _fragment(session: Session, base: Select[*tuple[Any, ...]], fragment: str) -> list[ClientRow]:
    if len(fragment) < MIN_TRIGRAM:
        query = base.where(prefix_range(Client.sort_key, fragment))
        return _rows(session, query.order_by(Client.sort_key, Client.id))
    dialect = session.get_bind().dialect.name
    query = trigram_match(base, dialect, "clients", Client.id, Client.search_text, fragment)
    return _by_name(_rows(session, query))
