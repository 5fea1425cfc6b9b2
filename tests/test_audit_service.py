"""The administrator's audit viewer service: keyset pages, filters, rights, the chain check."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import make_world
from sqlalchemy import update

from crm_desktop.models import AuditEntry
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.audit import AuditService
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.pipelines import PipelineService


@pytest.fixture
def world(engine):
    return make_world(engine)


def write_entries(world, actor, actions):
    with world.sessions.begin() as session:
        return [audit.record(session, actor, action, "client", n)
                for n, action in enumerate(actions, 1)]


def test_pages_go_back_in_time_without_gaps_or_repeats(world):
    admin = world.add_user("boss", "admin")
    ids = write_entries(world, admin, [f"view{n}" for n in range(7)])
    service = AuditService(world.sessions, admin)
    first = service.page(None, 3)
    assert [r.id for r in first] == ids[::-1][:3]
    assert first[0].login == "boss" and first[0].full_name == "Boss"
    assert first[0].entity == "client" and first[0].action == "view6"
    second = service.page(first[-1].id, 3)
    third = service.page(second[-1].id, 3)
    assert [r.id for r in first + second + third] == ids[::-1]
    assert service.page(third[-1].id, 3) == []


def test_page_filters_by_user_and_action(world):
    admin = world.add_user("boss", "admin")
    manager = world.add_user("ivanova", "manager")
    write_entries(world, admin, ["print", "export"])
    mine = write_entries(world, manager, ["print", "view"])
    service = AuditService(world.sessions, admin)
    assert [r.id for r in service.page(login="IVANOVA ")] == mine[::-1]
    rows = service.page(action="print")
    assert {r.login for r in rows} == {"boss", "ivanova"}
    assert [r.id for r in service.page(login="ivanova", action="print")] == mine[:1]


def test_only_user_managers_read_the_log(world):
    manager = world.add_user("ivanova", "manager")
    admin = world.add_user("boss", "admin")
    service = AuditService(world.sessions, manager)
    with pytest.raises(PermissionDenied):
        service.page()
    with pytest.raises(PermissionDenied):
        service.verify()
    assert AuditService(world.sessions, admin).verify().intact


def test_verify_reports_the_first_tampered_entry(world):
    admin = world.add_user("boss", "admin")
    ids = write_entries(world, admin, ["login", "export", "print"])
    service = AuditService(world.sessions, admin)
    check = service.verify()
    assert check.intact and check.broken_id is None and check.entries >= 3
    with world.sessions.begin() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(action="view"))
    check = service.verify()
    assert not check.intact and check.broken_id == ids[1]


def test_page_filters_by_period_and_record_and_a_client_includes_its_deals(world):
    admin = world.add_user("boss", "admin")
    clients = ClientService(world.sessions, admin)
    first = clients.create(ClientData(name="ООО Первый")).id
    second = clients.create(ClientData(name="ООО Второй")).id
    pipeline = PipelineService(world.sessions, system_actor()).pipelines()[0]
    deal = DealService(world.sessions, admin).create(
        DealData(title="Сделка", client_id=first, pipeline_id=pipeline.id)).id
    with world.sessions.begin() as session:
        audit.record(session, admin, "print", "client", first)
        audit.record(session, admin, "move", "deal", deal)
        audit.record(session, admin, "print", "client", second)
    service = AuditService(world.sessions, admin)
    rows = service.page(entity="client", entity_id=first)
    assert {(r.entity, r.entity_id) for r in rows} == {("client", first), ("deal", deal)}
    assert {r.action for r in rows} >= {"print", "move"}
    assert {r.entity_id for r in service.page(entity="deal", entity_id=deal)} == {deal}
    now = datetime.now(UTC)
    assert len(service.page(since=now - timedelta(minutes=5))) >= 5
    assert service.page(since=now + timedelta(minutes=5)) == []
    assert service.page(until=now - timedelta(minutes=5)) == []
    printed = service.page(action="print", since=now - timedelta(hours=1), until=now
                           + timedelta(hours=1), login="boss")
    assert {r.entity_id for r in printed} == {first, second}
