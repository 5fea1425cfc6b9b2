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
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import ColumnElement, Select, and_, exists, func, select
from sqlalchemy.orm import Session, aliased

from crm_desktop.models import Deal, DealStageChange, LossReason, Pipeline, Stage, StageKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import FunnelReport, FunnelStage, LossCount
from crm_desktop.services.reports.filters import ReportFilter, percent
from crm_desktop.services.reports.scope import (
    busiest_pipeline,
    deal_conditions,
    deal_ids,
    first_pipeline,
)

Change = DealStageChange
Target = aliased(Stage)


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


def _entered(session: Session, actor: Actor, f: ReportFilter) -> dict[int, int]:
    rows = session.execute(
        select(Change.to_stage_id, func.count(func.distinct(Change.deal_id)))
        .where(*scoped_moves(actor, f),
               sql.in_period(Change.changed_at, f.start, f.end))
        .group_by(Change.to_stage_id))
    return {int(stage): int(count) for stage, count in rows}


def _reached(session: Session, actor: Actor, f: ReportFilter,
             ranks: dict[int, int]) -> dict[int, int]:
    if not ranks:
        return {}
    furthest = reached_query(actor, f, ranks).subquery()
    rows = session.execute(
        select(furthest.c.furthest, func.count()).group_by(furthest.c.furthest))
    by_rank = {int(r): int(c) for r, c in rows}
    # deals reaching rank r or beyond: a running total from the end (a handful of stages)
    return {stage: sum(c for r, c in by_rank.items() if r >= rank)
            for stage, rank in ranks.items()}


def _stays(session: Session, actor: Actor, f: ReportFilter) -> dict[int, tuple[int, int]]:
    """Stage id → (average, median) seconds in the stage: the ended stays (`left_at`, set by
    the move that ends them) that began in the period, added up per deal."""
    dialect = sql.dialect_of(session)
    per_deal = (
        select(Change.to_stage_id.label("stage_id"),
               func.sum(sql.seconds_between(dialect, Change.changed_at, Change.left_at))
               .label("seconds"))
        .join(Stage, Stage.id == Change.to_stage_id)
        .where(*scoped_moves(actor, f), Stage.kind == StageKind.OPEN,
               Change.left_at.is_not(None), sql.in_period(Change.changed_at, f.start, f.end))
        .group_by(Change.to_stage_id, Change.deal_id)).subquery()
    rows = session.execute(sql.median_by(dialect, per_deal, "stage_id", "seconds"))
    return {int(stage): (round(float(avg)), round(float(median))) for stage, avg, median in rows}


def _losses(session: Session, actor: Actor, f: ReportFilter) -> dict[int, list[LossCount]]:
    lost: ColumnElement[bool] = and_(Target.id == Change.to_stage_id,
                                     Target.kind == StageKind.LOST)
    rows = session.execute(
        select(Change.from_stage_id, Deal.loss_reason_id, LossReason.name,
               func.count(func.distinct(Change.deal_id)))
        .join(Target, lost)
        .join(Deal, Deal.id == Change.deal_id)
        .outerjoin(LossReason, LossReason.id == Deal.loss_reason_id)
        .where(*deal_conditions(actor, f), Change.from_stage_id.is_not(None),
               sql.in_period(Change.changed_at, f.start, f.end))
        .group_by(Change.from_stage_id, Deal.loss_reason_id, LossReason.name)
        .order_by(func.count(func.distinct(Change.deal_id)).desc(), LossReason.name))
    result: dict[int, list[LossCount]] = {}
    for stage, reason_id, name, count in rows:
        result.setdefault(int(stage or 0), []).append(LossCount(reason_id, name, int(count)))
    return result


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
    entered, reached = _entered(session, actor, f), _reached(session, actor, f, ranks)
    stays, losses = _stays(session, actor, f), _losses(session, actor, f)
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
