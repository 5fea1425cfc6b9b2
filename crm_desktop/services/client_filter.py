"""Filters of the client list and of saved segments, turned into SQL conditions."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String

from crm_desktop.models import Client, ClientKind, ClientStatus, Contact, Favorite
from crm_desktop.models.client import client_tags
from crm_desktop.services.actor import Actor


@dataclass(frozen=True, slots=True)
class ClientFilter:
    """All conditions are AND-ed; None means "any". Relative ones are resolved against today."""

    status: ClientStatus | None = None
    manager_id: int | None = None
    channel_id: int | None = None
    tag_id: int | None = None
    industry: str | None = None
    kind: ClientKind | None = None
    city: str | None = None
    turnover_min: Decimal | None = None
    turnover_max: Decimal | None = None
    not_contacted_days: int | None = None  # no call/meeting/e-mail for N days (or never)
    birthday_within_days: int | None = None  # the person or a contact has a birthday soon
    favorites_only: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            k: (str(v) if isinstance(v, Decimal) else v)
            for k, v in asdict(self).items()
            if v not in (None, False)
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClientFilter:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for key in ("turnover_min", "turnover_max"):
            if values.get(key) is not None:
                values[key] = Decimal(str(values[key]))
        if values.get("status") is not None:
            values["status"] = ClientStatus(values["status"])
        if values.get("kind") is not None:
            values["kind"] = ClientKind(values["kind"])
        return cls(**values)


class month_day(FunctionElement[str]):  # noqa: N801 - reads like an SQL function
    """'MM-DD' of a date column, portable between SQLite and PostgreSQL."""

    type = String()
    inherit_cache = True


@compiles(month_day, "sqlite")
def _month_day_sqlite(element: month_day, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strftime('%m-%d', {compiler.process(element.clauses, **kw)})"


@compiles(month_day, "postgresql")
def _month_day_pg(element: month_day, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'MM-DD')"


def _birthday_soon(column: Any, today: date, days: int) -> ColumnElement[bool]:
    start, end = today.strftime("%m-%d"), (today + timedelta(days=days)).strftime("%m-%d")
    md = month_day(column)
    if start <= end:
        return and_(md >= start, md <= end)
    return or_(md >= start, md <= end)  # the window crosses New Year


def conditions(
    actor: Actor, flt: ClientFilter, today: date | None = None
) -> list[ColumnElement[bool]]:
    today = today or datetime.now(UTC).date()
    where = [actor.owner_filter(Client.manager_id, "client", Client.id)]
    for name in ("status", "manager_id", "channel_id", "industry", "kind", "city"):
        value = getattr(flt, name)
        if value is not None:
            where.append(getattr(Client, name) == value)
    if flt.tag_id is not None:
        where.append(
            Client.id.in_(select(client_tags.c.client_id).where(client_tags.c.tag_id == flt.tag_id))
        )
    if flt.turnover_min is not None:
        where.append(Client.annual_turnover >= flt.turnover_min)
    if flt.turnover_max is not None:
        where.append(Client.annual_turnover <= flt.turnover_max)
    if flt.not_contacted_days is not None:
        cutoff = datetime.combine(today - timedelta(days=flt.not_contacted_days), time(), UTC)
        where.append(or_(Client.last_contact_at.is_(None), Client.last_contact_at < cutoff))
    if flt.birthday_within_days is not None:
        days = max(0, min(flt.birthday_within_days, 366))
        contacts = select(Contact.client_id).where(
            Contact.birthday.is_not(None), _birthday_soon(Contact.birthday, today, days)
        )
        where.append(
            or_(
                and_(Client.birthday.is_not(None), _birthday_soon(Client.birthday, today, days)),
                Client.id.in_(contacts),
            )
        )
    if flt.favorites_only:
        where.append(
            Client.id.in_(select(Favorite.client_id).where(Favorite.user_id == actor.user_id))
        )
    return where
