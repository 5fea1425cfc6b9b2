"""Automation rules fired by events, inside the event's transaction (SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crm_desktop.models import AuditEntry, Client, Deal, Invoice, InvoiceStatus, Task, User
from crm_desktop.services.automation import (
    AutomationService,
    Conditions,
    DueUnit,
    FieldAction,
    InvoiceAction,
    NotifyAction,
    OnError,
    Recipient,
    RecipientSpec,
    RuleFailed,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.deals import DealService
from crm_desktop.services.errors import PermissionDenied, ValidationError
from tests.automation_support import build_world, new_client, new_deal, task_rule


@pytest.fixture
def world(engine):
    return build_world(engine)


def tasks(w):
    with w.sessions() as s:
        return s.scalars(select(Task).order_by(Task.id)).all()


def test_client_created_makes_an_automatic_task_for_its_manager(world):
    rule = world.rules.create(task_rule(Trigger.CLIENT_CREATED, "Позвонить {client.name}"))
    client = new_client(world)
    [task] = tasks(world)
    assert task.title == "Позвонить ООО Ромашка"
    assert task.assignee_id == world.anna.user_id and task.client_id == client.id
    assert task.is_automatic and task.rule_id == rule.id


def test_deal_entering_a_stage_gives_the_role_head_a_task_due_in_hours(world):
    stage = world.stages[1]
    world.rules.create(task_rule(
        Trigger.DEAL_STAGE_ENTERED, "Собрать заказ по сделке {deal.title} ({client.name})",
        spec=TriggerSpec(Trigger.DEAL_STAGE_ENTERED, world.pipeline.id, stage.id),
        assignee=Recipient.ROLE_HEAD, role_key="head", due_in=4, due_unit=DueUnit.HOURS))
    deal = new_deal(world, new_client(world).id)
    assert tasks(world) == []  # created in the first stage, not the rule's one
    DealService(world.sessions, world.anna).move(deal.id, stage.id, deal.version)
    [task] = tasks(world)
    assert task.title == "Собрать заказ по сделке Поставка (ООО Ромашка)"
    assert task.assignee_id == world.head.user_id and task.deal_id == deal.id
    assert 3.9 * 3600 < (task.due_at - task.created_at).total_seconds() < 4.1 * 3600


def test_deal_created_sets_fields_and_drafts_an_invoice(world):
    world.rules.create(replace(
        task_rule(Trigger.DEAL_CREATED),
        actions=(FieldAction("deal", "note", "Создано правилом"), InvoiceAction(),
                 FieldAction("client", "status", "prospect"))))
    client = new_client(world)
    deal = new_deal(world, client.id, amount=Decimal("1200"))
    with world.sessions() as s:
        assert s.get(Deal, deal.id).note == "Создано правилом"
        assert s.get(Client, client.id).status.value == "prospect"
        invoice = s.scalar(select(Invoice).where(Invoice.deal_id == deal.id))
        assert invoice.status is InvoiceStatus.DRAFT and invoice.total == Decimal("1200.00")


def test_notify_action_leaves_a_notice_shown_once(world):
    world.rules.create(replace(task_rule(Trigger.DEAL_CREATED), actions=(NotifyAction(
        "Новая сделка {deal.title} на {deal.amount}",
        RecipientSpec(Recipient.USER, world.head.user_id)),)))
    new_deal(world, new_client(world).id, amount=Decimal("150000"))
    head_notices = AutomationService(world.sessions, world.head)
    [notice] = head_notices.my_notices()
    assert notice.text == "Новая сделка Поставка на 150 000 ₽"
    assert head_notices.my_notices() == []


@pytest.mark.parametrize(("make", "fires"), [
    (lambda w: Conditions(amount_above=Decimal("1000")), True),
    (lambda w: Conditions(amount_above=Decimal("5000")), False),
    (lambda w: Conditions(amount_below=Decimal("5000")), True),
    (lambda w: Conditions(pipeline_id=w.pipeline.id), True),
    (lambda w: Conditions(manager_id=w.head.user_id), False),
    (lambda w: Conditions(manager_id=w.anna.user_id), True),
])
def test_conditions_decide_whether_a_rule_fires(world, make, fires):
    world.rules.create(replace(task_rule(Trigger.DEAL_CREATED, assignee=Recipient.DEAL_MANAGER),
                               conditions=make(world)))
    new_deal(world, new_client(world).id, amount=Decimal("2000"))
    assert len(tasks(world)) == (1 if fires else 0)


def test_a_failing_rule_rolls_back_the_whole_event(world):
    world.rules.create(task_rule(Trigger.CLIENT_CREATED, assignee=Recipient.USER,
                                 user_id=world.head.user_id))
    _disable_user(world, world.head.user_id)
    with pytest.raises(RuleFailed) as failure:
        new_client(world)
    assert "Правило" in failure.value.english()
    with world.sessions() as s:
        assert s.scalar(select(func.count(Client.id))) == 0


def test_a_skipping_rule_is_audited_and_the_event_is_saved(world):
    rule = world.rules.create(task_rule(Trigger.CLIENT_CREATED, assignee=Recipient.USER,
                                        user_id=world.head.user_id, on_error=OnError.SKIP))
    _disable_user(world, world.head.user_id)
    client = new_client(world)
    assert tasks(world) == []
    with world.sessions() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "automation_failed"))
        assert entry.entity_id == rule.id and entry.details["client_id"] == client.id


def test_inactive_rules_do_nothing(world):
    world.rules.create(task_rule(Trigger.CLIENT_CREATED, is_active=False))
    new_client(world)
    assert tasks(world) == []


@pytest.mark.parametrize(("rule_kw", "field"), [
    ({"title": "Позвонить {client.nmae}"}, "actions[0].title"),
    ({"title": "Сделка {deal.title}"}, "actions[0].title"),
    ({"assignee": Recipient.DEAL_MANAGER}, "actions[0].assignee"),
    ({"assignee": Recipient.ROLE_HEAD, "role_key": "nobody"}, "actions[0].assignee"),
    ({"name": "  "}, "name"),
])
def test_bad_rules_are_refused_with_the_field(world, rule_kw, field):
    rule_kw = dict(rule_kw)
    title = rule_kw.pop("title", "Позвонить {client.name}")
    with pytest.raises(ValidationError) as err:
        world.rules.create(task_rule(Trigger.CLIENT_CREATED, title, **rule_kw))
    assert err.value.field == field


def test_rules_edit_toggle_delete_and_need_the_manage_users_right(world):
    rule = world.rules.create(task_rule(Trigger.CLIENT_CREATED))
    rule = world.rules.set_active(rule.id, False, rule.version)
    rule = world.rules.update(rule.id, replace(rule.data, name="Новое имя"), rule.version)
    assert (rule.data.name, rule.data.is_active) == ("Новое имя", False)
    assert "Новое имя" in [r.data.name for r in world.rules.rules()]
    world.rules.delete(rule.id, rule.version)
    assert all(r.id != rule.id for r in world.rules.rules())
    with pytest.raises(PermissionDenied):
        AutomationService(world.sessions, world.anna).rules()


def _disable_user(w, user_id):
    with w.sessions.begin() as s:
        s.get(User, user_id).is_active = False


def test_the_example_rules_ship_switched_off(world):
    names = {r.data.name: r.data for r in world.rules.rules()}
    assert len(names) == 3 and not any(d.is_active for d in names.values())
    assert {d.trigger.kind for d in names.values()} == {
        Trigger.DEAL_STAGE_ENTERED, Trigger.DEAL_IDLE, Trigger.CLIENT_BIRTHDAY}
