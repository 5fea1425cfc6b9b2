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
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    null,
    select,
)
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


BITS = 62  # stages per `entered<n>` bit set: it must fit a signed 64-bit integer


def _bit_sets(stages: list[Stage]) -> list[list[Stage]]:
    return [stages[i:i + BITS] for i in range(0, len(stages), BITS)] if stages else []


def _moves_by_deal(dialect: str, actor: Actor, f: ReportFilter, stages: list[Stage],
                   ranks: dict[int, int]) -> CTE:
    """The one pass over the stage history: a row per deal with a move into a stage of the
    pipeline in the period, holding its furthest rank, the stages it entered as bits
    (`entered0`, `entered1`, ...) and, per open stage, `s<stage id>`: the seconds of its ended
    stays there added up (NULL: none has ended; `left_at` is NULL while a stay lasts).

    Grouped by deal alone: the moves arrive in deal order from the deal-id list (SQLite) and
    there are five times fewer groups than (deal, stage) pairs."""
    stay = sql.seconds_between(dialect, Change.changed_at, Change.left_at)
    columns: list[Any] = [Change.deal_id,
                          func.max(sql.rank_of(ranks, Change.to_stage_id)).label("furthest")]
    for n, bit_set in enumerate(_bit_sets(stages)):
        bit = cast(case({s.id: 1 << i for i, s in enumerate(bit_set)},
                        value=Change.to_stage_id), BigInteger)
        columns.append(sql.bit_union(dialect, bit).label(f"entered{n}"))
    columns += [func.sum(case((Change.to_stage_id == s.id, stay))).label(f"s{s.id}")
                for s in stages if s.kind is StageKind.OPEN]
    return (select(*columns)
            .where(*scoped_moves(actor, f), Change.to_stage_id.in_([s.id for s in stages]),
                   sql.in_period(Change.changed_at, f.start, f.end))
            .group_by(Change.deal_id)
            .cte("moves").prefix_with("MATERIALIZED"))


def _tally_query(dialect: str, moves: CTE, stages: list[Stage]) -> CompoundSelect[Any]:
    """Rows (0, furthest rank, entered bit sets..., deals, NULLs) per combination, then one
    row (1, NULLs..., average, median per open stage)."""
    sets = [moves.c[f"entered{n}"] for n in range(len(_bit_sets(stages)))]
    stays = [moves.c[f"s{s.id}"] for s in stages if s.kind is StageKind.OPEN]
    paths = (select(literal(0).label("part"), moves.c.furthest, *sets, func.count(),
                    *[null()] * (2 * len(stays)))
             .group_by(moves.c.furthest, *sets))
    averages = [x for v in stays for x in (func.avg(v), sql.median_of(dialect, moves, v))]
    return paths.union_all(select(literal(1), null(), *[null()] * len(sets), null(),
                                  *averages).select_from(moves))


Tallies = tuple[dict[int, int], dict[int, int], dict[int, tuple[int, int]]]


def _tallies(session: Session, actor: Actor, f: ReportFilter, stages: list[Stage],
             ranks: dict[int, int]) -> Tallies:
    """(entered, reached, (average, median) time) per stage id, in one statement."""
    if not stages:
        return {}, {}, {}
    dialect = sql.dialect_of(session)
    sets = _bit_sets(stages)
    opens = [s for s in stages if s.kind is StageKind.OPEN]
    entered: dict[int, int] = {}
    by_rank: dict[int, int] = {}
    stays: dict[int, tuple[int, int]] = {}
    for row in session.execute(_tally_query(dialect, _moves_by_deal(dialect, actor, f, stages,
                                                                     ranks), stages)):
        if row[0] == 1:
            values = row[3 + len(sets):]
            stays = {s.id: (round(float(avg)), round(float(median)))
                     for s, avg, median in zip(opens, values[::2], values[1::2], strict=True)
                     if avg is not None}
            continue
        deals = int(row[2 + len(sets)])
        by_rank[int(row[1])] = by_rank.get(int(row[1]), 0) + deals
        for bits, bit_set in zip(row[2:2 + len(sets)], sets, strict=True):
            for i, stage in enumerate(bit_set):
                if int(bits or 0) >> i & 1:
                    entered[stage.id] = entered.get(stage.id, 0) + deals
    # deals reaching rank r or beyond: a running total from the end (a handful of stages)
    reached = {stage: sum(c for r, c in by_rank.items() if r >= rank)
               for stage, rank in ranks.items()}
    return entered, reached, stays


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
    entered, reached, stays = _tallies(session, actor, f, stages, ranks)
    losses = _losses(session, actor, f)
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
