"""Sorting the client list by every column: keyset pages across partitions, NULLs last."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from crm_desktop.models import Channel, Client, ClientKind, ClientStatus, User
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_sort import ClientSort, SortColumn, page, seek
from crm_desktop.services.clients import ClientService
from tests.factories import make_world

CITIES = ["Москва", None, "Казань", "Тверь", None, "Москва"]


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    managers = [w.add_user(n, "manager") for n in ("zoya", "anna", "boris")]
    service = ClientService(w.sessions, w.admin)
    with w.sessions() as s:
        channels = s.scalars(select(Channel.id).order_by(Channel.id)).all()
    for i in range(17):
        service.create(
            ClientData(
                kind=ClientKind.PERSON if i % 4 == 0 else ClientKind.COMPANY,
                name=f"ООО Клиент {(i * 7) % 17:02d}",
                status=list(ClientStatus)[i % 4],
                manager_id=None if i % 5 == 0 else managers[i % 3].user_id,
                channel_id=None if i % 6 == 0 else channels[i % 3],
                city=CITIES[i % len(CITIES)],
            )
        )
    with w.sessions.begin() as s:  # denormalised columns the services maintain elsewhere
        for client in s.scalars(select(Client)):
            s.execute(
                update(Client)
                .where(Client.id == client.id)
                .values(
                    open_deals_amount=Decimal(client.id % 4) * 100,
                    last_contact_at=None
                    if client.id % 3 == 0
                    else datetime(2026, 1, client.id, tzinfo=UTC),
                )
            )
    return w


def expected(session, column: SortColumn, descending: bool) -> list[int]:
    clients = session.scalars(select(Client)).all()
    by_name = sorted(clients, key=lambda c: (c.sort_key, c.id))
    if column is SortColumn.NAME:
        order = by_name
        return [c.id for c in (reversed(order) if descending else order)]
    if column in (SortColumn.STATUS, SortColumn.KIND, SortColumn.MANAGER, SortColumn.CHANNEL):
        if column is SortColumn.STATUS:
            values = list(ClientStatus)
        elif column is SortColumn.KIND:
            values = list(ClientKind)
        elif column is SortColumn.MANAGER:
            values = [*session.scalars(select(User.id).order_by(User.full_name, User.id)), None]
        else:
            values = [*session.scalars(select(Channel.id).order_by(Channel.name, Channel.id)), None]
        if descending:
            values.reverse()
        return [c.id for v in values for c in by_name if getattr(c, column.value) == v]
    present = [c for c in clients if getattr(c, column.value) is not None]
    missing = [c for c in clients if getattr(c, column.value) is None]
    present.sort(key=lambda c: (getattr(c, column.value), c.id), reverse=descending)
    missing.sort(key=lambda c: c.id, reverse=descending)
    return [c.id for c in present + missing]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", list(SortColumn))
def test_pages_follow_the_sort_order(world, column, descending):
    sort = ClientSort(column, descending)
    with world.sessions() as session:
        got, cursor = [], None
        for _ in range(20):
            rows, cursor = page(session, world.admin, ClientFilter(), sort, cursor, 4)
            got.extend(r.id for r in rows)
            if cursor is None or len(rows) < 4:
                break
        assert got == expected(session, column, descending)


def test_sort_respects_filter_and_scope(world):
    with world.sessions() as session:
        rows, _ = page(
            session,
            world.admin,
            ClientFilter(status=ClientStatus.CLIENT),
            ClientSort(SortColumn.CITY),
            None,
            100,
        )
        assert rows and {r.status for r in rows} == {ClientStatus.CLIENT}
        anna = world.add_user("nobody", "manager")
        assert page(session, anna, ClientFilter(), ClientSort(SortColumn.MANAGER), None, 50) == (
            [],
            None,
        )


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("column", [SortColumn.NAME, SortColumn.CITY, SortColumn.MANAGER])
def test_seek_lands_on_the_row_at_a_position(world, column, descending):
    sort = ClientSort(column, descending)
    with world.sessions() as session:
        order = expected(session, column, descending)
        for position in (0, 1, 5, 9, len(order) - 1, len(order)):
            cursor = seek(session, world.admin, ClientFilter(), sort, position)
            rows, _ = page(session, world.admin, ClientFilter(), sort, cursor, 3)
            assert [r.id for r in rows] == order[position:position + 3], position
