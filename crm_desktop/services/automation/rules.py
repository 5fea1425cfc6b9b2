"""Automation rules as data: trigger + conditions + actions, their JSON form and validation."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.services.errors import QT_TRANSLATE_NOOP


class Trigger(enum.StrEnum):
    DEAL_STAGE_ENTERED = "deal_stage_entered"
    DEAL_CREATED = "deal_created"
    CLIENT_CREATED = "client_created"
    DEAL_IDLE = "deal_idle"
    TASK_OVERDUE = "task_overdue"
    CLIENT_BIRTHDAY = "client_birthday"


EVENT_TRIGGERS = frozenset({Trigger.DEAL_STAGE_ENTERED, Trigger.DEAL_CREATED,
                            Trigger.CLIENT_CREATED})
SCHEDULED_TRIGGERS = frozenset(Trigger) - EVENT_TRIGGERS
# the records a trigger provides to conditions and templates
RECORDS_OF = {
    Trigger.DEAL_STAGE_ENTERED: frozenset({"deal", "client"}),
    Trigger.DEAL_CREATED: frozenset({"deal", "client"}),
    Trigger.CLIENT_CREATED: frozenset({"client"}),
    Trigger.DEAL_IDLE: frozenset({"deal", "client"}),
    Trigger.TASK_OVERDUE: frozenset({"task", "deal", "client"}),
    Trigger.CLIENT_BIRTHDAY: frozenset({"contact", "client"}),
}


class OnError(enum.StrEnum):
    ROLLBACK = "rollback"  # the event fails with the rule's message
    SKIP = "skip"  # the rule's changes are undone, logged to the audit, the event goes on


class Recipient(enum.StrEnum):
    DEAL_MANAGER = "deal_manager"
    CLIENT_MANAGER = "client_manager"
    USER = "user"
    ROLE_HEAD = "role_head"  # a user of role `role_key` in the manager's team


class DueUnit(enum.StrEnum):
    HOURS = "hours"
    DAYS = "days"


class ActionKind(enum.StrEnum):
    CREATE_TASK = "create_task"
    SET_FIELD = "set_field"
    CREATE_INVOICE = "create_invoice"
    NOTIFY = "notify"


# set_field: record -> field -> value kind ("text", "user", "channel", "client_status")
SETTABLE_FIELDS: dict[str, dict[str, str]] = {
    "deal": {"note": "text", "manager_id": "user", "channel_id": "channel"},
    "client": {"status": "client_status", "manager_id": "user", "channel_id": "channel",
               "industry": "text", "note": "text"},
}

UNKNOWN_TRIGGER = QT_TRANSLATE_NOOP("Errors", "Choose what starts the rule.")
NEEDS_STAGE = QT_TRANSLATE_NOOP("Errors", "Choose the pipeline and the stage.")
NEEDS_DAYS = QT_TRANSLATE_NOOP("Errors", "Enter a number of days from {low} to {high}.")
NO_ACTIONS = QT_TRANSLATE_NOOP("Errors", "Add at least one action.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Enter an amount in roubles, e.g. 150000.")
AMOUNT_RANGE = QT_TRANSLATE_NOOP("Errors", "«Amount above» must be less than «amount below».")
NEEDS_USER = QT_TRANSLATE_NOOP("Errors", "Choose the user.")
NEEDS_ROLE = QT_TRANSLATE_NOOP("Errors", "Choose the role whose head gets it.")
NO_DEAL_HERE = QT_TRANSLATE_NOOP(
    "Errors", "This trigger has no deal: choose the client's manager, a user or a role's head.")
NEEDS_DEAL = QT_TRANSLATE_NOOP("Errors", "This trigger has no deal to act on.")
BAD_DUE = QT_TRANSLATE_NOOP("Errors", "Enter a due time from 0 to 365 days (8760 hours).")
BAD_FIELD = QT_TRANSLATE_NOOP("Errors", "This field cannot be set by a rule.")
BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "Choose the value to set.")
NEEDS_TEXT = QT_TRANSLATE_NOOP("Errors", "Enter the text.")


@dataclass(frozen=True, slots=True)
class TriggerSpec:
    kind: Trigger
    pipeline_id: int | None = None
    stage_id: int | None = None
    days: int | None = None  # idle days / birthday in N days


@dataclass(frozen=True, slots=True)
class Conditions:
    """All given conditions must hold (None: any)."""

    pipeline_id: int | None = None
    amount_above: Decimal | None = None
    amount_below: Decimal | None = None
    channel_id: int | None = None
    manager_id: int | None = None


@dataclass(frozen=True, slots=True)
class RecipientSpec:
    kind: Recipient = Recipient.DEAL_MANAGER
    user_id: int | None = None
    role_key: str | None = None


@dataclass(frozen=True, slots=True)
class TaskAction:
    title: str
    assignee: RecipientSpec = field(default_factory=RecipientSpec)
    due_in: int = 1
    due_unit: DueUnit = DueUnit.DAYS
    kind: ActionKind = ActionKind.CREATE_TASK


@dataclass(frozen=True, slots=True)
class FieldAction:
    target: str  # "deal" | "client"
    field: str
    value: str | int | None
    kind: ActionKind = ActionKind.SET_FIELD


@dataclass(frozen=True, slots=True)
class InvoiceAction:
    kind: ActionKind = ActionKind.CREATE_INVOICE


@dataclass(frozen=True, slots=True)
class NotifyAction:
    text: str
    recipient: RecipientSpec = field(default_factory=RecipientSpec)
    kind: ActionKind = ActionKind.NOTIFY


Action = TaskAction | FieldAction | InvoiceAction | NotifyAction


@dataclass(frozen=True, slots=True)
class RuleData:
    name: str
    trigger: TriggerSpec
    actions: tuple[Action, ...]
    conditions: Conditions = field(default_factory=Conditions)
    is_active: bool = True
    on_error: OnError = OnError.ROLLBACK


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: int
    data: RuleData
    last_run_at: datetime | None
    version: int


# -- JSON ------------------------------------------------------------------------------------
def _recipient_json(r: RecipientSpec) -> dict[str, Any]:
    return {"assignee": r.kind.value, "user_id": r.user_id, "role_key": r.role_key}


def _recipient(raw: dict[str, Any]) -> RecipientSpec:
    return RecipientSpec(Recipient(raw.get("assignee", "deal_manager")), raw.get("user_id"),
                         raw.get("role_key"))


def action_to_json(action: Action) -> dict[str, Any]:
    if isinstance(action, TaskAction):
        return {"kind": action.kind.value, "title": action.title,
                **_recipient_json(action.assignee), "due_in": action.due_in,
                "due_unit": action.due_unit.value}
    if isinstance(action, FieldAction):
        return {"kind": action.kind.value, "target": action.target, "field": action.field,
                "value": action.value}
    if isinstance(action, NotifyAction):
        return {"kind": action.kind.value, "text": action.text, **_recipient_json(action.recipient)}
    return {"kind": action.kind.value}


def action_from_json(raw: dict[str, Any]) -> Action:
    kind = ActionKind(raw["kind"])
    if kind is ActionKind.CREATE_TASK:
        return TaskAction(raw.get("title", ""), _recipient(raw), int(raw.get("due_in", 1)),
                          DueUnit(raw.get("due_unit", "days")))
    if kind is ActionKind.SET_FIELD:
        return FieldAction(raw.get("target", "deal"), raw.get("field", ""), raw.get("value"))
    if kind is ActionKind.NOTIFY:
        return NotifyAction(raw.get("text", ""), _recipient(raw))
    return InvoiceAction()


def trigger_to_json(spec: TriggerSpec) -> dict[str, Any]:
    return {"pipeline_id": spec.pipeline_id, "stage_id": spec.stage_id, "days": spec.days}


def conditions_to_json(c: Conditions) -> dict[str, Any]:
    return {"pipeline_id": c.pipeline_id, "channel_id": c.channel_id, "manager_id": c.manager_id,
            "amount_above": None if c.amount_above is None else str(c.amount_above),
            "amount_below": None if c.amount_below is None else str(c.amount_below)}


def _decimal(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def conditions_from_json(raw: dict[str, Any]) -> Conditions:
    return Conditions(raw.get("pipeline_id"), _decimal(raw.get("amount_above")),
                      _decimal(raw.get("amount_below")), raw.get("channel_id"),
                      raw.get("manager_id"))


def rule_data(name: str, is_active: bool, trigger: str, trigger_params: dict[str, Any],
              conditions: dict[str, Any], actions: list[Any], on_error: str) -> RuleData:
    spec = TriggerSpec(Trigger(trigger), trigger_params.get("pipeline_id"),
                       trigger_params.get("stage_id"), trigger_params.get("days"))
    return RuleData(name, spec, tuple(action_from_json(a) for a in actions),
                    conditions_from_json(conditions), is_active, OnError(on_error))
