"""The sales funnel of one pipeline for the deals that entered it in the period (the cohort;
funnel_figures reads the per-deal summaries the triggers keep):
- entered: deals of the cohort that entered the stage (a reopened deal entering again counts
  once);
- reached: deals whose furthest stage on the way to won (open stages by position, then won) is
  this one or a later one; conversions divide these;
- time in stage: a deal's ended stays in the stage added up (a reopened deal comes back), then
  averaged and the median taken across the deals of the cohort;
- drop-off: deals of the cohort moved from the stage to a lost stage, by their loss reason (a
  deal reopened since keeps no reason).
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.models import Pipeline, Stage, StageKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports.dto import FunnelReport, FunnelStage
from crm_desktop.services.reports.filters import ReportFilter, percent
from crm_desktop.services.reports.funnel_figures import FunnelFigures, Path, cohort_paths


def path_ranks(stages: list[Stage]) -> dict[int, int]:
    """Stage id → place on the way to won: open stages by position, then the won stage(s)."""
    path = sorted((s for s in stages if s.kind is not StageKind.LOST),
                  key=lambda s: (s.kind is StageKind.WON, s.position, s.id))
    return {stage.id: rank for rank, stage in enumerate(path)}


def _won(reached: dict[int, int], stages: list[Stage], ranks: dict[int, int]) -> int:
    """Deals that reached a won stage: `reached` of the first won stage on the path."""
    won = [s.id for s in stages if s.kind is StageKind.WON]
    return reached.get(min(won, key=ranks.__getitem__), 0) if won else 0


def _pipeline_and_paths(session: Session, actor: Actor,
                        f: ReportFilter) -> tuple[Pipeline | None, list[Path]]:
    """The chosen pipeline, or with none chosen the active one most deals entered in the
    period (the first by position on a tie or when none did), and its cohort's paths: one
    scan for the choice and the figures."""
    if f.pipeline_id is not None:
        candidates = [f.pipeline_id]
    else:
        candidates = list(session.scalars(
            select(Pipeline.id).where(Pipeline.is_archived.is_(False))
            .order_by(Pipeline.position, Pipeline.id)))
    if not candidates:
        return None, []
    paths = cohort_paths(session, actor, f, candidates)
    chosen = max(candidates, key=lambda p: (sum(deals for *_, deals in paths.get(p, ())),
                                            -candidates.index(p)))
    return session.get(Pipeline, chosen), paths.get(chosen, [])


def funnel(session: Session, actor: Actor, f: ReportFilter) -> FunnelReport:
    pipeline, paths = _pipeline_and_paths(session, actor, f)
    if pipeline is None:
        return FunnelReport(f, None, "", ())
    f = replace(f, pipeline_id=pipeline.id)
    stages = list(session.scalars(
        select(Stage).where(Stage.pipeline_id == pipeline.id)
        .order_by(Stage.position, Stage.id)))
    ranks = path_ranks(stages)
    tallies = FunnelFigures(session, actor, f, stages, ranks).read(paths)
    entered, stays, losses = tallies.entered, tallies.stays, tallies.losses
    # deals reaching rank r or beyond: a running total from the end (a handful of stages)
    reached = {stage: sum(c for r, c in tallies.by_rank.items() if r >= rank)
               for stage, rank in ranks.items()}
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
