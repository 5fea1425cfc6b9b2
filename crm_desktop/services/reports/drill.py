"""The deals behind a number on the dashboard: those of the period's cohort that reached a
funnel stage, or those a manager won in the period."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Deal, DealFunnel, Stage, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports.dto import DealLine
from crm_desktop.services.reports.filters import CENT, ReportFilter
from crm_desktop.services.reports.funnel import path_ranks
from crm_desktop.services.reports.funnel_figures import (
    cohort_deals,
    furthest,
    paths_query,
    stage_set,
)
from crm_desktop.services.reports.revenue import won_conditions

MAX_DEALS = 1000


def _lines(session: Session, where: list[ColumnElement[bool]], limit: int) -> list[DealLine]:
    rows = session.execute(
        select(Deal.id, Deal.title, Client.name, User.full_name, Stage.name,
               Deal.amount, Deal.stage_entered_at)
        .join(Client, Client.id == Deal.client_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(User, User.id == Deal.manager_id)
        .where(*where)
        .order_by(Deal.amount.desc(), Deal.id)
        .limit(limit))
    return [DealLine(i, title, client, manager, stage, Decimal(amount).quantize(CENT), moved)
            for i, title, client, manager, stage, amount, moved in rows]


def stage_deals(session: Session, actor: Actor, f: ReportFilter, stage_id: int,
                limit: int = MAX_DEALS) -> list[DealLine]:
    """Deals counted by the funnel as having reached `stage_id`."""
    stage = session.get(Stage, stage_id)
    if stage is None:
        return []
    stages = list(session.scalars(select(Stage).where(Stage.pipeline_id == stage.pipeline_id)))
    ranks = path_ranks(stages)
    if stage_id not in ranks:
        return []
    cohort = cohort_deals(actor, f, stage.pipeline_id)
    paths = []
    for text, _deals in session.execute(paths_query(cohort)):
        rank = furthest(stage_set(text), ranks)
        if rank is not None and rank >= ranks[stage_id]:
            paths.append(text)
    deal_ids = select(DealFunnel.deal_id).where(*cohort, DealFunnel.entered.in_(paths))
    return _lines(session, [Deal.id.in_(deal_ids)], limit)


def manager_deals(session: Session, actor: Actor, f: ReportFilter, manager_id: int | None,
                  limit: int = MAX_DEALS) -> list[DealLine]:
    """Deals won in the period by `manager_id` (None: deals without a manager)."""
    mine = Deal.manager_id.is_(None) if manager_id is None else Deal.manager_id == manager_id
    return _lines(session, [*won_conditions(actor, f), mine], limit)
