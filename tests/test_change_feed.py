"""Live updates between two workstations: what one commits reaches the other's ChangeFeed.

Each test opens two engines on one database (two workstations); workstation B waits on its
feed with a deadline, never a blind sleep. SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy import Engine, text

from crm_desktop.db import make_engine
from crm_desktop.models import ClientStatus
from crm_desktop.services.change_feed import RESYNC, Change, ChangeFeed, ChangeListener
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from tests.factories import make_world

DEADLINE = 2.0


class Workstation:
    """Workstation B's side of the feed: poll (SQLite) or listen (PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.feed = ChangeFeed(engine)
        self.listener: ChangeListener | None = None
        self.cursor = 0
        if self.feed.listens:
            self.listener = self.feed.listener()
            self.listener.open()
        else:
            self.cursor = self.feed.cursor()

    def read(self, timeout: float) -> list[Change]:
        if self.listener is not None:
            return self.listener.wait(timeout)
        changes, self.cursor = self.feed.poll(self.cursor)
        if not changes:
            time.sleep(min(timeout, 0.05))  # the UI polls every second; a test may go faster
        return changes

    def wait_for(self, wanted: Callable[[Change], bool]) -> tuple[Change, float]:
        """The first change that matches, and how long it took to arrive."""
        start = time.monotonic()
        while (elapsed := time.monotonic() - start) < DEADLINE:
            for change in self.read(DEADLINE - elapsed):
                if wanted(change):
                    return change, time.monotonic() - start
        raise AssertionError("the change did not arrive within 2 s")

    def read_all(self, seconds: float) -> list[Change]:
        out: list[Change] = []
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            out += self.read(left)
        return out

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Engine, Workstation]]:
    engine_a, engine_b = make_engine(db_url), make_engine(db_url)
    station = Workstation(engine_b)
    yield engine_a, station
    station.close()
    engine_a.dispose()
    engine_b.dispose()


def company(name: str = "ООО «Ромашка»") -> ClientData:
    return ClientData(name=name, inn="7707083893", city="Москва")


def test_a_new_client_reaches_the_other_workstation_within_two_seconds(two):
    engine_a, station = two
    world = make_world(engine_a)
    anna = world.add_user("anna", "manager")
    card = ClientService(world.sessions, anna).create(company())
    change, elapsed = station.wait_for(lambda c: c.table == "clients" and c.id == card.id)
    assert change.op == "I" and change.client_id == card.id
    assert elapsed < DEADLINE


def test_updates_and_deletes_arrive_with_the_client_they_belong_to(two):
    engine_a, station = two
    world = make_world(engine_a)
    boss = world.add_user("boss", "admin")
    clients = ClientService(world.sessions, boss)
    card = clients.create(company())
    station.wait_for(lambda c: c.id == card.id and c.op == "I")
    updated = clients.update(card.id, replace(card.data, status=ClientStatus.CLIENT),
                             card.version)
    seen = station.wait_for(lambda c: c.table == "clients" and c.op == "U")[0]
    assert seen.id == card.id
    if station.listener is not None:  # the server also says which version it is now
        assert seen.version == updated.version
    clients.delete(card.id, updated.version)
    station.wait_for(lambda c: c.table == "clients" and c.op == "D" and c.id == card.id)
    other = clients.create(company("ООО «Лютик»"))
    with engine_a.connect() as conn:
        pipeline_id = conn.scalar(text("SELECT min(id) FROM pipelines"))
    deal = DealService(world.sessions, boss).create(
        DealData(title="Поставка", client_id=other.id, pipeline_id=pipeline_id))
    seen = station.wait_for(lambda c: c.table == "deals" and c.id == deal.id)[0]
    assert seen.op == "I" and seen.client_id == other.id


def test_a_rolled_back_change_is_never_announced(two):
    engine_a, station = two
    world = make_world(engine_a)
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    first = clients.create(company())
    station.wait_for(lambda c: c.id == first.id)
    with engine_a.connect() as conn:
        conn.execute(text("UPDATE clients SET city = 'Тверь' WHERE id = :id"), {"id": first.id})
        conn.rollback()
    second = clients.create(company("ООО «Лютик»"))
    seen: list[Change] = []
    station.wait_for(lambda c: seen.append(c) is None and c.id == second.id)
    assert [c for c in seen if c.id == first.id] == []


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_sqlite_log_is_pruned_and_a_cursor_left_behind_asks_for_a_resync(two):
    engine_a, station = two
    stale = station.cursor
    with engine_a.begin() as conn:
        conn.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) "
            "INSERT INTO change_log (table_name, row_id, op) SELECT 'clients', i, 'U' FROM n"))
        kept = conn.scalar(text("SELECT count(*) FROM change_log"))
    assert kept <= 10_500
    changes, cursor = station.feed.poll(stale)
    assert changes[0] == RESYNC and cursor > stale
    assert len(changes) > 1 and all(c.table == "clients" for c in changes[1:])


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgres_notifications_carry_ids_only(two, db_url):
    engine_a, station = two
    world = make_world(engine_a)
    anna = world.add_user("anna", "manager")
    with psycopg.connect(db_url, autocommit=True) as raw:
        raw.execute("LISTEN crm_changes")
        card = ClientService(world.sessions, anna).create(company("ООО «Тайна»"))
        payloads = [n.payload for n in raw.notifies(timeout=DEADLINE, stop_after=1)]
    assert payloads, "no notification"
    data = json.loads(payloads[0])
    assert set(data) == {"table", "id", "op", "version", "client_id"}
    assert data["id"] == card.id and "Тайна" not in payloads[0]


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_listener_reports_a_lost_connection_and_listens_again(two, db_url):
    from crm_desktop.services.change_feed import ConnectionLost

    engine_a, station = two
    listener = station.listener
    assert listener is not None
    pid = listener.backend_pid()
    with engine_a.connect() as conn:
        assert conn.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    with pytest.raises(ConnectionLost):
        station.read_all(DEADLINE)
    assert not listener.connected
    world = make_world(engine_a)
    anna = world.add_user("anna", "manager")
    listener.open()
    assert listener.backend_pid() != pid
    card = ClientService(world.sessions, anna).create(company())
    station.wait_for(lambda c: c.id == card.id)


def test_every_watched_table_still_announces_its_changes_at_head(engine):
    """A later revision that rebuilds one of these tables on SQLite (batch_alter_table copies
    it) drops its triggers silently: it must create them again."""
    watched = {"clients", "contacts", "deals", "tasks", "activities"}
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            found = set(conn.scalars(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'crm_notify_change' AND NOT t.tgisinternal")))
            assert found == watched
            # inserts into the imported tables are announced once per statement (0015)
            set_wise = set(conn.scalars(text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = 'crm_notify_insert' AND NOT t.tgisinternal")))
            assert set_wise == {"clients", "contacts"}
        else:
            names = set(conn.scalars(text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'change_log_%'")))
            assert names == {f"change_log_{t}_{op}" for t in watched for op in "iud"} | {
                "change_log_prune"}
