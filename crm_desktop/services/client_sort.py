"""Sorting the client list by any column with keyset pages (never OFFSET).

The list is cut into ordered partitions, each read through an index:
- few-valued columns (status, type, manager, channel): one partition per value in display
  order (managers and channels by name), rows inside by (sort_key, id) — indexes
  (column, sort_key, id);
- other columns: non-empty values by (column, id), then empty ones by id — indexes (column, id).
A cursor is (partition number, last key in it); pages continue across partitions.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session

from crm_desktop.models import Channel, Client, ClientKind, ClientStatus, Favorite, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.client_dto import ClientRow
from crm_desktop.services.client_filter import ClientFilter, conditions
from crm_desktop.services.client_queries import ROW_COLUMNS

Cursor = tuple[int, tuple[Any, ...]]


class SortColumn(enum.StrEnum):
    NAME = "name"
    KIND = "kind"
    INN = "inn"
    PHONE = "main_phone"
    EMAIL = "main_email"
    CITY = "city"
    STATUS = "status"
    MANAGER = "manager_id"
    CHANNEL = "channel_id"
    LAST_CONTACT = "last_contact_at"
    OPEN_AMOUNT = "open_deals_amount"


@dataclass(frozen=True, slots=True)
class ClientSort:
    column: SortColumn = SortColumn.NAME
    descending: bool = False
    favorites_first: bool = False  # the user's starred clients head the list


@dataclass(frozen=True, slots=True)
class Partition:
    """Rows where `where` holds, ordered by `keys` (ascending unless the sort is descending)."""

    where: ColumnElement[bool] | None
    keys: tuple[InstrumentedAttribute[Any], ...]


_SCALAR: dict[SortColumn, InstrumentedAttribute[Any]] = {
    SortColumn.INN: Client.inn,
    SortColumn.PHONE: Client.main_phone,
    SortColumn.EMAIL: Client.main_email,
    SortColumn.CITY: Client.city,
    SortColumn.LAST_CONTACT: Client.last_contact_at,
    SortColumn.OPEN_AMOUNT: Client.open_deals_amount,
}


def _values(session: Session, column: SortColumn) -> list[Any]:
    """The few values of an enumerated column, in display order, None last."""
    if column is SortColumn.STATUS:
        return list(ClientStatus)
    if column is SortColumn.KIND:
        return list(ClientKind)
    model = User if column is SortColumn.MANAGER else Channel
    order = User.full_name if model is User else Channel.name
    return [*session.scalars(select(model.id).order_by(order, model.id)), None]


def partitions(session: Session, sort: ClientSort, user_id: int) -> list[Partition]:
    parts = _column_partitions(session, sort)
    if not sort.favorites_first:
        return parts
    starred = Client.id.in_(select(Favorite.client_id).where(Favorite.user_id == user_id))
    rest = [
        Partition(and_(~starred, p.where) if p.where is not None else ~starred, p.keys)
        for p in parts
    ]
    return [Partition(starred, (Client.sort_key, Client.id)), *rest]


def _column_partitions(session: Session, sort: ClientSort) -> list[Partition]:
    if sort.column is SortColumn.NAME:
        parts = [Partition(None, (Client.sort_key, Client.id))]
    elif sort.column in _SCALAR:
        col = _SCALAR[sort.column]
        parts = [
            Partition(col.is_not(None), (col, Client.id)),
            Partition(col.is_(None), (Client.id,)),
        ]
    else:
        col = getattr(Client, sort.column.value)
        parts = [
            Partition(
                col.is_(None) if value is None else col == value, (Client.sort_key, Client.id)
            )
            for value in _values(session, sort.column)
        ]
        if sort.descending:
            parts.reverse()
    return parts


@dataclass(frozen=True, slots=True)
class _Step:
    """One partition ready to query: its conditions, keys and direction."""

    where: list[ColumnElement[bool]]
    keys: tuple[InstrumentedAttribute[Any], ...]
    descending: bool

    def ordered(self, columns: tuple[Any, ...]) -> Select[*tuple[Any, ...]]:
        order = [k.desc() if self.descending else k.asc() for k in self.keys]
        return select(*columns).where(and_(*self.where)).order_by(*order)

    def after(self, last: tuple[Any, ...]) -> ColumnElement[bool]:
        keys = tuple_(*self.keys)
        return keys < tuple_(*last) if self.descending else keys > tuple_(*last)


def _plan(
    session: Session, actor: Actor, flt: ClientFilter, sort: ClientSort, today: date | None
) -> list[_Step]:
    base = conditions(actor, flt, today)
    # enumerated partitions reverse as a whole; inside them names stay A→Я
    scalar = sort.column is SortColumn.NAME or sort.column in _SCALAR
    first_plain = 1 if sort.favorites_first else 0  # favourites always run A→Я
    return [
        _Step(
            [*base, *([part.where] if part.where is not None else [])],
            part.keys,
            sort.descending and scalar and index >= first_plain,
        )
        for index, part in enumerate(partitions(session, sort, actor.user_id))
    ]


def page(
    session: Session,
    actor: Actor,
    flt: ClientFilter,
    sort: ClientSort,
    after: Cursor | None,
    limit: int,
    today: date | None = None,
) -> tuple[list[ClientRow], Cursor | None]:
    """Up to `limit` rows after the cursor, and the cursor of the last row (None at the end).
    A cursor (n, ()) starts at the beginning of partition n (see `seek`)."""
    steps = _plan(session, actor, flt, sort, today)
    start, last = after if after is not None else (0, ())
    rows: list[ClientRow] = []
    cursor: Cursor | None = None
    width = len(ROW_COLUMNS)
    for index in range(start, len(steps)):
        step = steps[index]
        query = step.ordered((*ROW_COLUMNS, *step.keys))
        if index == start and last:
            query = query.where(step.after(last))
        # Core execution: plain column rows, without the ORM's per-row loading machinery
        fetched = session.connection().execute(query.limit(limit - len(rows))).all()
        rows.extend(ClientRow(*r[:width]) for r in fetched)
        if fetched:
            cursor = (index, tuple(fetched[-1][width:]))
        if len(rows) >= limit:
            return rows, cursor
    return rows, None


def seek(
    session: Session,
    actor: Actor,
    flt: ClientFilter,
    sort: ClientSort,
    position: int,
    today: date | None = None,
) -> Cursor | None:
    """The cursor after which `page` returns the row at `position` (0-based), for a view that
    jumps far (dragging the scroll bar): partition sizes are counted, then one key is read
    at an offset inside one partition, through the partition's (sort key, id) index only —
    no row is loaded, unlike paging there. None: the first row."""
    if position <= 0:
        return None
    steps = _plan(session, actor, flt, sort, today)
    skipped = 0
    for index, step in enumerate(steps):
        size = int(
            session.scalar(select(func.count()).select_from(Client).where(and_(*step.where))) or 0
        )
        if position < skipped + size:
            inside = position - skipped
            if inside == 0:
                return (index, ())
            query = step.ordered(step.keys).offset(inside - 1).limit(1)
            return (index, tuple(session.connection().execute(query).one()))
        skipped += size
    return (len(steps), ())  # past the end: pages come back empty
