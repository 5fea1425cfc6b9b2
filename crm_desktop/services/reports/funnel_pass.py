"""The funnel's figures in one pass over the stage history and one statement.

A CTE holds a row per deal with a move in the period into a stage of the pipeline (or into
any lost stage): its furthest rank, the stages it entered as bits, the stages it was lost from
as bits, and per open stage the seconds of its ended stays there added up. Three parts read
it, stacked with UNION ALL in one layout (`Part`):
- PATHS: deals per (furthest rank, entered bits): entered and reached come from these;
- STAYS: one row, the average and median of each open stage's column;
- LOSSES: deals per (stage lost from, the deal's loss reason), most first, then by name.

Grouped by deal alone: five times fewer groups than (deal, stage) pairs, and over a long
period SQLite reads the moves in deal order (the deal-id list, then the (deal_id, changed_at)
index), so the grouping needs no sort. Over ten years of a million deals the per-deal pass
is about half the time; SQLite's medians (an ordered window per open stage) a third.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    BigInteger,
    ColumnElement,
    CompoundSelect,
    Float,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
)

from crm_desktop.models import Deal, DealStageChange, LossReason, Stage, StageKind
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import LossCount
from crm_desktop.services.reports.filters import ReportFilter

Change = DealStageChange
BITS = 62  # stages per bit set: it must fit a signed 64-bit integer


class Part(enum.IntEnum):
    PATHS = 0
    STAYS = 1
    LOSSES = 2


@dataclass(frozen=True, slots=True)
class Tallies:
    entered: dict[int, int]                 # stage id -> distinct deals that entered it
    by_rank: dict[int, int]                 # furthest rank -> deals
    stays: dict[int, tuple[int, int]]       # open stage id -> (average, median) seconds
    losses: dict[int, list[LossCount]]      # stage id -> deals lost from it, by reason


def _bit_sets(stages: list[Stage]) -> list[list[Stage]]:
    return [stages[i:i + BITS] for i in range(0, len(stages), BITS)]


def _bit(bit_set: list[Stage], stage_column: Any) -> ColumnElement[int]:
    """1 << the stage's place in the bit set; NULL for a stage outside it."""
    return cast(case({s.id: 1 << i for i, s in enumerate(bit_set)}, value=stage_column),
                BigInteger)


def _null(type_: Any) -> ColumnElement[Any]:
    return cast(null(), type_)


class FunnelPass:
    """Builds the statement for one pipeline's `stages` (ranked by `ranks`) and reads it."""

    def __init__(self, dialect: str, stages: list[Stage], ranks: dict[int, int]) -> None:
        self.dialect, self.stages, self.ranks = dialect, stages, ranks
        self.sets = _bit_sets(stages)
        self.opens = [s for s in stages if s.kind is StageKind.OPEN]

    def moves(self, scope: list[ColumnElement[bool]], f: ReportFilter,
              lost_ids: list[int]) -> CTE:
        """The per-deal CTE over the moves matching `scope` (see scoped_moves)."""
        stay = sql.seconds_between(self.dialect, Change.changed_at, Change.left_at)
        lost = Change.to_stage_id.in_(lost_ids)
        columns: list[Any] = [
            Change.deal_id,
            func.max(sql.rank_of(self.ranks, Change.to_stage_id)).label("furthest")]
        for n, bit_set in enumerate(self.sets):
            columns.append(sql.bit_union(self.dialect, _bit(bit_set, Change.to_stage_id))
                           .label(f"entered{n}"))
            columns.append(sql.bit_union(self.dialect, case(
                (lost, _bit(bit_set, Change.from_stage_id)))).label(f"lost{n}"))
        columns += [func.sum(case((Change.to_stage_id == s.id, stay))).label(f"s{s.id}")
                    for s in self.opens]  # NULL while a stay lasts: only ended stays add up
        stage_ids = sorted({s.id for s in self.stages} | set(lost_ids))
        return (select(*columns)
                .where(*scope, Change.to_stage_id.in_(stage_ids),
                       sql.in_period(Change.changed_at, f.start, f.end))
                .group_by(Change.deal_id)
                .cte("moves").prefix_with("MATERIALIZED"))

    def statement(self, moves: CTE) -> CompoundSelect[Any]:
        """Columns: part, key, reason, deals, name, one per bit set, two per open stage."""
        entered = [moves.c[f"entered{n}"] for n in range(len(self.sets))]
        stays = [moves.c[f"s{s.id}"] for s in self.opens]
        none = [_null(Float)] * (2 * len(stays))  # typed: PostgreSQL types a NULL column text
        paths = (select(literal(int(Part.PATHS)).label("part"), moves.c.furthest.label("key"),
                        _null(Integer).label("reason"), func.count().label("deals"),
                        _null(String).label("name"), *entered, *none)
                 .group_by(moves.c.furthest, *entered))
        averages = [x for v in stays for x in (func.avg(v), sql.median_of(self.dialect, moves, v))]
        times = select(literal(int(Part.STAYS)), _null(Integer), _null(Integer),
                       _null(BigInteger), _null(String),
                       *[_null(BigInteger)] * len(entered), *averages).select_from(moves)
        lost_from = or_(*[moves.c[f"lost{n}"].bitwise_and(_bit(bit_set, Stage.id)) != 0
                          for n, bit_set in enumerate(self.sets)])
        losses = (select(literal(int(Part.LOSSES)), Stage.id, Deal.loss_reason_id,
                         func.count(), LossReason.name, *[_null(BigInteger)] * len(entered), *none)
                  .select_from(moves)
                  .where(or_(*[moves.c[f"lost{n}"].is_not(None)  # before the deal look-up
                               for n in range(len(self.sets))]))
                  .join(Stage, and_(Stage.id.in_([s.id for s in self.stages]), lost_from))
                  .join(Deal, Deal.id == moves.c.deal_id)
                  .outerjoin(LossReason, LossReason.id == Deal.loss_reason_id)
                  .group_by(Stage.id, Deal.loss_reason_id, LossReason.name))
        return paths.union_all(times, losses).order_by(
            literal_column("part"), literal_column("deals").desc(), literal_column("name"))

    def read(self, rows: Iterable[Sequence[Any]]) -> Tallies:
        tallies = Tallies({}, {}, {}, {})
        for row in rows:
            if row[0] == Part.PATHS:
                self._path(tallies, row)
            elif row[0] == Part.STAYS:
                values = row[5 + len(self.sets):]
                tallies.stays.update(
                    (s.id, (round(float(avg)), round(float(median))))
                    for s, avg, median in zip(self.opens, values[::2], values[1::2],
                                              strict=True)
                    if avg is not None)
            else:
                tallies.losses.setdefault(int(row[1]), []).append(
                    LossCount(row[2], row[4], int(row[3])))
        return tallies

    def _path(self, tallies: Tallies, row: Sequence[Any]) -> None:
        deals, rank = int(row[3]), int(row[1])
        tallies.by_rank[rank] = tallies.by_rank.get(rank, 0) + deals
        for bits, bit_set in zip(row[5:5 + len(self.sets)], self.sets, strict=True):
            for i, stage in enumerate(bit_set):
                if int(bits or 0) >> i & 1:
                    tallies.entered[stage.id] = tallies.entered.get(stage.id, 0) + deals
