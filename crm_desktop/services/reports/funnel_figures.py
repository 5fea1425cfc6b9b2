"""The funnel's figures from the per-deal summaries (deal_funnels, deal_stage_stays and their
monthly sums stage_stay_months), which triggers keep from the stage history
(migrations/funnel_0014.py).

A deal counts in the funnel of a period when it first entered the pipeline in that period (its
cohort), and then with its whole way through the pipeline, as in the cohort funnels of the
common commercial CRMs: "of the deals that came in this period, how many reached each stage".
Entered, reached and drop-off come from one GROUP BY over a row per deal (a few dozen groups,
no per-deal grouping of the stage moves); the average time in stage from monthly sums
(stay_totals); each median by walking the stage's stays in order of length to the middle.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import DealFunnel, DealStageStay, LossReason, Stage, StageKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import LossCount
from crm_desktop.services.reports.filters import ReportFilter
from crm_desktop.services.reports.stay_totals import stay_totals

Stay = DealStageStay


def stage_set(text: str) -> frozenset[int]:
    """",6,7," -> {6, 7}"""
    return frozenset(int(part) for part in text.split(",") if part)


def _cohort(actor: Actor, f: ReportFilter, table: Any, cohort_at: Any = None,
            period: tuple[datetime, datetime] | None = None) -> list[ColumnElement[bool]]:
    """The rows of the deals the actor may count that entered the pipeline in the period
    (or in `period`, a part of it)."""
    start, end = period or (f.start, f.end)
    where = [actor.owner_filter(table.manager_id, "deal", table.deal_id),
             sql.in_period(table.cohort_at if cohort_at is None else cohort_at, start, end)]
    if f.manager_id is not None:
        where.append(table.manager_id == f.manager_id)
    if f.channel_id is not None:
        where.append(table.channel_id == f.channel_id)
    return where


def cohort_deals(actor: Actor, f: ReportFilter, pipeline_id: int) -> list[ColumnElement[bool]]:
    """Conditions on DealFunnel: the cohort of `f` in `pipeline_id`."""
    return [DealFunnel.pipeline_id == pipeline_id, *_cohort(actor, f, DealFunnel)]


Path = tuple[str, str, int | None, int]  # entered, lost from, loss reason, deals


def cohort_paths(session: Session, actor: Actor, f: ReportFilter,
                 pipeline_ids: list[int]) -> dict[int, list[Path]]:
    """Per pipeline, the cohort's deals grouped by their way through it: a few dozen rows
    however many deals, read in the order of ix_deal_funnels_paths (no sort)."""
    group = (DealFunnel.pipeline_id, DealFunnel.entered, DealFunnel.lost_from,
             DealFunnel.loss_reason_id)
    rows = session.execute(
        select(*group, func.count())
        .where(DealFunnel.pipeline_id.in_(pipeline_ids), *_cohort(actor, f, DealFunnel))
        .group_by(*group))
    out: dict[int, list[Path]] = {}
    for pipeline_id, entered, lost_from, reason_id, deals in rows:
        out.setdefault(pipeline_id, []).append((entered, lost_from, reason_id, deals))
    return out


def reason_order(names: dict[int, str], reason_id: int | None) -> tuple[bool, str]:
    """Sort key: reasons by name, the deals without one last."""
    name = names.get(reason_id) if reason_id is not None else None
    return (name is None, name or "")


def furthest(entered: Iterable[int], ranks: dict[int, int]) -> int | None:
    """The furthest place on the way to won among the stages entered (None: lost only)."""
    return max((ranks[s] for s in entered if s in ranks), default=None)


@dataclass(frozen=True, slots=True)
class Tallies:
    entered: dict[int, int] = field(default_factory=dict)      # stage -> deals that entered it
    by_rank: dict[int, int] = field(default_factory=dict)      # furthest rank -> deals
    stays: dict[int, tuple[int, int]] = field(default_factory=dict)  # stage -> (avg, median) s
    losses: dict[int, list[LossCount]] = field(default_factory=dict)  # stage -> by reason


class FunnelFigures:
    """One pipeline's figures for the cohort of a period, from its `paths` (cohort_paths)."""

    def __init__(self, session: Session, actor: Actor, f: ReportFilter,
                 stages: list[Stage], ranks: dict[int, int]) -> None:
        self.session, self.actor, self.f = session, actor, f
        self.stages, self.ranks = stages, ranks

    def read(self, paths: list[Path]) -> Tallies:
        tallies = Tallies()
        self._paths_and_losses(tallies, paths)
        self._stays(tallies)
        return tallies

    def _paths_and_losses(self, tallies: Tallies, paths: list[Path]) -> None:
        ours = {s.id for s in self.stages}
        entered: Counter[int] = Counter()
        by_rank: Counter[int] = Counter()
        lost: Counter[tuple[int, int | None]] = Counter()
        for path, lost_from, reason_id, deals in paths:
            stages = stage_set(path)
            for stage in stages:
                entered[stage] += deals
            rank = furthest(stages, self.ranks)
            if rank is not None:
                by_rank[rank] += deals
            for stage in stage_set(lost_from) & ours:
                lost[stage, reason_id] += deals
        tallies.entered.update(entered)
        tallies.by_rank.update(by_rank)
        names = dict(self.session.execute(select(LossReason.id, LossReason.name).where(
            LossReason.id.in_(sorted({r for _stage, r in lost if r is not None})))).all())
        for (stage, reason_id), deals in sorted(
                lost.items(), key=lambda item: (-item[1], reason_order(names, item[0][1]))):
            tallies.losses.setdefault(stage, []).append(
                LossCount(reason_id, names.get(reason_id) if reason_id else None, deals))

    def _stays(self, tallies: Tallies) -> None:
        opens = [s.id for s in self.stages if s.kind is StageKind.OPEN]
        if not opens:
            return
        totals = stay_totals(
            self.session, self.actor, self.f, opens,
            lambda table, start, end: _cohort(self.actor, self.f, table, period=(start, end)))
        walk = _cohort(self.actor, self.f, Stay,
                       sql.without_index(sql.dialect_of(self.session), Stay.cohort_at))
        for stage_id, (count, seconds) in totals.items():
            tallies.stays[stage_id] = (round(seconds / count),
                                       self._median(stage_id, count, walk))

    def _median(self, stage_id: int, count: int, where: list[ColumnElement[bool]]) -> int:
        """The middle stay (the mean of the two middle ones for an even count), walking the
        stage's stays in order of length (ix_deal_stage_stays_length): no sort."""
        middle = (select(Stay.seconds)
                  .where(Stay.stage_id == stage_id, *where)
                  .order_by(Stay.seconds)
                  .offset((count - 1) // 2).limit(2 - count % 2))
        values = [int(v) for v in self.session.scalars(middle)]
        return round(sum(values) / len(values))
