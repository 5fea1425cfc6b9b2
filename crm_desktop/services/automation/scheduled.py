"""Time-based triggers: idle deals, overdue tasks, birthdays; each firing recorded once.

A firing is (rule, record, period): the period is what makes the record due again later — the
idle deal's last touch, the task's due time, the birthday's year. The `automation_runs` row is
inserted with ON CONFLICT DO NOTHING before the actions run, so two runs at once (the client's
timer and the administrator's cron) fire a rule for a record only once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, String, func, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from crm_desktop.models import Activity, Client, Contact, Deal, Stage, StageKind, Task
from crm_desktop.models.settings import AutomationRule, AutomationRun
from crm_desktop.services.actor import Actor
from crm_desktop.services.automation.engine import (
    RuleFailed,
    active_rules,
    conditions_hold,
    fire,
)
from crm_desktop.services.automation.rules import SCHEDULED_TRIGGERS, RuleData, Trigger
from crm_desktop.services.automation.templates import Subject
from crm_desktop.services.task_dto import OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class ScheduledRun:
    fired: int
    skipped: int
    failures: tuple[tuple[int, str], ...]  # (rule id, English reason) of rolled-back firings


@dataclass(frozen=True, slots=True)
class Due:
    kind: str
    record_id: int
    period: str
    subject: Subject


def _idle_deals(session: Session, days: int, moment: datetime) -> Iterator[Due]:
    cutoff = moment - timedelta(days=days)
    last_activity = (
        select(Activity.deal_id, func.max(Activity.occurred_at).label("at"))
        .where(Activity.deal_id.is_not(None)).group_by(Activity.deal_id).subquery()
    )
    rows = session.execute(
        select(Deal, last_activity.c.at)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(last_activity, last_activity.c.deal_id == Deal.id)
        .where(Stage.kind == StageKind.OPEN, Deal.stage_entered_at < cutoff)
        .where((last_activity.c.at.is_(None)) | (last_activity.c.at < cutoff))
        .order_by(Deal.id)
    ).all()
    for deal, activity_at in rows:
        touched = max(t for t in (deal.stage_entered_at, activity_at) if t is not None)
        yield Due("deal", deal.id, touched.isoformat(timespec="seconds"),
                  Subject(client=session.get(Client, deal.client_id), deal=deal))


def _overdue_tasks(session: Session, moment: datetime) -> Iterator[Due]:
    tasks = session.scalars(
        select(Task).where(Task.status.in_(OPEN_STATUSES), Task.due_at < moment)
        .order_by(Task.due_at, Task.id)
    ).all()
    for task in tasks:
        assert task.due_at is not None
        deal = session.get(Deal, task.deal_id) if task.deal_id else None
        client = session.get(Client, task.client_id) if task.client_id else None
        yield Due("task", task.id, task.due_at.isoformat(timespec="seconds"),
                  Subject(client=client, deal=deal, task=task))


def _month_day(session: Session, column: InstrumentedAttribute[date | None]
               ) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "MM-DD", type_=String)
    return func.strftime("%m-%d", column, type_=String)


def _birthdays(session: Session, days: int, moment: datetime) -> Iterator[Due]:
    target = (moment + timedelta(days=days)).date()
    key, period = target.strftime("%m-%d"), str(target.year)
    for client in session.scalars(
        select(Client).where(Client.birthday.is_not(None),
                             _month_day(session, Client.birthday) == key).order_by(Client.id)
    ):
        yield Due("client", client.id, period, Subject(client=client))
    for contact in session.scalars(
        select(Contact).where(Contact.birthday.is_not(None),
                              _month_day(session, Contact.birthday) == key).order_by(Contact.id)
    ):
        yield Due("contact", contact.id, period,
                  Subject(client=session.get(Client, contact.client_id), contact=contact))


def due_records(session: Session, rule: RuleData, moment: datetime) -> Iterator[Due]:
    kind, days = rule.trigger.kind, rule.trigger.days or 0
    if kind is Trigger.DEAL_IDLE:
        return _idle_deals(session, days, moment)
    if kind is Trigger.TASK_OVERDUE:
        return _overdue_tasks(session, moment)
    return _birthdays(session, days, moment)


def _claim(session: Session, rule_id: int, due: Due) -> bool:
    from sqlalchemy.dialects import postgresql, sqlite  # noqa: PLC0415 - not at start-up

    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" \
        else sqlite.insert
    claimed = session.execute(
        insert(AutomationRun)
        .values(rule_id=rule_id, record_kind=due.kind, record_id=due.record_id,
                period=due.period)
        .on_conflict_do_nothing()
        .returning(AutomationRun.id)
    ).first()
    return claimed is not None


def run_scheduled(session: Session, actor: Actor, moment: datetime) -> ScheduledRun:
    """Evaluate every active time-based rule once at `moment` in the caller's transaction."""
    fired = skipped = 0
    failures: list[tuple[int, str]] = []
    for trigger in sorted(SCHEDULED_TRIGGERS):
        for rule_id, rule in active_rules(session, Trigger(trigger)):
            for due in due_records(session, rule, moment):
                if not conditions_hold(rule.conditions, due.subject):
                    continue
                try:
                    with session.begin_nested():
                        if not _claim(session, rule_id, due):
                            continue
                        done = fire(session, actor, rule_id, rule, due.subject, moment)
                except RuleFailed as exc:
                    # not recorded as fired: the next run tries this record again
                    failures.append((rule_id, str(exc.params.get("reason", ""))))
                    continue
                fired, skipped = fired + done, skipped + (not done)
            session.execute(update(AutomationRule).where(AutomationRule.id == rule_id)
                            .values(last_run_at=moment))
    return ScheduledRun(fired, skipped, tuple(failures))
