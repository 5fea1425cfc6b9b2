"""AutomationService: rules for administrators (manage users) and the scheduled run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Role
from crm_desktop.models.settings import AutomationNotification, AutomationRule
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.automation.engine import data_of
from crm_desktop.services.automation.rules import (
    RuleData,
    RuleRow,
    action_to_json,
    conditions_to_json,
    trigger_to_json,
)
from crm_desktop.services.automation.scheduled import ScheduledRun, run_scheduled
from crm_desktop.services.automation.validation import check_rule
from crm_desktop.services.common import check_version, now, stamp_created, stamp_updated, writing
from crm_desktop.services.errors import NotFound


@dataclass(frozen=True, slots=True)
class RoleOption:
    key: str
    name: str


@dataclass(frozen=True, slots=True)
class Notice:
    id: int
    text: str
    created_at: datetime
    client_id: int | None
    deal_id: int | None


class AutomationService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor,
                 clock: Callable[[], datetime] = now) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def rules(self) -> list[RuleRow]:
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions() as session:
            found = session.scalars(select(AutomationRule).order_by(AutomationRule.name,
                                                                   AutomationRule.id))
            return [self._row(r) for r in found]

    def get(self, rule_id: int) -> RuleRow:
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions() as session:
            return self._row(self._rule(session, rule_id))

    def create(self, data: RuleData) -> RuleRow:
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            rule = AutomationRule(trigger=data.trigger.kind.value)
            self._fill(session, rule, data)
            stamp_created(rule, self._actor)
            session.add(rule)
            session.flush()
            audit.record(session, self._actor, "create", "automation_rule", rule.id)
            return self._row(rule)

    def update(self, rule_id: int, data: RuleData, seen_version: int) -> RuleRow:
        self._actor.require(Permission.MANAGE_USERS)
        with writing(self._sessions, "automation_rule", rule_id) as session:
            rule = self._rule(session, rule_id)
            check_version(rule, seen_version, "automation_rule", rule_id)
            self._fill(session, rule, data)
            stamp_updated(rule, self._actor)
            session.flush()
            audit.record(session, self._actor, "update", "automation_rule", rule.id)
            return self._row(rule)

    def set_active(self, rule_id: int, active: bool, seen_version: int) -> RuleRow:
        self._actor.require(Permission.MANAGE_USERS)
        with writing(self._sessions, "automation_rule", rule_id) as session:
            rule = self._rule(session, rule_id)
            check_version(rule, seen_version, "automation_rule", rule_id)
            rule.is_active = active
            stamp_updated(rule, self._actor)
            session.flush()
            audit.record(session, self._actor, "update", "automation_rule", rule.id,
                         {"is_active": active})
            return self._row(rule)

    def delete(self, rule_id: int, seen_version: int) -> None:
        self._actor.require(Permission.MANAGE_USERS)
        with writing(self._sessions, "automation_rule", rule_id) as session:
            rule = self._rule(session, rule_id)
            check_version(rule, seen_version, "automation_rule", rule_id)
            session.delete(rule)
            session.flush()
            audit.record(session, self._actor, "delete", "automation_rule", rule_id)

    def roles(self) -> list[RoleOption]:
        with self._sessions() as session:
            rows = session.execute(select(Role.key, Role.name).order_by(Role.id)).all()
            return [RoleOption(k, n) for k, n in rows]

    def run_scheduled(self, moment: datetime | None = None) -> ScheduledRun:
        """Fire the time-based rules due at `moment`; running it twice fires nothing twice.

        Needs the manage-users right: it acts on every record, not only the actor's own."""
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            return run_scheduled(session, self._actor, moment or self._clock())

    def my_notices(self, moment: datetime | None = None) -> list[Notice]:
        """The actor's notices not shown yet, marked shown in the same statement (once each)."""
        claim = (
            update(AutomationNotification)
            .where(AutomationNotification.user_id == self._actor.user_id,
                   AutomationNotification.shown_at.is_(None))
            .values(shown_at=moment or self._clock())
            .returning(AutomationNotification.id, AutomationNotification.text,
                       AutomationNotification.created_at, AutomationNotification.client_id,
                       AutomationNotification.deal_id)
        )
        with self._sessions.begin() as session:
            rows = session.execute(claim).all()
        return sorted((Notice(*r) for r in rows), key=lambda n: (n.created_at, n.id))

    # -- helpers ---------------------------------------------------------------------------
    def _rule(self, session: Session, rule_id: int) -> AutomationRule:
        rule = session.get(AutomationRule, rule_id)
        if rule is None:
            raise NotFound("automation_rule", rule_id)
        return rule

    @staticmethod
    def _fill(session: Session, rule: AutomationRule, data: RuleData) -> None:
        rule.name = check_rule(session, data)
        rule.is_active = data.is_active
        rule.trigger = data.trigger.kind.value
        rule.trigger_params = trigger_to_json(data.trigger)
        rule.conditions = conditions_to_json(data.conditions)
        rule.actions = [action_to_json(a) for a in data.actions]
        rule.action = data.actions[0].kind.value
        rule.action_params = {}
        rule.on_error = data.on_error.value

    @staticmethod
    def _row(rule: AutomationRule) -> RuleRow:
        return RuleRow(rule.id, data_of(rule), rule.last_run_at, rule.version)
