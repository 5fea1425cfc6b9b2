"""DealService: amounts from line items, stage rules, history, client totals, scope."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.models import Channel, LossReason, Pipeline, Stage, StageKind
from crm_desktop.services.client_dto import ClientData, ContactData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData, DealItemData, split_item_field
from crm_desktop.services.deals import WRONG_PIPELINE, DealService, RequiredForStage
from crm_desktop.services.errors import EditConflict, NotFound, ValidationError
from crm_desktop.services.pipelines import PipelineService
from tests.factories import make_world


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.head = w.add_user("head", "head", team="Sales")
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    with w.sessions() as s:
        w.pipeline = s.scalar(select(Pipeline).where(Pipeline.name == "Новые клиенты"))
        w.stages = s.scalars(
            select(Stage).where(Stage.pipeline_id == w.pipeline.id).order_by(Stage.position)
        ).all()
        w.reason = s.scalar(select(LossReason).order_by(LossReason.id))
        w.channel = s.scalar(select(Channel.id).order_by(Channel.id))
    w.head_admin = w.add_user("boss", "admin")
    return w


def new_deal(world, **kw):
    data = DealData(title="Поставка", client_id=world.client.id, pipeline_id=world.pipeline.id)
    return DealService(world.sessions, world.anna).create(replace(data, **kw))


def open_amount(world):
    return ClientService(world.sessions, world.anna).get(world.client.id).open_deals_amount


def test_amount_comes_from_line_items(world):
    deal = new_deal(
        world,
        amount=Decimal("1"),
        items=(
            DealItemData("Стол", Decimal("2"), Decimal("1500.00"), discount_pct=Decimal("10")),
            DealItemData("Стул", Decimal("3"), Decimal("333.33"), vat_rate=Decimal("20")),
        ),
    )
    assert deal.data.amount == Decimal("3699.99")
    assert [i.amount for i in deal.items] == [Decimal("2700.00"), Decimal("999.99")]
    assert deal.stage_kind is StageKind.OPEN and deal.data.stage_id == world.stages[0].id
    assert len(deal.history) == 1 and deal.history[0].from_stage_id is None
    assert open_amount(world) == Decimal("3699.99")


def test_forbid_skip_allows_only_the_next_stage(world):
    service = DealService(world.sessions, world.anna)
    deal = new_deal(world, amount=Decimal("100"))
    with pytest.raises(ValidationError) as err:
        service.move(deal.id, world.stages[2].id, deal.version)
    assert err.value.field == "stage_id"
    assert err.value.params["next"] == world.stages[1].name
    moved = service.move(deal.id, world.stages[1].id, deal.version)
    assert [h.to_stage_id for h in moved.history] == [world.stages[0].id, world.stages[1].id]


def test_lost_needs_a_reason_and_closes_the_deal(world):
    service = DealService(world.sessions, world.anna)
    deal = new_deal(world, amount=Decimal("500"))
    lost = next(s for s in world.stages if s.kind is StageKind.LOST)
    with pytest.raises(ValidationError) as err:
        service.move(deal.id, lost.id, deal.version)
    assert err.value.field == "loss_reason_id"
    assert open_amount(world) == Decimal("500")
    closed = service.move(deal.id, lost.id, deal.version, loss_reason_id=world.reason.id)
    assert closed.stage_kind is StageKind.LOST and closed.closed_at is not None
    assert closed.loss_reason_id == world.reason.id
    assert open_amount(world) == Decimal("0")


def test_required_fields_of_a_stage(world):
    with world.sessions.begin() as s:
        s.get(Stage, world.stages[1].id).required_fields = [
            "expected_close_on", "contact_id", "channel_id", "note", "amount"]
    service = DealService(world.sessions, world.anna)
    deal = new_deal(world, amount=Decimal("10"))
    with pytest.raises(RequiredForStage) as err:
        service.move(deal.id, world.stages[1].id, deal.version)
    assert err.value.field == "expected_close_on"
    assert err.value.missing == ("expected_close_on", "contact_id", "channel_id", "note")
    assert err.value.params["stage"] == world.stages[1].name
    contact = ClientService(world.sessions, world.anna).add_contact(
        world.client.id, ContactData(first_name="Мария"))
    filled = service.update(deal.id, replace(
        deal.data, expected_close_on=date(2027, 1, 15), contact_id=contact.id, note=" ",
        channel_id=world.channel), deal.version)
    with pytest.raises(RequiredForStage) as err:  # a blank note is still missing
        service.move(deal.id, world.stages[1].id, filled.version)
    assert err.value.missing == ("note",)
    filled = service.update(deal.id, replace(filled.data, note="Бюджет согласован"),
                            filled.version)
    moved = service.move(deal.id, world.stages[1].id, filled.version)
    assert moved.data.stage_id == world.stages[1].id


def test_line_item_errors_name_the_line(world):
    good = DealItemData("Стол", Decimal("1"), Decimal("100"))
    for items, field in (
        ((good, DealItemData("Стул", Decimal("-2"), Decimal("1"))), "items[1].quantity"),
        ((DealItemData("Стол", Decimal("1"), Decimal("1"), discount_pct=Decimal("120")),),
         "items[0].discount_pct"),
        ((good, good, DealItemData("Шкаф", Decimal("1"), Decimal("-5"))), "items[2].price"),
        ((good, DealItemData(" ", Decimal("1"), Decimal("1"))), "items[1].name"),
        ((DealItemData("Стол", Decimal("1"), Decimal("1"), product_id=999_999),),
         "items[0].product_id"),
    ):
        with pytest.raises(ValidationError) as err:
            new_deal(world, items=items)
        assert err.value.field == field
        assert split_item_field(field) == (int(field[6]), field.split(".")[1])
    assert DealService(world.sessions, world.anna).for_client(world.client.id) == []
    assert split_item_field("amount") is None


def test_history_names_an_archived_stage(world):
    service = DealService(world.sessions, world.anna)
    deal = new_deal(world, amount=Decimal("100"))
    moved = service.move(deal.id, world.stages[1].id, deal.version)
    PipelineService(world.sessions, world.head_admin).remove_stage(
        world.stages[1].id, move_deals_to=world.stages[2].id)
    history = service.get(moved.id).history
    assert [(h.from_stage_name, h.to_stage_name) for h in history] == [
        (None, world.stages[0].name),
        (world.stages[0].name, world.stages[1].name),
        (world.stages[1].name, world.stages[2].name),
    ]
    assert [(h.from_archived, h.to_archived) for h in history] == [
        (False, False), (False, True), (True, False)]


def test_stale_move_is_a_conflict(world):
    deal = new_deal(world)
    DealService(world.sessions, world.head).move(deal.id, world.stages[1].id, deal.version)
    with pytest.raises(EditConflict):
        DealService(world.sessions, world.anna).move(deal.id, world.stages[1].id, deal.version)


def test_scope_and_bad_input(world):
    deal = new_deal(world)
    with pytest.raises(NotFound):
        DealService(world.sessions, world.igor).get(deal.id)
    with pytest.raises(NotFound):
        DealService(world.sessions, world.igor).create(
            DealData(title="x", client_id=world.client.id, pipeline_id=world.pipeline.id)
        )
    with pytest.raises(ValidationError) as err:
        new_deal(world, title=" ")
    assert err.value.field == "title"
    with pytest.raises(ValidationError) as err:
        new_deal(world, items=(DealItemData("Стол", Decimal("0"), Decimal("1")),))
    assert err.value.field == "items[0].quantity"
    assert DealService(world.sessions, world.head).get(deal.id).id == deal.id


def test_update_and_delete_keep_client_total(world):
    service = DealService(world.sessions, world.anna)
    deal = new_deal(world, amount=Decimal("100"))
    changed = service.update(deal.id, replace(deal.data, amount=Decimal("250")), deal.version)
    assert open_amount(world) == Decimal("250")
    DealService(world.sessions, world.head).delete(deal.id, changed.version)
    assert open_amount(world) == Decimal("0")
    assert DealService(world.sessions, world.head).for_client(world.client.id) == []


# The trigger exists on PostgreSQL only: an SQLite file has no writers but the application.
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_postgresql_enforces_stage_rules_on_direct_sql(world, engine):
    """An import or a bulk edit straight in SQL cannot skip a stage or lose without a reason."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    deal = new_deal(world)
    lost = next(s for s in world.stages if s.kind is StageKind.LOST)
    for statement, params in (
        ("update deals set stage_id = :s where id = :d", {"s": world.stages[2].id, "d": deal.id}),
        ("update deals set stage_id = :s where id = :d", {"s": lost.id, "d": deal.id}),
    ):
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text(statement), params)
    with engine.begin() as conn:  # the next stage is fine, and so is lost with a reason
        conn.execute(
            text("update deals set stage_id = :s where id = :d"),
            {"s": world.stages[1].id, "d": deal.id},
        )
        conn.execute(
            text("update deals set stage_id = :s, loss_reason_id = :r where id = :d"),
            {"s": lost.id, "r": world.reason.id, "d": deal.id},
        )


