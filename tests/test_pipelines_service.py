"""PipelineService (editor, loss reasons) and the stage rules that depend on it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.models import Deal, DealStageChange, StageKind
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import PermissionDenied, ValidationError
from crm_desktop.services.pipelines import PipelineService, StageData
from crm_desktop.services.reference import ReferenceService
from tests.factories import make_world

OPEN, WON, LOST = StageKind.OPEN, StageKind.WON, StageKind.LOST


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.admin = w.add_user("boss", "admin")
    w.anna = w.add_user("anna", "manager")
    w.client = ClientService(w.sessions, w.anna).create(ClientData(name="ООО Ромашка"))
    return w


def stages(*names_kinds):
    return [StageData(name, kind) for name, kind in names_kinds]


def test_default_pipelines_exist(world):
    names = [p.name for p in PipelineService(world.sessions, world.admin).pipelines()]
    assert names == ["Квалификация", "Новые клиенты", "Постоянные клиенты"]


def test_create_rename_reorder_archive(world):
    service = PipelineService(world.sessions, world.admin)
    created = service.create(
        "Тендеры",
        stages(("Заявка", OPEN), ("Выиграли", WON), ("Проиграли", LOST)),
        forbid_skip=True,
    )
    assert [s.data.name for s in created.stages] == ["Заявка", "Выиграли", "Проиграли"]
    renamed = service.update(created.id, "Госзакупки", False, created.version)
    assert renamed.name == "Госзакупки" and not renamed.forbid_skip
    ids = [p.id for p in service.pipelines()]
    service.reorder([ids[-1], *ids[:-1]])
    assert service.pipelines()[0].name == "Госзакупки"
    service.set_archived(created.id, True)
    assert "Госзакупки" not in [p.name for p in service.pipelines()]
    assert "Госзакупки" not in [
        p.name for p in ReferenceService(world.sessions, world.anna).pipelines()
    ]


def test_bad_pipeline_input(world):
    service = PipelineService(world.sessions, world.admin)
    with pytest.raises(ValidationError) as err:
        service.create("Без проигрыша", stages(("Этап", OPEN), ("Успех", WON)))
    assert err.value.field == "stages"
    with pytest.raises(ValidationError) as err:
        service.create(
            "X",
            [StageData("Этап", OPEN, probability=150), StageData("W", WON), StageData("L", LOST)],
        )
    assert err.value.field == "probability"
    with pytest.raises(ValidationError) as err:
        service.create(
            "X",
            [
                StageData("Этап", OPEN, required_fields=("password",)),
                StageData("W", WON),
                StageData("L", LOST),
            ],
        )
    assert err.value.field == "required_fields"
    with pytest.raises(PermissionDenied):
        PipelineService(world.sessions, world.anna).create(
            "Моя", stages(("a", OPEN), ("b", WON), ("c", LOST))
        )


def test_stages_add_reorder_and_keep_all_kinds(world):
    service = PipelineService(world.sessions, world.admin)
    pipeline = service.create("П", stages(("Один", OPEN), ("Успех", WON), ("Провал", LOST)))
    two = service.add_stage(pipeline.id, StageData("Два", OPEN, 40, True, ("amount",)), 1)
    order = [s.data.name for s in service.pipelines()[-1].stages]
    assert order == ["Один", "Два", "Успех", "Провал"]
    ids = [s.id for s in service.pipelines()[-1].stages]
    service.reorder_stages(pipeline.id, [ids[1], ids[0], ids[2], ids[3]])
    assert [s.data.name for s in service.pipelines()[-1].stages][:2] == ["Два", "Один"]
    won = service.pipelines()[-1].stages[2]
    with pytest.raises(ValidationError) as err:
        service.update_stage(won.id, StageData("Успех", OPEN), won.version)
    assert err.value.field == "stages"
    assert service.pipelines()[-1].stages[2].data.kind is WON  # nothing saved half-way
    assert two.data.required_fields == ("amount",)


def test_removing_a_stage_moves_its_deals_and_orphans_nothing(world):
    service = PipelineService(world.sessions, world.admin)
    pipeline = service.create(
        "П", stages(("Один", OPEN), ("Два", OPEN), ("Успех", WON), ("Провал", LOST))
    )
    one, two = pipeline.stages[0], pipeline.stages[1]
    deal = DealService(world.sessions, world.anna).create(
        DealData(
            title="Сделка",
            client_id=world.client.id,
            pipeline_id=pipeline.id,
            amount=Decimal("100"),
        )
    )
    with pytest.raises(ValidationError) as err:
        service.remove_stage(one.id)
    assert err.value.field == "move_deals_to" and err.value.params["count"] == 1
    service.remove_stage(one.id, move_deals_to=two.id)
    with world.sessions() as session:
        assert session.get(Deal, deal.id).stage_id == two.id
        history = session.scalars(
            select(DealStageChange.to_stage_id)
            .where(DealStageChange.deal_id == deal.id)
            .order_by(DealStageChange.id)
        ).all()
    assert history == [one.id, two.id]
    assert [s.data.name for s in service.pipelines()[-1].stages] == ["Два", "Успех", "Провал"]
    assert DealService(world.sessions, world.anna).get(deal.id).data.stage_id == two.id


def test_reopening_a_closed_deal_is_allowed_and_recorded(world):
    pipelines = PipelineService(world.sessions, world.admin)
    pipeline = pipelines.create(
        "Строгая",
        stages(("Один", OPEN), ("Два", OPEN), ("Успех", WON), ("Провал", LOST)),
        forbid_skip=True,
    )
    reason = pipelines.add_loss_reason("Ушли к конкуренту")
    deals = DealService(world.sessions, world.anna)
    deal = deals.create(DealData(title="Д", client_id=world.client.id, pipeline_id=pipeline.id))
    lost = deals.move(deal.id, pipeline.stages[3].id, deal.version, loss_reason_id=reason)
    reopened = deals.move(deal.id, pipeline.stages[0].id, lost.version)
    assert reopened.closed_at is None and reopened.loss_reason_id is None
    assert [h.to_stage_id for h in reopened.history] == [
        pipeline.stages[0].id,
        pipeline.stages[3].id,
        pipeline.stages[0].id,
    ]


def test_loss_reasons_are_editable(world):
    service = PipelineService(world.sessions, world.admin)
    reason = service.add_loss_reason("Сорвались сроки")
    names = [o.name for o in ReferenceService(world.sessions, world.anna).loss_reasons()]
    assert "Сорвались сроки" in names
    service.update_loss_reason(reason, "Сорваны сроки", active=False)
    names = [o.name for o in ReferenceService(world.sessions, world.anna).loss_reasons()]
    assert "Сорваны сроки" not in names and "Сорвались сроки" not in names
    assert service.add_loss_reason("Сорваны сроки") == reason  # reactivated, not duplicated


def test_retired_loss_reasons_are_listed_for_the_editor_and_restored(world):
    service = PipelineService(world.sessions, world.admin)
    reason = service.add_loss_reason("Сорвались сроки")
    service.set_loss_reason_active(reason, False)
    assert reason not in [r.id for r in service.loss_reasons()]
    retired = next(r for r in service.loss_reasons(include_inactive=True) if r.id == reason)
    assert (retired.name, retired.is_active) == ("Сорвались сроки", False)
    offered = ReferenceService(world.sessions, world.anna).loss_reasons()
    assert reason not in [o.id for o in offered]
    service.set_loss_reason_active(reason, True)
    assert reason in [o.id for o in ReferenceService(world.sessions, world.anna).loss_reasons()]
    with pytest.raises(PermissionDenied):
        PipelineService(world.sessions, world.anna).loss_reasons(include_inactive=True)
    with pytest.raises(PermissionDenied):
        PipelineService(world.sessions, world.anna).set_loss_reason_active(reason, False)
