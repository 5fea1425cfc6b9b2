"""ActivityService.timeline of one deal: filtered in SQL, keyset-paged, within the scope."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.models import ActivityKind, Pipeline
from crm_desktop.services.activities import ActivityData, ActivityService
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import NotFound
from tests.factories import make_world

START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    with w.sessions() as s:
        pipeline = s.scalar(select(Pipeline.id).order_by(Pipeline.position, Pipeline.id))
    deals = DealService(w.sessions, w.anna)
    w.deal, w.other = (
        deals.create(DealData(title=t, client_id=w.client.id, pipeline_id=pipeline))
        for t in ("Поставка", "Монтаж")
    )
    return w


def log(world, hours: int, deal_id: int | None) -> int:
    data = ActivityData(ActivityKind.NOTE, world.client.id, START + timedelta(hours=hours),
                        deal_id=deal_id, body=f"запись {hours}")
    return ActivityService(world.sessions, world.anna).log(data).id


def test_a_deal_timeline_holds_only_that_deal_newest_first_page_by_page(world):
    mine = [log(world, hours, world.deal.id) for hours in range(5)]
    log(world, 10, world.other.id)
    log(world, 11, None)
    service = ActivityService(world.sessions, world.anna)
    first = service.timeline(deal_id=world.deal.id, limit=3)
    assert [r.id for r in first] == mine[::-1][:3]
    last = first[-1]
    rest = service.timeline(deal_id=world.deal.id, before=(last.data.occurred_at, last.id),
                            limit=3)
    assert [r.id for r in rest] == mine[::-1][3:]
    assert len(service.timeline(world.client.id)) == 7  # the client's timeline has them all


def test_same_moment_rows_are_paged_by_id(world):
    same = [log(world, 1, world.deal.id) for _ in range(3)]
    service = ActivityService(world.sessions, world.anna)
    first = service.timeline(deal_id=world.deal.id, limit=2)
    rest = service.timeline(deal_id=world.deal.id, limit=2,
                            before=(first[-1].data.occurred_at, first[-1].id))
    assert [r.id for r in first + rest] == same[::-1]


def test_a_deal_outside_the_scope_is_not_found(world):
    log(world, 1, world.deal.id)
    with pytest.raises(NotFound):
        ActivityService(world.sessions, world.igor).timeline(deal_id=world.deal.id)
