"""The server going away: the next call after it is back works, a connection lost in use is a
ConnectionLost the UI can explain, and a save retried after an ambiguous failure (committed,
but the answer was lost) never writes twice: it reports a conflict instead."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event, text
from sqlalchemy.orm import Session

from crm_desktop.db import make_engine
from crm_desktop.models import ClientStatus
from crm_desktop.services.change_feed import ConnectionLost
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import CrmError, EditConflict
from tests.conftest import PG_ADMIN_URL
from tests.factories import make_world


def company(name: str = "ООО «Ромашка»") -> ClientData:
    return ClientData(name=name, inn="7707083893", city="Москва")


def terminate_backends(db_url: str) -> int:
    """End every server process of this database, as an administrator or a failover would."""
    database = db_url.rsplit("/", 1)[-1]
    admin = make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            return len(conn.scalars(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()"), {"db": database}).all())
    finally:
        admin.dispose()


def lose_the_answer_once(sessions: object) -> list[int]:
    """The next commit succeeds on the server, then the connection 'breaks' before the
    caller hears about it (the ambiguous failure of a save)."""
    lost: list[int] = []

    def after_commit(_session: Session) -> None:
        if not lost:
            lost.append(1)
            raise ConnectionLost("server closed the connection unexpectedly")

    event.listen(sessions, "after_commit", after_commit)
    return lost


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_the_next_call_after_the_server_dropped_every_connection_works(engine, db_url):
    world = make_world(engine)
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    card = clients.create(company())
    assert terminate_backends(db_url) >= 1
    assert clients.get(card.id).data.name == "ООО «Ромашка»"  # pre-ping: a fresh connection


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_a_connection_lost_in_use_is_a_connection_lost_error(engine, db_url):
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        terminate_backends(db_url)
        with pytest.raises(ConnectionLost) as caught:
            conn.execute(text("SELECT 1"))
    assert isinstance(caught.value, CrmError)
    with engine.connect() as conn:  # the pool threw the broken one away
        assert conn.scalar(text("SELECT 2")) == 2


def test_a_client_save_retried_after_a_lost_answer_is_written_once(engine):
    world = make_world(engine)
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    card = clients.create(company())
    lost = lose_the_answer_once(world.sessions)
    edited = replace(card.data, status=ClientStatus.CLIENT, city="Тверь")
    with pytest.raises(ConnectionLost):
        clients.update(card.id, edited, card.version)
    assert lost  # the commit went through before the answer was lost
    with pytest.raises(EditConflict):  # the user presses Save again: same version seen
        clients.update(card.id, edited, card.version)
    stored = clients.get(card.id)
    assert stored.version == card.version + 1  # written exactly once
    assert stored.data.city == "Тверь"


def test_a_deal_save_retried_after_a_lost_answer_is_written_once(engine):
    world = make_world(engine)
    boss = world.add_user("boss", "admin")
    client = ClientService(world.sessions, boss).create(company())
    with engine.connect() as conn:
        pipeline_id = conn.scalar(text("SELECT min(id) FROM pipelines"))
    deals = DealService(world.sessions, boss)
    deal = deals.create(DealData(title="Поставка", client_id=client.id, pipeline_id=pipeline_id))
    lose_the_answer_once(world.sessions)
    edited = replace(deal.data, title="Поставка оборудования")
    with pytest.raises(ConnectionLost):
        deals.update(deal.id, edited, deal.version)
    with pytest.raises(EditConflict):
        deals.update(deal.id, edited, deal.version)
    stored = deals.get(deal.id)
    assert (stored.version, stored.data.title) == (deal.version + 1, "Поставка оборудования")


def test_a_save_that_failed_before_reaching_the_server_can_be_retried(engine):
    world = make_world(engine)
    anna = world.add_user("anna", "manager")
    clients = ClientService(world.sessions, anna)
    card = clients.create(company())
    failed: list[int] = []

    def before_commit(_session: Session) -> None:
        if not failed:
            failed.append(1)
            raise ConnectionLost("connection refused")

    event.listen(world.sessions, "before_commit", before_commit)
    edited = replace(card.data, city="Тверь")
    with pytest.raises(ConnectionLost):
        clients.update(card.id, edited, card.version)
    assert clients.get(card.id).version == card.version  # nothing was written
    saved = clients.update(card.id, edited, card.version)  # the retry succeeds once
    assert (saved.version, saved.data.city) == (card.version + 1, "Тверь")
