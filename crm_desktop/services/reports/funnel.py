"""The sales funnel of one pipeline, from the stage history (deal_stage_changes).

- entered: distinct deals with a move into the stage in the period (a reopened deal entering
  again counts once);
- reached: deals whose furthest stage on the way to won (open stages by position, then won)
  entered in the period is this one or a later one; conversions divide these;
- time in stage: the stays that began in the period and have ended (the next move of the
  deal ends a stay); a deal's stays in one stage are added up (a reopened deal comes back),
  then averaged and the median taken across deals;
- drop-off: deals moved from the stage to a lost stage in the period, by their loss reason
  (a deal reopened since keeps no reason).

All four come from one statement over one pass of the pipeline's moves in the period
(funnel_pass: a row per deal, then three small aggregates), not four passes (1M deals, ten
years: PostgreSQL 9-11 s -> 3-4 s, SQLite 15-17 s -> 7 s).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Deal, DealStageChange, Pipeline, Stage, StageKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import FunnelReport, FunnelStage, LossCount
from crm_desktop.services.reports.filters import ReportFilter, percent
from crm_desktop.services.reports.funnel_pass import FunnelPass
from crm_desktop.services.reports.scope import (
    busiest_pipeline,
    deal_conditions,
    deal_ids,
    first_pipeline,
)

Change = DealStageChange


def path_ranks(stages: list[Stage]) -> dict[int, int]:
    """Stage id → place on the way to won: open stages by position, then the won stage(s)."""
    path = sorted((s for s in stages if s.kind is not StageKind.LOST),
                  key=lambda s: (s.kind is StageKind.WON, s.position, s.id))
    return {stage.id: rank for rank, stage in enumerate(path)}


LONG_PERIOD_DAYS = 62


def scoped_moves(actor: Actor, f: ReportFilter) -> list[ColumnElement[bool]]:
    """Stage moves of the deals the report may count. Over a long period most of the history
    qualifies: a semi-join on the deal ids reads the deals' covering index once (a million
    deals on SQLite: ten years 30 s -> 5 s, one year 20 s -> 5 s). Over a month or two a
    look-up of each move's deal is cheaper than listing every deal (one month: 1.3 s against
    2.6 s); SQLite has no statistics to choose by itself."""
    if (f.end - f.start).days > LONG_PERIOD_DAYS:
        return [Change.deal_id.in_(deal_ids(actor, f))]
    return [exists().where(Deal.id == Change.deal_id, *deal_conditions(actor, f))]


def reached_query(actor: Actor, f: ReportFilter, ranks: dict[int, int]) -> Select[int, int]:
    """(deal id, furthest rank) of the deals that moved along the pipeline in the period."""
    rank = sql.rank_of(ranks, Change.to_stage_id)
    return (select(Change.deal_id, func.max(rank).label("furthest"))
            .where(*scoped_moves(actor, f), Change.to_stage_id.in_(list(ranks)),
                   sql.in_period(Change.changed_at, f.start, f.end))
            .group_by(Change.deal_id))


def _figures(session: Session, actor: Actor, f: ReportFilter, stages: list[Stage],
             ranks: dict[int, int]) -> tuple[dict[int, int], dict[int, int],
                                             dict[int, tuple[int, int]],
                                             dict[int, list[LossCount]]]:
    """Entered, reached, (average, median) time and drop-off per stage id: one statement
    (funnel_pass) over one pass of the stage history."""
    if not stages:
        return {}, {}, {}, {}
    lost_ids = list(session.scalars(select(Stage.id).where(Stage.kind == StageKind.LOST)))
    one_pass = FunnelPass(sql.dialect_of(session), stages, ranks)
    moves = one_pass.moves(scoped_moves(actor, f), f, lost_ids)
    tallies = one_pass.read(session.execute(one_pass.statement(moves)))
    # deals reaching rank r or beyond: a running total from the end (a handful of stages)
    reached = {stage: sum(c for r, c in tallies.by_rank.items() if r >= rank)
               for stage, rank in ranks.items()}
    return tallies.entered, reached, tallies.stays, tallies.losses


def _won(reached: dict[int, int], stages: list[Stage], ranks: dict[int, int]) -> int:
    """Deals that reached a won stage: `reached` of the first won stage on the path."""
    won = [s.id for s in stages if s.kind is StageKind.WON]
    return reached.get(min(won, key=ranks.__getitem__), 0) if won else 0


def funnel(session: Session, actor: Actor, f: ReportFilter) -> FunnelReport:
    pipeline_id = f.pipeline_id or session.scalar(select(busiest_pipeline(actor))) \
        or session.scalar(select(first_pipeline()))
    pipeline = session.get(Pipeline, pipeline_id or 0)
    if pipeline is None:
        return FunnelReport(f, None, "", ())
    f = replace(f, pipeline_id=pipeline.id)
    stages = list(session.scalars(
        select(Stage).where(Stage.pipeline_id == pipeline.id)
        .order_by(Stage.position, Stage.id)))
    ranks = path_ranks(stages)
    entered, reached, stays, losses = _figures(session, actor, f, stages, ranks)
    won = _won(reached, stages, ranks)
    by_rank = {rank: stage for stage, rank in ranks.items()}
    rows = []
    for stage in sorted(stages, key=lambda s: (ranks.get(s.id, len(ranks)), s.position)):
        rank = ranks.get(stage.id)
        here = reached.get(stage.id, 0)
        nxt = by_rank.get(rank + 1) if rank is not None else None
        dropped = losses.get(stage.id, [])
        if stage.is_archived and not (entered.get(stage.id) or here or dropped):
            continue
        average, median = stays.get(stage.id, (None, None))
        rows.append(FunnelStage(
            stage.id, stage.name, stage.kind.value, entered.get(stage.id, 0), here,
            percent(reached.get(nxt, 0), here) if nxt is not None else None,
            percent(won, here) if stage.kind is StageKind.OPEN else None,
            average, median, sum(c.deals for c in dropped), tuple(dropped)))
    return FunnelReport(f, pipeline.id, pipeline.name, tuple(rows))
