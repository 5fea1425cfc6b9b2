"""Time-based rules: idle deals, overdue tasks, birthdays; run twice, fire once; crm-admin."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from crm_desktop.admin import commands_automation
from crm_desktop.admin.cli import build_parser
from crm_desktop.models import Activity, ActivityKind, Deal, Task, User
from crm_desktop.services.automation import (
    AutomationService,
    OnError,
    Recipient,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.client_dto import ClientData, ContactData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.task_dto import TaskData
from crm_desktop.services.tasks import TaskService
from tests.automation_support import build_world, new_client, new_deal, task_rule

NOW = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def world(engine):
    return build_world(engine)


def automatic_tasks(w):
    with w.sessions() as s:
        return s.scalars(select(Task).where(Task.is_automatic.is_(True)).order_by(Task.id)).all()


def idle_deal(w, days_ago: int):
    deal = new_deal(w, new_client(w).id)
    with w.sessions.begin() as s:
        s.execute(update(Deal).where(Deal.id == deal.id)
                  .values(stage_entered_at=NOW - timedelta(days=days_ago)))
    return deal


def test_idle_deal_gets_one_task_however_often_the_run_happens(world):
    rule = world.rules.create(task_rule(
        Trigger.DEAL_IDLE, "Позвонить {client.name} по сделке {deal.title}",
        spec=TriggerSpec(Trigger.DEAL_IDLE, days=7), assignee=Recipient.DEAL_MANAGER))
    idle, _fresh = idle_deal(world, 10), idle_deal(world, 3)
    first = world.rules.run_scheduled(NOW)
    second = world.rules.run_scheduled(NOW + timedelta(minutes=5))
    assert (first.fired, second.fired) == (1, 0)
    [task] = automatic_tasks(world)
    assert task.deal_id == idle.id and task.rule_id == rule.id
    assert task.title == "Позвонить ООО Ромашка по сделке Поставка"
    assert world.rules.get(rule.id).last_run_at is not None


def test_new_activity_makes_an_idle_deal_due_again_later(world):
    world.rules.create(task_rule(Trigger.DEAL_IDLE, spec=TriggerSpec(Trigger.DEAL_IDLE, days=7)))
    deal = idle_deal(world, 10)
    world.rules.run_scheduled(NOW)
    with world.sessions.begin() as s:
        s.add(Activity(kind=ActivityKind.CALL, client_id=deal.data.client_id, deal_id=deal.id,
                       occurred_at=NOW + timedelta(days=1)))
    assert world.rules.run_scheduled(NOW + timedelta(days=5)).fired == 0
    assert world.rules.run_scheduled(NOW + timedelta(days=9)).fired == 1


def test_overdue_task_fires_once_per_due_time(world):
    world.rules.create(task_rule(Trigger.TASK_OVERDUE, "Просрочено: {task.title}",
                                 assignee=Recipient.ROLE_HEAD, role_key="head"))
    client = new_client(world)
    TaskService(world.sessions, world.anna).create(
        TaskData("Отправить КП", assignee_id=world.anna.user_id, client_id=client.id,
                 due_at=NOW - timedelta(hours=2)))
    TaskService(world.sessions, world.anna).create(
        TaskData("Позже", assignee_id=world.anna.user_id, due_at=NOW + timedelta(hours=2)))
    assert world.rules.run_scheduled(NOW).fired == 1
    assert world.rules.run_scheduled(NOW).fired == 0
    [task] = automatic_tasks(world)
    assert task.title == "Просрочено: Отправить КП" and task.assignee_id == world.head.user_id


def test_birthday_of_a_contact_and_of_a_private_person(world):
    world.rules.create(task_rule(Trigger.CLIENT_BIRTHDAY, "Поздравить {contact.name}",
                                 spec=TriggerSpec(Trigger.CLIENT_BIRTHDAY, days=1)))
    company = new_client(world)
    ClientService(world.sessions, world.anna).add_contact(
        company.id, ContactData(first_name="Ольга", last_name="Петрова",
                                birthday=date(1985, 12, 11)))
    ClientService(world.sessions, world.anna).create(ClientData(
        kind="person", name="Сидоров Иван", last_name="Сидоров", first_name="Иван",
        birthday=date(1990, 12, 11)))
    new_client(world, "ООО Другая")
    assert world.rules.run_scheduled(NOW).fired == 2
    assert world.rules.run_scheduled(NOW + timedelta(hours=3)).fired == 0
    assert sorted(t.title for t in automatic_tasks(world)) == [
        "Поздравить Петрова Ольга", "Поздравить Сидоров Иван"]


def test_a_failing_scheduled_rule_is_retried_or_skipped_for_good(world):
    rule = world.rules.create(task_rule(
        Trigger.DEAL_IDLE, spec=TriggerSpec(Trigger.DEAL_IDLE, days=7),
        assignee=Recipient.USER, user_id=world.head.user_id))
    idle_deal(world, 10)
    set_active(world, world.head.user_id, False)
    failed = world.rules.run_scheduled(NOW)
    assert failed.fired == 0 and [r for r, _ in failed.failures] == [rule.id]
    assert len(world.rules.run_scheduled(NOW).failures) == 1  # not recorded: tried again
    set_active(world, world.head.user_id, True)  # a rule may not name a disabled user
    rule = world.rules.get(rule.id)
    world.rules.update(rule.id, replace(rule.data, on_error=OnError.SKIP), rule.version)
    set_active(world, world.head.user_id, False)
    skipped = world.rules.run_scheduled(NOW)
    assert (skipped.skipped, skipped.failures) == (1, ())
    assert world.rules.run_scheduled(NOW).skipped == 0


def set_active(w, user_id, active):
    with w.sessions.begin() as s:
        s.get(User, user_id).is_active = active


def test_only_user_managers_run_the_schedule(world):
    with pytest.raises(PermissionDenied):
        AutomationService(world.sessions, world.anna).run_scheduled(NOW)


def parser_with_command() -> argparse.ArgumentParser:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "run-scheduled" not in commands.choices:
        commands_automation.register(commands)
    return parser


def test_crm_admin_run_scheduled_twice_creates_one_task(world, db_url, capsys):
    world.rules.create(task_rule(Trigger.DEAL_IDLE, spec=TriggerSpec(Trigger.DEAL_IDLE, days=7)))
    idle_deal(world, 10)
    outputs = []
    for _ in range(2):
        args = parser_with_command().parse_args(
            ["run-scheduled", "--db", db_url, "--at", "2026-12-10T09:00"])
        assert args.handler(args) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0].startswith("Rules fired: 1,") and outputs[1].startswith("Rules fired: 0,")
    assert len(automatic_tasks(world)) == 1
