"""Clients and their contact people: create, read, update, delete within the actor's scope."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import (
    Channel,
    Client,
    ClientKind,
    ClientStatus,
    Contact,
    ContactMethod,
    ContactMethodKind,
    Deal,
    Favorite,
    Tag,
    User,
)
from crm_desktop.services import audit, card_views, idempotency, validation
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.automation import hooks as automation
from crm_desktop.services.client_dto import (
    ClientCard,
    ClientData,
    ContactData,
    ContactRow,
    MethodData,
    MethodRow,
)
from crm_desktop.services.common import (
    check_version,
    flush_or_conflict,
    get_client,
    stamp_created,
    stamp_updated,
    user_in_scope,
    writing,
)
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from crm_desktop.services.normalize import fold, phone_digits, search_text, sort_key

MANAGER_OUT_OF_SCOPE = QT_TRANSLATE_NOOP(
    "Errors", "You cannot make this person responsible: they are outside your scope."
)
UNKNOWN_REFERENCE = QT_TRANSLATE_NOOP("Errors", "The selected value no longer exists.")
HAS_DEALS = QT_TRANSLATE_NOOP(
    "Errors", "The client has {count} deal(s); delete or move them first."
)

_TEXT_LIMITS = {
    "legal_form": 20,
    "full_legal_name": 500,
    "bank_name": 300,
    "legal_address": 500,
    "actual_address": 500,
    "city": 100,
    "industry": 100,
    "website": 300,
    "note": 10_000,
    "last_name": 100,
    "first_name": 100,
    "middle_name": 100,
}


def validate_client(data: ClientData) -> dict[str, Any]:
    """Column values for a client, or ValidationError naming the first bad field."""
    kind = validation.choice(data.kind, ClientKind, field="kind")
    values: dict[str, Any] = {
        f: validation.optional_text(getattr(data, f), field=f, limit=limit)
        for f, limit in _TEXT_LIMITS.items()
    }
    name = (data.name or "").strip()
    if kind is ClientKind.PERSON and not name:
        name = " ".join(
            p for p in (values["last_name"], values["first_name"], values["middle_name"]) if p
        )
    values["name"] = validation.require_text(name, field="name", limit=300)
    values["kind"] = kind
    values["status"] = validation.choice(data.status, ClientStatus, field="status")
    values["inn"] = validation.inn(data.inn)
    values["kpp"] = validation.kpp(data.kpp)
    values["ogrn"] = validation.ogrn(data.ogrn)
    values["bik"] = validation.bik(data.bik)
    values["bank_account"] = validation.bank_account(data.bank_account, values["bik"])
    values["corr_account"] = validation.bank_account(
        data.corr_account, values["bik"], field="corr_account", correspondent=True
    )
    values["annual_turnover"] = (
        None
        if data.annual_turnover is None
        else validation.money(data.annual_turnover, field="annual_turnover")
    )
    if data.employee_count is not None and data.employee_count < 0:
        raise ValidationError("employee_count", validation.NEGATIVE)
    values |= {
        "employee_count": data.employee_count,
        "birthday": data.birthday,
        "manager_id": data.manager_id,
        "channel_id": data.channel_id,
    }
    return values


def validate_methods(methods: tuple[MethodData, ...]) -> list[tuple[MethodData, str]]:
    """Each method with its normalised value; the field name of a bad one is phone/email."""
    result = []
    for method in methods:
        kind = validation.choice(method.kind, ContactMethodKind, field="methods")
        if not method.value.strip():
            continue
        if kind is ContactMethodKind.PHONE:
            _, normalized = validation.phone(method.value)
        elif kind is ContactMethodKind.EMAIL:
            _, normalized = validation.email(method.value)
        else:
            normalized = validation.require_text(method.value, field="messenger", limit=254)
            normalized = normalized.lstrip("@").lower()
        result.append((method, normalized))
    return result


def _method_row(m: ContactMethod) -> MethodRow:
    return MethodRow(m.id, m.kind, m.value, m.normalized, m.messenger, m.is_primary)


def _contact_row(c: Contact, methods: list[ContactMethod]) -> ContactRow:
    return ContactRow(
        c.id,
        c.client_id,
        c.full_name,
        c.first_name,
        c.last_name,
        c.middle_name,
        c.position,
        c.birthday,
        c.is_primary,
        c.note,
        tuple(_method_row(m) for m in methods),
        c.version,
    )


def replace_methods(
    session: Session, client: Client, contact: Contact | None, methods: list[tuple[MethodData, str]]
) -> None:
    owner = (
        ContactMethod.contact_id == contact.id if contact else ContactMethod.contact_id.is_(None)
    )
    session.execute(delete(ContactMethod).where(ContactMethod.client_id == client.id, owner))
    for position, (method, normalized) in enumerate(methods):
        session.add(
            ContactMethod(
                client_id=client.id,
                contact_id=contact.id if contact else None,
                kind=method.kind,
                messenger=method.messenger,
                value=method.value.strip(),
                normalized=normalized,
                is_primary=position == 0,
                position=position,
            )
        )
    session.flush()


def refresh_search(session: Session, client: Client) -> None:
    """Recompute the denormalised list/search columns from the client's methods and contacts."""
    methods = session.scalars(
        select(ContactMethod)
        .where(ContactMethod.client_id == client.id)
        .order_by(
            ContactMethod.contact_id.is_not(None), ContactMethod.contact_id, ContactMethod.position
        )
    ).all()
    names = session.scalars(select(Contact.full_name).where(Contact.client_id == client.id)).all()
    phones = [m for m in methods if m.kind is ContactMethodKind.PHONE]
    emails = [m for m in methods if m.kind is ContactMethodKind.EMAIL]
    client.main_phone = phones[0].normalized if phones else None
    client.main_email = emails[0].normalized if emails else None
    client.sort_key = sort_key(client.name)
    client.search_text = search_text(
        client.name,
        client.inn,
        client.ogrn,
        *(phone_digits(p.normalized) for p in phones),
        *(e.normalized for e in emails),
        *names,
    )


