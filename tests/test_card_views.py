"""Card opens in the audit log and the scraping alert (issue #6, points 4 and 5), on SQLite and
PostgreSQL: opening a client or deal card is audited, more opens than the settings allow in
their window raise exactly one marked entry, and administrators read the alerts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from factories import make_world
from sqlalchemy import select, update

from crm_desktop.models import AuditEntry
from crm_desktop.services.actor import system_actor
from crm_desktop.services.alerts import AlertService
from crm_desktop.services.audit import AuditService
from crm_desktop.services.card_views import CARD_OPEN, SCRAPING_ALERT, record_card_open
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.security_settings import SecuritySettingsService


@pytest.fixture
def world(engine):
    return make_world(engine)


@pytest.fixture
def office(world):
    admin = world.add_user("boss", "admin")
    manager = world.add_user("ivanova", "manager")
    other = world.add_user("petrov", "manager")
    settings = SecuritySettingsService(world.sessions, admin)
    settings.update(replace(settings.get(), scraping_cards=10, scraping_minutes=10))
    client = ClientService(world.sessions, manager).create(ClientData(name="ООО Ромашка"))
    pipeline = PipelineService(world.sessions, system_actor()).pipelines()[0]
    deal = DealService(world.sessions, manager).create(
        DealData(title="Поставка", client_id=client.id, pipeline_id=pipeline.id))
    return world, admin, manager, other, client.id, deal.id


def entries(world, action, user_id=None):
    query = select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    with world.sessions() as session:
        return list(session.scalars(query))


def test_opening_a_client_or_deal_card_is_audited(office):
    world, _admin, manager, _other, client_id, deal_id = office
    ClientService(world.sessions, manager).get(client_id)
    DealService(world.sessions, manager).get(deal_id)
    opened = entries(world, CARD_OPEN)
    assert [(e.entity, e.entity_id, e.login) for e in opened] == [
        ("client", client_id, "ivanova"), ("deal", deal_id, "ivanova")]


def test_a_card_outside_the_scope_is_refused_and_not_recorded(office):
    world, _admin, _manager, other, client_id, _deal_id = office
    with pytest.raises(NotFound):
        ClientService(world.sessions, other).get(client_id)
    assert entries(world, CARD_OPEN) == []


def test_more_opens_than_allowed_raise_one_marked_entry(office):
    world, admin, manager, other, client_id, deal_id = office
    clients, deals = ClientService(world.sessions, manager), DealService(world.sessions, manager)
    for _ in range(5):
        clients.get(client_id)
        deals.get(deal_id)
    assert entries(world, SCRAPING_ALERT) == []  # 10 opens: not more than allowed
    clients.get(client_id)
    for _ in range(5):
        deals.get(deal_id)
    alerts = entries(world, SCRAPING_ALERT)
    assert len(alerts) == 1, "one alert per window, however many more cards are opened"
    assert alerts[0].user_id == manager.user_id and alerts[0].entity == "user"
    assert alerts[0].details == {"count": 11, "minutes": 10}
    seen = AlertService(world.sessions, admin).unseen()
    assert [(a.login, a.full_name, a.count, a.minutes) for a in seen] == [
        ("ivanova", "Ivanova", 11, 10)]
    assert AuditService(world.sessions, admin).page(action=SCRAPING_ALERT)[0].id == seen[0].id
    with world.sessions.begin() as session:
        assert record_card_open(session, other, "client", client_id) is False


def test_opens_outside_the_window_do_not_count_and_a_new_window_alerts_again(office):
    world, _admin, manager, _other, client_id, _deal_id = office
    clients = ClientService(world.sessions, manager)
    for _ in range(10):
        clients.get(client_id)
    age_entries(world, CARD_OPEN, minutes=11)
    clients.get(client_id)
    assert entries(world, SCRAPING_ALERT) == []
    for _ in range(10):
        clients.get(client_id)
    assert len(entries(world, SCRAPING_ALERT)) == 1
    age_entries(world, CARD_OPEN, minutes=11)
    age_entries(world, SCRAPING_ALERT, minutes=11)
    for _ in range(11):
        clients.get(client_id)
    assert len(entries(world, SCRAPING_ALERT)) == 2


def age_entries(world, action, *, minutes):
    """Move entries back in time (the hash chain breaks; these tests do not check it)."""
    with world.sessions.begin() as session:
        rows = session.execute(select(AuditEntry.id, AuditEntry.occurred_at)
                               .where(AuditEntry.action == action)).all()
        for entry_id, at in rows:
            session.execute(update(AuditEntry).where(AuditEntry.id == entry_id)
                            .values(occurred_at=at - timedelta(minutes=minutes)))


def test_only_user_managers_read_alerts_and_newer_ones_come_after_the_last_seen(office):
    world, admin, manager, _other, client_id, _deal_id = office
    with pytest.raises(PermissionDenied):
        AlertService(world.sessions, manager).unseen()
    alerts = AlertService(world.sessions, admin)
    assert alerts.unseen() == [] and alerts.last_id() is None
    clients = ClientService(world.sessions, manager)
    for _ in range(11):
        clients.get(client_id)
    first = alerts.unseen()
    assert len(first) == 1 and alerts.last_id() == first[0].id
    assert alerts.unseen(first[0].id) == []


def test_a_card_kind_other_than_client_or_deal_is_a_programming_error(office):
    world, _admin, manager, *_ = office
    with world.sessions.begin() as session, pytest.raises(ValueError):
        record_card_open(session, manager, "invoice", 1)
