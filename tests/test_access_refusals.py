"""Opening someone else's client or deal by id: the user is told "not found" (never that it
exists) and the attempt is in the audit log, although the refused transaction rolled back.
SQLite and PostgreSQL by the services' scope check; PostgreSQL also under row-level security,
where the row is invisible to the user's own login."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from factories import make_world
from sqlalchemy import select, text

from crm_desktop.db import make_sessions
from crm_desktop.models import AuditEntry
from crm_desktop.services.actor import system_actor
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.denied_access import ACCESS_DENIED
from crm_desktop.services.errors import NotFound
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.workspace import Workspace, login
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server


def _refusals(engine) -> list[tuple[int | None, str | None, int | None]]:
    with make_sessions(engine)() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == ACCESS_DENIED)
                                  .order_by(AuditEntry.id))
        return [(e.user_id, e.entity, e.entity_id) for e in entries]


def test_another_managers_records_are_refused_and_audited(engine) -> None:
    world = make_world(engine)
    mine, theirs = world.add_user("ivanova", "manager"), world.add_user("petrov", "manager")
    pipeline = PipelineService(world.sessions, system_actor()).pipelines()[0]
    client = ClientService(world.sessions, theirs).create(ClientData(name="ООО Чужой"))
    deal = DealService(world.sessions, theirs).create(DealData(
        title="Чужая сделка", client_id=client.id, pipeline_id=pipeline.id,
        amount=Decimal("10")))
    clients = ClientService(world.sessions, mine)
    with pytest.raises(NotFound):
        clients.get(client.id)
    with pytest.raises(NotFound):
        clients.update(client.id, ClientData(name="ООО Моё"), client.version)
    with pytest.raises(NotFound):
        DealService(world.sessions, mine).get(deal.id)
    with pytest.raises(NotFound):  # no such client at all: nothing to report
        clients.get(client.id + 1000)
    assert _refusals(engine) == [(mine.user_id, "client", client.id),
                                 (mine.user_id, "client", client.id),
                                 (mine.user_id, "deal", deal.id)]
    assert ClientService(world.sessions, theirs).get(client.id).data.name == "ООО Чужой"


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


def test_row_level_security_refusals_are_audited(server: SecuredServer) -> None:
    opened: Workspace = login(server.url, server.logins["m1"], PASSWORD)
    try:
        clients = ClientService(opened.sessions, opened.actor)
        with pytest.raises(NotFound):
            clients.get(server.clients["m2"])
        with pytest.raises(NotFound):
            DealService(opened.sessions, opened.actor).get(server.deals["m2"])
        with pytest.raises(NotFound):
            clients.get(10_000_000)
    finally:
        opened.close()
    m1 = server.actors["m1"].user_id
    assert _refusals(server.owner) == [(m1, "client", server.clients["m2"]),
                                       (m1, "deal", server.deals["m2"])]
    with server.owner.connect() as conn:  # the entries are sealed into the chain
        assert conn.scalar(text("SELECT crm_audit_verify()")) is None


def test_a_login_cannot_probe_other_tables_through_the_check(server: SecuredServer) -> None:
    with server.connect("m1") as conn:
        row = conn.execute("SELECT crm_record_hidden('user', 1), "
                           "crm_record_hidden('client', %s)", (server.clients["m2"],)).fetchone()
    assert row == (False, True)
