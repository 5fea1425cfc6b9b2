"""Text templates of rules: «Позвонить {client.name} по сделке {deal.title}»."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, Deal, Stage, Task, User
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

UNKNOWN_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "The template names an unknown field {{{name}}}. Available: {available}.")
FIELD_NOT_HERE = QT_TRANSLATE_NOOP(
    "Errors", "{{{name}}} is not available for this trigger. Available: {available}.")

FIELDS: dict[str, tuple[str, ...]] = {
    "client": ("name", "inn", "city", "phone", "email", "manager"),
    "deal": ("title", "amount", "stage", "manager"),
    "task": ("title", "due"),
    "contact": ("name", "birthday"),
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def available(records: frozenset[str]) -> tuple[str, ...]:
    return tuple(f"{r}.{f}" for r in FIELDS if r in records for f in FIELDS[r])


def check(template: str, records: frozenset[str], *, field: str) -> None:
    """Refuse a template naming a field that does not exist or that the trigger lacks."""
    names = available(records)
    listing = ", ".join("{" + n + "}" for n in names)
    for name in _PLACEHOLDER.findall(template):
        record, _, attr = name.partition(".")
        if attr not in FIELDS.get(record, ()):
            raise ValidationError(field, UNKNOWN_FIELD, name=name, available=listing)
        if name not in names:
            raise ValidationError(field, FIELD_NOT_HERE, name=name, available=listing)


@dataclass(frozen=True, slots=True)
class Subject:
    """The records a rule fires about, loaded in the event's session."""

    client: Client | None = None
    deal: Deal | None = None
    task: Task | None = None
    contact: Contact | None = None

    @property
    def manager_id(self) -> int | None:
        if self.deal is not None and self.deal.manager_id is not None:
            return self.deal.manager_id
        return self.client.manager_id if self.client is not None else None


def _money(value: Decimal) -> str:
    whole = f"{value:,.2f}".replace(",", " ").replace(".", ",")
    return whole.removesuffix(",00") + " ₽"


def _user_name(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id else None
    return user.full_name if user is not None else ""


def values(session: Session, subject: Subject) -> dict[str, str]:
    out: dict[str, str] = {}
    if (c := subject.client) is not None:
        out |= {"client.name": c.name, "client.inn": c.inn or "", "client.city": c.city or "",
                "client.phone": c.main_phone or "", "client.email": c.main_email or "",
                "client.manager": _user_name(session, c.manager_id)}
    if (d := subject.deal) is not None:
        stage = session.get(Stage, d.stage_id)
        out |= {"deal.title": d.title, "deal.amount": _money(d.amount),
                "deal.stage": stage.name if stage else "",
                "deal.manager": _user_name(session, d.manager_id)}
    if (t := subject.task) is not None:
        out |= {"task.title": t.title,
                "task.due": t.due_at.strftime("%d.%m.%Y %H:%M") if t.due_at else ""}
    # a private person's birthday is the client's own: {contact.*} then names the client
    person = subject.contact or subject.client
    if person is not None:
        name = person.full_name if isinstance(person, Contact) else person.name
        out |= {"contact.name": name,
                "contact.birthday": person.birthday.strftime("%d.%m") if person.birthday else ""}
    return out


def render(session: Session, template: str, subject: Subject) -> str:
    known = values(session, subject)
    return _PLACEHOLDER.sub(lambda m: known.get(m.group(1), ""), template).strip()
