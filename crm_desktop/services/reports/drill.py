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
    cohort_paths,
    furthest,
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


def _reaches(furthest_rank: int | None, rank: int) -> bool:
    return furthest_rank is not None and furthest_rank >= rank


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
    paths = cohort_paths(session, actor, f, [stage.pipeline_id]).get(stage.pipeline_id, [])
    far_enough = {entered for entered, *_rest in paths
                  if _reaches(furthest(stage_set(entered), ranks), ranks[stage_id])}
    deal_ids = select(DealFunnel.deal_id).where(
        *cohort_deals(actor, f, stage.pipeline_id), DealFunnel.entered.in_(sorted(far_enough)))
    return _lines(session, [Deal.id.in_(deal_ids)], limit)


def manager_deals(session: Session, actor: Actor, f: ReportFilter, manager_id: int | None,
                  limit: int = MAX_DEALS) -> list[DealLine]:
    """Deals won in the period by `manager_id` (None: deals without a manager)."""
    mine = Deal.manager_id.is_(None) if manager_id is None else Deal.manager_id == manager_id
    return _lines(session, [*won_conditions(actor, f), mine], limit)
