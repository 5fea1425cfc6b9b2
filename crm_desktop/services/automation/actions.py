"""What a rule does, inside the session of the event (or of the scheduled run).

Tasks are written directly rather than through TaskService: a rule acts for the company, so
the actor's own assignment limits (a salesperson may not give tasks to the head) do not apply,
and the task must join the event's transaction. Nothing here starts another rule, so a rule
cannot trigger itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Deal, Invoice, InvoiceStatus, Role, Task, User
from crm_desktop.models.settings import AutomationNotification
from crm_desktop.services import audit, invoice_rules
from crm_desktop.services.actor import Actor
from crm_desktop.services.automation import templates
from crm_desktop.services.automation.rules import (
    SETTABLE_FIELDS,
    Action,
    DueUnit,
    FieldAction,
    InvoiceAction,
    NotifyAction,
    Recipient,
    RecipientSpec,
    TaskAction,
)
from crm_desktop.services.automation.templates import Subject
from crm_desktop.services.common import stamp_created, stamp_updated
from crm_desktop.services.company import load_profile, supplier_party
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, CrmError
from crm_desktop.services.invoices import InvoiceService

NO_RECIPIENT = QT_TRANSLATE_NOOP("Errors", "Nobody to give it to: {who}.")
WHO_DEAL_MANAGER = QT_TRANSLATE_NOOP("Errors", "the deal has no manager")
WHO_CLIENT_MANAGER = QT_TRANSLATE_NOOP("Errors", "the client has no manager")
WHO_USER = QT_TRANSLATE_NOOP("Errors", "the chosen user is disabled or removed")
WHO_HEAD = QT_TRANSLATE_NOOP("Errors", "no active user has the chosen role")
NO_RECORD = QT_TRANSLATE_NOOP("Errors", "The rule needs a deal or a client to act on.")


class ActionFailed(CrmError):
    """An action could not be carried out; `message` says why."""


def recipient_id(session: Session, spec: RecipientSpec, subject: Subject) -> int:
    """The user a task or notice goes to; ActionFailed when there is nobody."""
    found: int | None = None
    if spec.kind is Recipient.DEAL_MANAGER:
        found, who = (subject.deal.manager_id if subject.deal else None), WHO_DEAL_MANAGER
    elif spec.kind is Recipient.CLIENT_MANAGER:
        found, who = (subject.client.manager_id if subject.client else None), WHO_CLIENT_MANAGER
    elif spec.kind is Recipient.USER:
        found, who = spec.user_id, WHO_USER
    else:
        found, who = _role_head(session, spec.role_key, subject.manager_id), WHO_HEAD
    user = session.get(User, found) if found else None
    if user is None or not user.is_active:
        raise ActionFailed(NO_RECIPIENT, who=who)
    return user.id


def _role_head(session: Session, role_key: str | None, manager_id: int | None) -> int | None:
    """An active user of the role, preferring the manager's team."""
    team_id = session.scalar(select(User.team_id).where(User.id == manager_id)) if manager_id \
        else None
    candidates = select(User.id).join(Role, Role.id == User.role_id).where(
        Role.key == role_key, User.is_active.is_(True))
    if team_id is not None:
        in_team = session.scalar(candidates.where(User.team_id == team_id).order_by(User.id))
        if in_team is not None:
            return in_team
    return session.scalar(candidates.order_by(User.id))


def run_action(session: Session, actor: Actor, rule_id: int, action: Action,
               subject: Subject, moment: datetime) -> None:
    if isinstance(action, TaskAction):
        _create_task(session, actor, rule_id, action, subject, moment)
    elif isinstance(action, FieldAction):
        _set_field(session, actor, action, subject)
    elif isinstance(action, InvoiceAction):
        _create_invoice(session, actor, subject)
    elif isinstance(action, NotifyAction):
        _notify(session, rule_id, action, subject)


def _create_task(session: Session, actor: Actor, rule_id: int, action: TaskAction,
                 subject: Subject, moment: datetime) -> None:
    step = timedelta(hours=action.due_in) if action.due_unit is DueUnit.HOURS \
        else timedelta(days=action.due_in)
    client = subject.client
    task = Task(
        title=templates.render(session, action.title, subject)[:300] or "—",
        assignee_id=recipient_id(session, action.assignee, subject),
        client_id=client.id if client is not None else None,
        deal_id=subject.deal.id if subject.deal is not None else None,
        due_at=moment + step, is_automatic=True, rule_id=rule_id,
    )
    stamp_created(task, actor)
    session.add(task)
    session.flush()


def _set_field(session: Session, actor: Actor, action: FieldAction, subject: Subject) -> None:
    record: Deal | Client | None = subject.deal if action.target == "deal" else subject.client
    if record is None or action.field not in SETTABLE_FIELDS.get(action.target, {}):
        raise ActionFailed(NO_RECORD)
    setattr(record, action.field, action.value)
    stamp_updated(record, actor)
    session.flush()


def _create_invoice(session: Session, actor: Actor, subject: Subject) -> None:
    deal = subject.deal
    if deal is None:
        raise ActionFailed(NO_RECORD)
    profile = load_profile(session)
    client = session.get_one(Client, deal.client_id)
    invoice = Invoice(
        client_id=client.id, deal_id=deal.id, manager_id=deal.manager_id,
        currency=deal.currency, status=InvoiceStatus.DRAFT,
        supplier=supplier_party(profile).to_json(),
        buyer=invoice_rules.buyer_party(client).to_json(),
    )
    stamp_created(invoice, actor)
    session.add(invoice)
    lines = invoice_rules.lines_of_deal(deal, profile.default_vat_rate)
    InvoiceService._set_lines(invoice, invoice_rules.valid_lines(lines))
    session.flush()
    audit.record(session, actor, "create", "invoice", invoice.id, {"automatic": True})


def _notify(session: Session, rule_id: int, action: NotifyAction, subject: Subject) -> None:
    session.execute(insert(AutomationNotification).values(
        user_id=recipient_id(session, action.recipient, subject), rule_id=rule_id,
        text=templates.render(session, action.text, subject)[:500],
        client_id=subject.client.id if subject.client is not None else None,
        deal_id=subject.deal.id if subject.deal is not None else None,
    ))
