"""Writing imported clients inside the caller's transaction: new ones with bulk Core inserts
(clients, their phones and e-mails, contact people), existing ones updated one by one through
the ORM so the version check and the denormalised columns work as for a form save."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, ContactMethod, ContactMethodKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.clients import refresh_search
from crm_desktop.services.common import get_client, stamp_updated
from crm_desktop.services.imports.bulk import big_cache, bulk_insert, triggers_deferred
from crm_desktop.services.imports.rows import ParsedRow
from crm_desktop.services.normalize import phone_digits, search_text, sort_key

BATCH = 2000
Step = Callable[[int], None]  # rows written so far in this phase

_FILLABLE = ("kind", "last_name", "first_name", "middle_name", "birthday", "inn", "kpp", "ogrn",
             "legal_address", "actual_address", "city", "industry", "annual_turnover",
             "employee_count", "website", "note", "channel_id")
_CLIENTS = cast(Table, Client.__table__)
_METHODS = cast(Table, ContactMethod.__table__)
_CONTACTS = cast(Table, Contact.__table__)


def merged(rows: list[ParsedRow]) -> ParsedRow:
    """The first row, its empty fields filled from the others; phones and e-mails of all."""
    first = rows[0]
    if len(rows) == 1:  # most rows: nothing to merge
        return first
    values = dict(first.values)
    phones, emails = list(first.phones), list(first.emails)
    contact = first.contact
    for row in rows[1:]:
        for key, value in row.values.items():
            if values.get(key) in (None, "") and value not in (None, ""):
                values[key] = value
        phones += [p for p in row.phones if p[1] not in {n for _, n in phones}]
        emails += [e for e in row.emails if e[1] not in {n for _, n in emails}]
        contact = contact or row.contact
    return ParsedRow(first.index, values, tuple(phones), tuple(emails), contact, first.problems)


def create_clients(session: Session, actor: Actor, groups: list[list[ParsedRow]],
                   step: Step) -> None:
    if not groups:
        return
    user_id = actor.user_id or None
    with big_cache(session), triggers_deferred(session, ("clients", "contacts",
                                                        "contact_methods")):
        _create(session, groups, user_id, step)


def _create(session: Session, groups: list[list[ParsedRow]], user_id: int | None,
            step: Step) -> None:
    for start in range(0, len(groups), BATCH):
        batch = [merged(g) for g in groups[start:start + BATCH]]
        ids = reserve_ids(session, _CLIENTS, len(batch))
        rows = [_client_row(r, user_id) | {"id": i} for r, i in zip(batch, ids, strict=True)]
        bulk_insert(session, "clients", rows)
        methods: list[dict[str, Any]] = []
        contacts: list[dict[str, Any]] = []
        for client_id, row in zip(ids, batch, strict=True):
            methods += _method_rows(client_id, row, 0)
            if row.contact:
                contacts.append(_contact_row(client_id, row.contact, user_id))
        bulk_insert(session, "contact_methods", methods)
        bulk_insert(session, "contacts", contacts)
        step(sum(len(g) for g in groups[start:start + BATCH]))


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for `count` new rows, so that plain bulk inserts (no RETURNING, which SQLite runs
    row by row when the order must be kept) can link children to them. PostgreSQL: taken from
    the table's sequence, safe beside other writers. SQLite: after the current maximum, under
    the write lock this transaction holds from its first write on (one writer at a time)."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.scalars(text(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
            "FROM generate_series(1, :n)"), {"n": count}))
    session.execute(text(f"UPDATE {table.name} SET id = id WHERE 0"))  # takes the write lock
    first = (session.scalar(select(func.max(table.c.id))) or 0) + 1
    return list(range(first, first + count))


def _client_row(row: ParsedRow, user_id: int | None) -> dict[str, Any]:
    values = row.values
    names = [row.contact["full_name"]] if row.contact else []
    return {
        **values,
        "sort_key": sort_key(values["name"]),
        "search_text": search_text(values["name"], values.get("inn"), values.get("ogrn"),
                                   *(phone_digits(n) for _, n in row.phones),
                                   *(n for _, n in row.emails), *names),
        "main_phone": row.phones[0][1] if row.phones else None,
        "main_email": row.emails[0][1] if row.emails else None,
        "created_by_id": user_id,
        "updated_by_id": user_id,
        "version": 1,
    }


def _method_rows(client_id: int, row: ParsedRow, first_position: int) -> list[dict[str, Any]]:
    typed = [(ContactMethodKind.PHONE, v, n) for v, n in row.phones] + [
        (ContactMethodKind.EMAIL, v, n) for v, n in row.emails]
    return [{"client_id": client_id, "contact_id": None, "kind": kind, "messenger": None,
             "value": value[:254], "normalized": normalized,
             "is_primary": first_position == 0 and index == 0,
             "position": first_position + index}
            for index, (kind, value, normalized) in enumerate(typed)]


def _contact_row(client_id: int, contact: dict[str, Any], user_id: int | None
                 ) -> dict[str, Any]:
    return {**contact, "client_id": client_id, "is_primary": True, "version": 1,
            "created_by_id": user_id, "updated_by_id": user_id}


def update_clients(session: Session, actor: Actor, updates: dict[int, list[ParsedRow]],
                   step: Step) -> None:
    """Fill the empty fields of each existing card and add the phones, e-mails and contact
    person it lacks; the version goes up, so an open card sees the change."""
    for client_id, rows in updates.items():
        client = get_client(session, actor, client_id, for_update=True)
        row = merged(rows)
        for key in _FILLABLE:
            value = row.values.get(key)
            if value not in (None, "") and getattr(client, key) in (None, ""):
                setattr(client, key, value)
        own = session.execute(select(ContactMethod.normalized, ContactMethod.position).where(
            ContactMethod.client_id == client_id, ContactMethod.contact_id.is_(None))).all()
        have = {n for n, _ in own}
        fresh = ParsedRow(row.index, row.values,
                          tuple(p for p in row.phones if p[1] not in have),
                          tuple(e for e in row.emails if e[1] not in have))
        methods = _method_rows(client_id, fresh, max((p for _, p in own), default=-1) + 1)
        if methods:
            session.execute(insert(_METHODS), methods)
        if row.contact and not session.scalar(select(Contact.id).where(
                Contact.client_id == client_id,
                Contact.sort_key == row.contact["sort_key"]).limit(1)):
            contact = _contact_row(client_id, row.contact, actor.user_id or None)
            session.execute(insert(_CONTACTS), [{**contact, "is_primary": False}])
        refresh_search(session, client)
        stamp_updated(client, actor)
        session.flush()
        step(len(rows))
