"""The calls DealService and ClientService make inside their transactions."""

from __future__ import annotations

from sqlalchemy.orm import Session

from crm_desktop.models import Client, Deal
from crm_desktop.services.actor import Actor
from crm_desktop.services.automation.engine import run_event
from crm_desktop.services.automation.rules import Trigger
from crm_desktop.services.automation.templates import Subject
from crm_desktop.services.common import now


def on_deal_created(session: Session, actor: Actor, deal: Deal) -> None:
    """A new deal: "deal created" rules, then "entered stage" rules of its first stage."""
    subject = Subject(client=session.get(Client, deal.client_id), deal=deal)
    moment = now()
    run_event(session, actor, Trigger.DEAL_CREATED, subject, moment)
    run_event(session, actor, Trigger.DEAL_STAGE_ENTERED, subject, moment,
              stage_id=deal.stage_id)


def on_deal_stage_entered(session: Session, actor: Actor, deal: Deal) -> None:
    subject = Subject(client=session.get(Client, deal.client_id), deal=deal)
    run_event(session, actor, Trigger.DEAL_STAGE_ENTERED, subject, now(), stage_id=deal.stage_id)


def on_client_created(session: Session, actor: Actor, client: Client) -> None:
    run_event(session, actor, Trigger.CLIENT_CREATED, Subject(client=client), now())