def test_two_users_moving_one_deal_at_once(world):
    """One move wins, the other is a conflict; exactly one history row is added."""
    import threading

    from crm_desktop.models import DealStageChange

    deal = new_deal(world, amount=Decimal("10"))
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def move(actor):
        barrier.wait()
        try:
            DealService(world.sessions, actor).move(deal.id, world.stages[1].id, deal.version)
            outcomes.append("moved")
        except EditConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=move, args=(a,)) for a in (world.anna, world.head)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "moved"]
    with world.sessions() as session:
        rows = session.scalars(
            select(DealStageChange).where(DealStageChange.deal_id == deal.id)
        ).all()
    assert len(rows) == 2  # creation + one move


def test_a_deal_needs_a_client_and_a_stage_of_its_own_pipeline(world):
    service = DealService(world.sessions, world.anna)
    with pytest.raises(ValidationError) as err:
        service.create(DealData(title="Без клиента", pipeline_id=world.pipeline.id))
    assert err.value.field == "client_id"
    with world.sessions() as s:
        foreign = s.scalar(select(Stage.id).where(Stage.pipeline_id != world.pipeline.id))
    with pytest.raises(ValidationError) as err:
        new_deal(world, stage_id=foreign)
    assert err.value.field == "stage_id" and err.value.message == WRONG_PIPELINE
    deal = new_deal(world)
    with pytest.raises(ValidationError) as err:
        service.move(deal.id, foreign, deal.version)
    assert err.value.field == "stage_id" and err.value.message == WRONG_PIPELINE
    assert [d.id for d in service.for_client(world.client.id)] == [deal.id]
    assert service.get(deal.id).history == deal.history


def test_a_move_ends_the_previous_stay(world):
    from crm_desktop.models import DealStageChange

    service = DealService(world.sessions, world.anna)
    deal = new_deal(world, amount=Decimal("100"))
    moved = service.move(deal.id, world.stages[1].id, deal.version)
    with world.sessions() as session:
        stays = session.execute(
            select(DealStageChange.to_stage_id, DealStageChange.changed_at,
                   DealStageChange.left_at)
            .where(DealStageChange.deal_id == deal.id).order_by(DealStageChange.id)).all()
    assert [s[0] for s in stays] == [world.stages[0].id, world.stages[1].id]
    assert stays[0][2] == stays[1][1]  # the first stay ended when the second began
    assert stays[1][2] is None and moved.data.stage_id == world.stages[1].id
