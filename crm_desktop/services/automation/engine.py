"""Runs the active rules of a trigger on one subject, inside the caller's transaction.

A rule's actions run in a savepoint. On failure an "on error: rollback" rule raises RuleFailed,
which the event's service lets through, so the whole event (the new deal, the move) is undone;
a "skip" rule has only its own savepoint undone and an `automation_failed` audit entry written.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models.settings import AutomationRule
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor
from crm_desktop.services.automation.actions import run_action
from crm_desktop.services.automation.rules import (
    Conditions,
    OnError,
    RuleData,
    Trigger,
    rule_data,
)
from crm_desktop.services.automation.templates import Subject
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, CrmError

log = logging.getLogger(__name__)

RULE_FAILED = QT_TRANSLATE_NOOP(
    "Errors", "Automation rule «{rule}» could not run, nothing was saved: {reason}")
LOOP = QT_TRANSLATE_NOOP(
    "Errors", "Automation rules started each other over and over; stopped at rule «{rule}».")
MAX_DEPTH = 3
_DEPTH_KEY = "automation_depth"


class RuleFailed(CrmError):
    """A rule with "on error: rollback" failed; the event it belongs to is rolled back."""

    def __init__(self, message: str, rule: str, reason: str, cause: CrmError | None) -> None:
        self.cause = cause
        super().__init__(message, rule=rule, reason=reason)


def active_rules(session: Session, trigger: Trigger) -> list[tuple[int, RuleData]]:
    rows = session.scalars(
        select(AutomationRule)
        .where(AutomationRule.trigger == trigger.value, AutomationRule.is_active.is_(True))
        .order_by(AutomationRule.id)
    ).all()
    return [(r.id, data_of(r)) for r in rows]


def data_of(rule: AutomationRule) -> RuleData:
    return rule_data(rule.name, rule.is_active, rule.trigger, rule.trigger_params or {},
                     rule.conditions or {}, rule.actions or [], rule.on_error)


def conditions_hold(c: Conditions, subject: Subject) -> bool:
    deal, client = subject.deal, subject.client
    if c.pipeline_id is not None and (deal is None or deal.pipeline_id != c.pipeline_id):
        return False
    if c.amount_above is not None and (deal is None or deal.amount <= c.amount_above):
        return False
    if c.amount_below is not None and (deal is None or deal.amount >= c.amount_below):
        return False
    channel = deal.channel_id if deal is not None and deal.channel_id else (
        client.channel_id if client is not None else None)
    if c.channel_id is not None and channel != c.channel_id:
        return False
    return c.manager_id is None or subject.manager_id == c.manager_id


def fire(session: Session, actor: Actor, rule_id: int, rule: RuleData, subject: Subject,
         moment: datetime) -> bool:
    """Run one rule's actions; True when they were done, False when skipped after a failure."""
    depth = int(session.info.get(_DEPTH_KEY, 0))
    if depth >= MAX_DEPTH:
        raise CrmError(LOOP, rule=rule.name)
    session.info[_DEPTH_KEY] = depth + 1
    try:
        with session.begin_nested():
            for action in rule.actions:
                run_action(session, actor, rule_id, action, subject, moment)
        return True
    except CrmError as exc:
        if rule.on_error is OnError.ROLLBACK:
            raise RuleFailed(RULE_FAILED, rule.name, exc.english(), exc) from exc
        log.warning("automation rule %s skipped: %s", rule_id, type(exc).__name__)
        audit.record(session, actor, "automation_failed", "automation_rule", rule_id,
                     {"error": exc.english(), **_about(subject)})
        return False
    finally:
        session.info[_DEPTH_KEY] = depth


def _about(subject: Subject) -> dict[str, int]:
    about: dict[str, int] = {}
    for kind in ("deal", "client", "task", "contact"):
        record = getattr(subject, kind)
        if record is not None:
            about[f"{kind}_id"] = record.id
    return about


def run_event(session: Session, actor: Actor, trigger: Trigger, subject: Subject,
              moment: datetime, *, stage_id: int | None = None) -> int:
    """Fire every active rule of an event trigger whose conditions hold; returns how many ran."""
    fired = 0
    for rule_id, rule in active_rules(session, trigger):
        spec = rule.trigger
        if trigger is Trigger.DEAL_STAGE_ENTERED and (
            spec.stage_id != stage_id
            or (spec.pipeline_id is not None and subject.deal is not None
                and spec.pipeline_id != subject.deal.pipeline_id)
        ):
            continue
        if conditions_hold(rule.conditions, subject):
            fired += fire(session, actor, rule_id, rule, subject, moment)
    return fired