class ClientService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    # -- clients ---------------------------------------------------------------------------
    def create(self, data: ClientData, request_key: str | None = None) -> ClientCard:
        """Create a client; a retry with the same `request_key` returns the one created."""
        self._actor.require(Permission.EDIT)
        if data.manager_id is None and self._actor.user_id:
            data = replace(data, manager_id=self._actor.user_id)
        values = validate_client(data)
        methods = validate_methods(data.methods)
        with self._sessions.begin() as session:
            done = idempotency.applied(session, self._actor, request_key, "client.create")
            if done is not None:
                return self._card(session, get_client(session, self._actor, done))
            self._check_references(session, values)
            client = Client(**values, sort_key=sort_key(values["name"]))
            stamp_created(client, self._actor)
            session.add(client)
            session.flush()
            replace_methods(session, client, None, methods)
            refresh_search(session, client)
            session.flush()
            automation.on_client_created(session, self._actor, client)
            audit.record(session, self._actor, "create", "client", client.id)
            idempotency.record(session, self._actor, request_key, "client.create", client.id)
            return self._card(session, client)

    def get(self, client_id: int) -> ClientCard:
        with self._sessions.begin() as session:
            card = self._card(session, get_client(session, self._actor, client_id))
            card_views.record_card_open(session, self._actor, "client", client_id)
            return card

    def update(
        self, client_id: int, data: ClientData, seen_version: int, request_key: str | None = None
    ) -> ClientCard:
        """Save a client; a retry with the same `request_key` returns the current state."""
        self._actor.require(Permission.EDIT)
        values = validate_client(data)
        methods = validate_methods(data.methods)
        with writing(self._sessions, "client", client_id) as session:
            client = get_client(session, self._actor, client_id, for_update=True)
            if idempotency.applied(session, self._actor, request_key, "client.update") is not None:
                return self._card(session, client)
            check_version(client, seen_version, "client", client_id)
            self._check_references(session, values)
            for key, value in values.items():
                setattr(client, key, value)
            replace_methods(session, client, None, methods)
            refresh_search(session, client)
            stamp_updated(client, self._actor)
            flush_or_conflict(session, "client", client_id)
            idempotency.record(session, self._actor, request_key, "client.update", client_id)
            return self._card(session, client)

    def delete(self, client_id: int, seen_version: int) -> None:
        self._actor.require(Permission.DELETE)
        with writing(self._sessions, "client", client_id) as session:
            client = get_client(session, self._actor, client_id, for_update=True)
            check_version(client, seen_version, "client", client_id)
            deals = session.scalar(select(func.count()).where(Deal.client_id == client_id)) or 0
            if deals:
                raise ValidationError("deals", HAS_DEALS, count=deals)
            session.delete(client)
            flush_or_conflict(session, "client", client_id)
            audit.record(session, self._actor, "delete", "client", client_id)

    def set_tags(self, client_id: int, tag_ids: list[int], seen_version: int) -> ClientCard:
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "client", client_id) as session:
            client = get_client(session, self._actor, client_id, for_update=True)
            check_version(client, seen_version, "client", client_id)
            tags = list(session.scalars(select(Tag).where(Tag.id.in_(tag_ids))))
            if len(tags) != len(set(tag_ids)):
                raise ValidationError("tags", UNKNOWN_REFERENCE)
            client.tags = tags
            stamp_updated(client, self._actor)
            session.flush()
            return self._card(session, client)

    # -- contact people --------------------------------------------------------------------
    def add_contact(
        self, client_id: int, data: ContactData, request_key: str | None = None
    ) -> ContactRow:
        """Add a contact person; a retry with the same `request_key` returns the one added."""
        self._actor.require(Permission.EDIT)
        values, methods = _validate_contact(data)
        with self._sessions.begin() as session:
            done = idempotency.applied(session, self._actor, request_key, "contact.create")
            if done is not None:
                added = self._contact(session, done)
                return _contact_row(added, list(added.methods))
            client = get_client(session, self._actor, client_id)
            contact = Contact(client_id=client.id, **values)
            stamp_created(contact, self._actor)
            session.add(contact)
            session.flush()
            replace_methods(session, client, contact, methods)
            refresh_search(session, client)
            stamp_updated(client, self._actor)
            session.flush()
            idempotency.record(session, self._actor, request_key, "contact.create", contact.id)
            return _contact_row(contact, list(contact.methods))

    def update_contact(
        self, contact_id: int, data: ContactData, seen_version: int,
        request_key: str | None = None,
    ) -> ContactRow:
        """Save a contact person; a retry with the same `request_key` returns its state."""
        self._actor.require(Permission.EDIT)
        values, methods = _validate_contact(data)
        with writing(self._sessions, "contact", contact_id) as session:
            contact = self._contact(session, contact_id)
            if idempotency.applied(session, self._actor, request_key, "contact.update") is not None:
                return _contact_row(contact, list(contact.methods))
            check_version(contact, seen_version, "contact", contact_id)
            for key, value in values.items():
                setattr(contact, key, value)
            stamp_updated(contact, self._actor)
            replace_methods(session, contact.client, contact, methods)
            refresh_search(session, contact.client)
            flush_or_conflict(session, "contact", contact_id)
            idempotency.record(session, self._actor, request_key, "contact.update", contact_id)
            session.refresh(contact)
            return _contact_row(contact, list(contact.methods))

    def delete_contact(self, contact_id: int, seen_version: int) -> None:
        self._actor.require(Permission.EDIT)
        with writing(self._sessions, "contact", contact_id) as session:
            contact = self._contact(session, contact_id)
            check_version(contact, seen_version, "contact", contact_id)
            client = contact.client
            session.delete(contact)
            flush_or_conflict(session, "contact", contact_id)
            refresh_search(session, client)

    # -- helpers ---------------------------------------------------------------------------
    def _contact(self, session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None:
            raise NotFound("contact", contact_id)
        get_client(session, self._actor, contact.client_id)
        return contact

    def _check_references(self, session: Session, values: dict[str, Any]) -> None:
        manager_id = values.get("manager_id")
        if manager_id is not None:
            if session.get(User, manager_id) is None:
                raise ValidationError("manager_id", UNKNOWN_REFERENCE)
            if not user_in_scope(session, self._actor, manager_id):
                raise ValidationError("manager_id", MANAGER_OUT_OF_SCOPE)
        channel_id = values.get("channel_id")
        if channel_id is not None and session.get(Channel, channel_id) is None:
            raise ValidationError("channel_id", UNKNOWN_REFERENCE)

    def _card(self, session: Session, client: Client) -> ClientCard:
        methods = session.scalars(
            select(ContactMethod)
            .where(ContactMethod.client_id == client.id)
            .order_by(ContactMethod.position, ContactMethod.id)
        ).all()
        contacts = session.scalars(
            select(Contact)
            .where(Contact.client_id == client.id)
            .order_by(Contact.is_primary.desc(), Contact.sort_key, Contact.id)
        ).all()
        by_contact: dict[int | None, list[ContactMethod]] = {}
        for method in methods:
            by_contact.setdefault(method.contact_id, []).append(method)
        own = by_contact.get(None, [])
        data = ClientData(
            **{f: getattr(client, f) for f in ClientData.__dataclass_fields__ if f != "methods"},
            methods=tuple(MethodData(m.kind, m.value, m.messenger) for m in own),
        )
        return ClientCard(
            client.id,
            data,
            tuple(_contact_row(c, by_contact.get(c.id, [])) for c in contacts),
            tuple(_method_row(m) for m in own),
            client.sort_key,
            client.last_contact_at,
            client.open_deals_amount,
            client.created_at,
            client.updated_at,
            client.version,
            tuple((t.id, t.name) for t in sorted(client.tags, key=lambda t: t.name)),
            session.get(Favorite, (self._actor.user_id, client.id)) is not None,
            session.scalar(select(User.full_name).where(User.id == client.manager_id)),
            session.scalar(select(Channel.name).where(Channel.id == client.channel_id)),
        )


def _validate_contact(data: ContactData) -> tuple[dict[str, Any], list[tuple[MethodData, str]]]:
    first = validation.require_text(data.first_name, field="first_name", limit=100)
    last = validation.optional_text(data.last_name, field="last_name", limit=100)
    middle = validation.optional_text(data.middle_name, field="middle_name", limit=100)
    full_name = " ".join(p for p in (last, first, middle) if p)
    values = {
        "first_name": first,
        "last_name": last,
        "middle_name": middle,
        "full_name": full_name,
        "sort_key": fold(full_name),
        "position": validation.optional_text(data.position, field="position", limit=200),
        "birthday": data.birthday,
        "is_primary": data.is_primary,
        "note": validation.optional_text(data.note, field="note", limit=10_000),
    }
    return values, validate_methods(data.methods)
