"""Importing contact people, each linked to a client by INN or name. Duplicates: the same
person (folded full name) at the same client, or the same phone or e-mail of a contact."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, ContactMethod, ContactMethodKind
from crm_desktop.services import validation
from crm_desktop.services.actor import Actor
from crm_desktop.services.clients import refresh_search
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.imports import cells
from crm_desktop.services.imports.client_writer import merged
from crm_desktop.services.imports.dedupe import DuplicateGroup, Existing, chunks, find_groups
from crm_desktop.services.imports.links import ClientLinks
from crm_desktop.services.imports.mapping import ColumnMapping
from crm_desktop.services.imports.preview import ImportPreview, ImportProgress, Plan, parse_all
from crm_desktop.services.imports.reader import SheetTable
from crm_desktop.services.imports.rows import ParsedRow, Refs, RowReader
from crm_desktop.services.normalize import fold

_CONTACTS = cast(Table, Contact.__table__)
_METHODS = cast(Table, ContactMethod.__table__)
_FILLABLE = ("last_name", "middle_name", "position", "birthday", "note")


def prepare(session: Session, actor: Actor, table: SheetTable, mapping: ColumnMapping,
            refs: Refs, progress: ImportProgress
            ) -> tuple[list[ParsedRow], list[DuplicateGroup], dict[str, object]]:
    def texts(key: str) -> list[str]:
        columns = mapping.columns_of(key)
        return ["".join(r[c] for c in columns if c < len(r)) for r in table.rows]

    links = ClientLinks.load(session, actor, list(zip(texts("company_inn"), texts("company"),
                                                      strict=True)))
    parsed = parse_all(table, progress, lambda i, r: _parse(i, r, mapping, links))
    ok = [r for r in parsed if r.ok]
    groups = find_groups(session, ok, _keys, _look_up, _describe)
    return parsed, groups, {}


def _parse(index: int, row: tuple[str, ...], mapping: ColumnMapping,
           links: ClientLinks) -> ParsedRow:
    r = RowReader(mapping, row)
    last, first, middle = (r.get(k, cells.text_of(k, 100))
                           for k in ("last_name", "first_name", "middle_name"))
    full = cells.clean(r.raw("full_name"))
    if full and not (last or first):
        last, first, middle = cells.split_full_name(full)
    try:
        first = validation.require_text(first, field="first_name", limit=100)
    except ValidationError as exc:
        r.fail("first_name", exc)
    full_name = " ".join(p for p in (last, first, middle) if p)
    values: dict[str, Any] = {
        "client_id": links.resolve(r, "company_inn", "company"),
        "last_name": last, "first_name": first, "middle_name": middle,
        "full_name": full_name[:300], "sort_key": fold(full_name)[:300],
        "position": r.get("position", lambda v: cells.text(v, "position", 200)),
        "birthday": r.get("birthday", lambda v: cells.parse_date(v, "birthday")),
        "note": r.get("note", lambda v: cells.text(v, "note", 10_000)),
    }
    phones = r.each("phone", cells.phones)
    emails = r.each("email", cells.emails)
    return ParsedRow(index, values, tuple(phones), tuple(emails), None, tuple(r.problems))


def _keys(row: ParsedRow) -> Iterable[str]:
    yield f"person:{row.values['client_id']}:{row.values['sort_key']}"
    for _, e164 in row.phones:
        yield f"phone:{e164}"
    for _, email in row.emails:
        yield f"email:{email}"


def _look_up(session: Session, keys: list[str]) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {}
    people = [k.split(":", 2) for k in keys if k.startswith("person:")]
    client_ids = sorted({p[1] for p in people})
    wanted = {(int(p[1]), p[2]) for p in people}
    for part in chunks(client_ids):
        for contact_id, client_id, key in session.execute(
                select(Contact.id, Contact.client_id, Contact.sort_key)
                .where(Contact.client_id.in_([int(c) for c in part]))):
            if (client_id, key) in wanted:
                found.setdefault(f"person:{client_id}:{key}", set()).add(contact_id)
    for kind, method in (("phone", ContactMethodKind.PHONE), ("email", ContactMethodKind.EMAIL)):
        values = [k.split(":", 1)[1] for k in keys if k.startswith(kind + ":")]
        for part in chunks(values):
            for owner_id, normalized in session.execute(
                    select(ContactMethod.contact_id, ContactMethod.normalized).where(
                        ContactMethod.kind == method, ContactMethod.normalized.in_(part),
                        ContactMethod.contact_id.is_not(None))):
                found.setdefault(f"{kind}:{normalized}", set()).add(int(owner_id or 0))
    return found


def _describe(session: Session, ids: set[int]) -> dict[int, Existing]:
    result: dict[int, Existing] = {}
    for part in chunks(sorted(str(i) for i in ids)):
        for contact_id, full_name, client in session.execute(
                select(Contact.id, Contact.full_name, Client.name)
                .join(Client, Client.id == Contact.client_id)
                .where(Contact.id.in_([int(i) for i in part]))):
            result[contact_id] = Existing(contact_id, f"{full_name} ({client})", True)
    return result


def write(session: Session, actor: Actor, preview: ImportPreview, chosen: Plan,
          step: Callable[[int], None]) -> None:
    user_id = actor.user_id or None
    touched: set[int] = set()
    for group in chosen.creates:
        row = merged(group)
        values = {**row.values, "is_primary": False, "version": 1,
                  "created_by_id": user_id, "updated_by_id": user_id}
        contact_id = session.execute(insert(_CONTACTS).returning(_CONTACTS.c.id),
                                     [values]).scalar_one()
        _add_methods(session, row, row.values["client_id"], contact_id, set())
        touched.add(row.values["client_id"])
        step(len(group))
    for contact_id, rows in chosen.updates.items():
        contact = session.get_one(Contact, contact_id, with_for_update=True)
        row = merged(rows)
        for key in _FILLABLE:
            if row.values.get(key) not in (None, "") and getattr(contact, key) in (None, ""):
                setattr(contact, key, row.values[key])
        contact.updated_by_id = user_id
        have = set(session.scalars(select(ContactMethod.normalized).where(
            ContactMethod.contact_id == contact_id)))
        _add_methods(session, row, contact.client_id, contact_id, have)
        touched.add(contact.client_id)
        step(len(rows))
    session.flush()
    for client_id in sorted(touched):
        client = session.get_one(Client, client_id)
        refresh_search(session, client)
    session.flush()


def _add_methods(session: Session, row: ParsedRow, client_id: int, contact_id: int,
                 have: set[str]) -> None:
    typed = [(ContactMethodKind.PHONE, v, n) for v, n in row.phones] + [
        (ContactMethodKind.EMAIL, v, n) for v, n in row.emails]
    fresh = [t for t in typed if t[2] not in have]
    if fresh:
        session.execute(insert(_METHODS), [
            {"client_id": client_id, "contact_id": contact_id, "kind": kind, "messenger": None,
             "value": value[:254], "normalized": normalized, "is_primary": i == 0 and not have,
             "position": len(have) + i} for i, (kind, value, normalized) in enumerate(fresh)])
