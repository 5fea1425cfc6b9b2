"""BoardService: column counts and sums by SQL, cards in stage order, scope and filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from crm_desktop.models import Deal, Pipeline
from crm_desktop.services.board import BoardFilter, BoardService
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.tasks import TaskData, TaskService
from tests.factories import make_world

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.oleg = w.add_user("oleg", "manager", team="Sales")
    with w.sessions() as s:
        w.pipeline = s.scalar(select(Pipeline).where(Pipeline.name == "Постоянные клиенты"))
        w.stages = [st.id for st in sorted(w.pipeline.stages, key=lambda st: st.position)]
    w.deals = []
    for actor, amounts in ((w.anna, ("100.50", "200")), (w.oleg, ("1000",))):
        client = ClientService(w.sessions, actor).create(ClientData(name=f"ООО {actor.login}"))
        for amount in amounts:
            w.deals.append(
                DealService(w.sessions, actor).create(
                    DealData(
                        title=f"Сделка {amount}",
                        client_id=client.id,
                        pipeline_id=w.pipeline.id,
                        amount=Decimal(amount),
                    )
                )
            )
    with w.sessions.begin() as s:  # days in stage: the first deal entered 3 days ago
        s.execute(
            update(Deal)
            .where(Deal.id == w.deals[0].id)
            .values(stage_entered_at=NOW - timedelta(days=3))
        )
    return w


def board(world, actor):
    return BoardService(world.sessions, actor, clock=lambda: NOW)


def test_columns_count_and_sum_in_sql(world):
    columns = board(world, world.head).columns(world.pipeline.id)
    assert [c.stage_id for c in columns] == world.stages
    first = columns[0]
    assert (first.count, first.amount) == (3, Decimal("1300.50"))
    assert all(c.count == 0 and c.amount == 0 for c in columns[1:])
    mine = board(world, world.anna).columns(world.pipeline.id)[0]
    assert (mine.count, mine.amount) == (2, Decimal("300.50"))
    only_oleg = board(world, world.head).columns(
        world.pipeline.id, BoardFilter(manager_id=world.oleg.user_id)
    )[0]
    assert (only_oleg.count, only_oleg.amount) == (1, Decimal("1000"))
    assert board(world, world.head).columns(world.pipeline.id, BoardFilter(mine=True))[0].count == 0


def test_cards_in_stage_order_with_overdue_marks(world):
    TaskService(world.sessions, world.anna, clock=lambda: NOW).create(
        TaskData(title="Позвонить", deal_id=world.deals[1].id, due_at=NOW - timedelta(hours=2))
    )
    service = board(world, world.head)
    cards = service.cards(world.stages[0])
    assert cards[0].id == world.deals[0].id and cards[0].days_in_stage == 3
    assert [c.has_overdue_task for c in cards] == [c.id == world.deals[1].id for c in cards]
    assert {c.client_name for c in cards} == {"ООО anna", "ООО oleg"}
    first_two = service.cards(world.stages[0], limit=2)
    rest = service.cards(world.stages[0], after=(first_two[-1].stage_entered_at, first_two[-1].id))
    assert [c.id for c in first_two + rest] == [c.id for c in cards]


def test_moving_a_deal_moves_the_sums(world):
    deal = world.deals[2]
    DealService(world.sessions, world.oleg).move(deal.id, world.stages[1], deal.version)
    columns = board(world, world.head).columns(world.pipeline.id)
    assert (columns[0].count, columns[0].amount) == (2, Decimal("300.50"))
    assert (columns[1].count, columns[1].amount) == (1, Decimal("1000"))
