"""Checks a rule before it is saved; each error names the field the editor marks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Channel, ClientStatus, Pipeline, Role, Stage, User
from crm_desktop.services import validation
from crm_desktop.services.automation import templates
from crm_desktop.services.automation.rules import (
    AMOUNT_RANGE,
    BAD_DUE,
    BAD_FIELD,
    BAD_VALUE,
    NEEDS_DAYS,
    NEEDS_DEAL,
    NEEDS_ROLE,
    NEEDS_STAGE,
    NEEDS_TEXT,
    NEEDS_USER,
    NO_ACTIONS,
    NO_DEAL_HERE,
    RECORDS_OF,
    SETTABLE_FIELDS,
    Action,
    Conditions,
    DueUnit,
    FieldAction,
    InvoiceAction,
    NotifyAction,
    Recipient,
    RecipientSpec,
    RuleData,
    TaskAction,
    Trigger,
    TriggerSpec,
)
from crm_desktop.services.errors import ValidationError

MAX_DAYS = 365


def check_rule(session: Session, data: RuleData) -> str:
    """Validate `data` against the database; returns the cleaned name."""
    name = validation.require_text(data.name, field="name", limit=200)
    _check_trigger(session, data.trigger)
    _check_conditions(session, data.conditions)
    if not data.actions:
        raise ValidationError("actions", NO_ACTIONS)
    records = RECORDS_OF[data.trigger.kind]
    for index, action in enumerate(data.actions):
        _check_action(session, action, records, f"actions[{index}]")
    return name


def _check_trigger(session: Session, spec: TriggerSpec) -> None:
    if spec.kind is Trigger.DEAL_STAGE_ENTERED:
        stage = session.get(Stage, spec.stage_id) if spec.stage_id else None
        if stage is None or stage.pipeline_id != spec.pipeline_id:
            raise ValidationError("trigger.stage_id", NEEDS_STAGE)
    low = 0 if spec.kind is Trigger.CLIENT_BIRTHDAY else 1
    if spec.kind in (Trigger.DEAL_IDLE, Trigger.CLIENT_BIRTHDAY) and not (
        spec.days is not None and low <= spec.days <= MAX_DAYS
    ):
        raise ValidationError("trigger.days", NEEDS_DAYS, low=low, high=MAX_DAYS)


def _check_conditions(session: Session, c: Conditions) -> None:
    if c.pipeline_id is not None and session.get(Pipeline, c.pipeline_id) is None:
        raise ValidationError("conditions.pipeline_id", BAD_VALUE)
    if c.channel_id is not None and session.get(Channel, c.channel_id) is None:
        raise ValidationError("conditions.channel_id", BAD_VALUE)
    if c.manager_id is not None and session.get(User, c.manager_id) is None:
        raise ValidationError("conditions.manager_id", NEEDS_USER)
    if (c.amount_above is not None and c.amount_below is not None
            and c.amount_above >= c.amount_below):
        raise ValidationError("conditions.amount_below", AMOUNT_RANGE)


def _check_recipient(session: Session, r: RecipientSpec, records: frozenset[str],
                     field: str) -> None:
    if r.kind is Recipient.DEAL_MANAGER and "deal" not in records:
        raise ValidationError(field, NO_DEAL_HERE)
    if r.kind is Recipient.USER:
        user = session.get(User, r.user_id) if r.user_id else None
        if user is None or not user.is_active:
            raise ValidationError(field, NEEDS_USER)
    if r.kind is Recipient.ROLE_HEAD and (
        not r.role_key or session.scalar(select(Role.id).where(Role.key == r.role_key)) is None
    ):
        raise ValidationError(field, NEEDS_ROLE)


def _check_action(session: Session, action: Action, records: frozenset[str], at: str) -> None:
    if isinstance(action, TaskAction):
        if not action.title.strip():
            raise ValidationError(f"{at}.title", NEEDS_TEXT)
        validation.require_text(action.title, field=f"{at}.title", limit=300)
        templates.check(action.title, records, field=f"{at}.title")
        _check_recipient(session, action.assignee, records, f"{at}.assignee")
        limit = MAX_DAYS * (24 if action.due_unit is DueUnit.HOURS else 1)
        if not 0 <= action.due_in <= limit:
            raise ValidationError(f"{at}.due_in", BAD_DUE)
    elif isinstance(action, NotifyAction):
        if not action.text.strip():
            raise ValidationError(f"{at}.text", NEEDS_TEXT)
        validation.require_text(action.text, field=f"{at}.text", limit=500)
        templates.check(action.text, records, field=f"{at}.text")
        _check_recipient(session, action.recipient, records, f"{at}.recipient")
    elif isinstance(action, InvoiceAction):
        if "deal" not in records:
            raise ValidationError(f"{at}.kind", NEEDS_DEAL)
    elif isinstance(action, FieldAction):
        _check_field(session, action, records, at)


def _check_field(session: Session, action: FieldAction, records: frozenset[str],
                 at: str) -> None:
    kind = SETTABLE_FIELDS.get(action.target, {}).get(action.field)
    if kind is None:
        raise ValidationError(f"{at}.field", BAD_FIELD)
    if action.target not in records:
        raise ValidationError(f"{at}.field", NEEDS_DEAL)
    value = action.value
    ok = {
        "text": lambda: isinstance(value, str) and len(value) <= 2000,
        "user": lambda: isinstance(value, int) and session.get(User, value) is not None,
        "channel": lambda: isinstance(value, int) and session.get(Channel, value) is not None,
        "client_status": lambda: value in {s.value for s in ClientStatus},
    }[kind]()
    if not ok:
        raise ValidationError(f"{at}.value", BAD_VALUE)
