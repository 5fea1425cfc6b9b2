"""The deals board (PERFORMANCE.md: first paint ≤ 300 ms with 10,000 open deals in a pipeline).

board_open_service: the column counts and sums (one GROUP BY) plus the first 50 cards of every
column — what the board reads to paint. board_columns_raw is the GROUP BY through the driver.
deal_move_service: one stage change with its history row and the client's open-deals total.
"""

from __future__ import annotations

import sys
from decimal import Decimal

from sqlalchemy import func, select
from timing import Record, measure, percentile

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import Deal, Pipeline, Stage, StageKind
from crm_desktop.services.board import BoardService
from crm_desktop.services.deals import DealService
from crm_desktop.services.workspace import workspace_for

GROUP_BY = ("SELECT stage_id, count(*), sum(amount) FROM deals WHERE pipeline_id = ? "
            "GROUP BY stage_id")


def board_records(url: str, backend: str, size: int, repeats: int, raw_rows) -> list[Record]:  # type: ignore[no-untyped-def]
    engine = make_engine(url)
    sessions = make_sessions(engine)
    try:
        actor = workspace_for(engine, "admin").actor
        with sessions() as session:  # the pipeline with the most open deals
            pipeline_id, open_deals = session.execute(
                select(Deal.pipeline_id, func.count())
                .join(Stage, Stage.id == Deal.stage_id).where(Stage.kind == StageKind.OPEN)
                .group_by(Deal.pipeline_id).order_by(func.count().desc()).limit(1)).one()
            free = session.scalar(  # a pipeline that allows moving back and forth
                select(Deal.pipeline_id).join(Pipeline, Pipeline.id == Deal.pipeline_id)
                .where(Pipeline.forbid_skip.is_(False)).group_by(Deal.pipeline_id)
                .order_by(func.count().desc()).limit(1))
        board = BoardService(sessions, actor)

        def open_board() -> object:
            columns = board.columns(pipeline_id)
            return [board.cards(c.stage_id, limit=50) for c in columns]

        samples = measure([open_board], repeats)
        print(f"  board: pipeline {pipeline_id} with {open_deals:,} open deals", file=sys.stderr)
        raw = percentile(measure([lambda: raw_rows(GROUP_BY, pipeline_id)], repeats), 50)
        records = [
            Record("board_open_service", backend, size,
                   percentile(samples, 50), percentile(samples, 95), None),
            Record("board_columns_service", backend, size,
                   *_p(measure([lambda: board.columns(pipeline_id)], repeats)), raw),
        ]
        records += _moves(sessions, actor, free or pipeline_id, backend, size, repeats)
        return records
    finally:
        engine.dispose()


def _p(samples: list[float]) -> tuple[float, float]:
    return percentile(samples, 50), percentile(samples, 95)


def _moves(sessions, actor, pipeline_id: int, backend: str, size: int,  # type: ignore[no-untyped-def]
           repeats: int) -> list[Record]:
    """Move one open deal between the pipeline's first two open stages, back and forth."""
    deals = DealService(sessions, actor)
    with sessions() as session:
        open_stages = session.scalars(select(Stage.id).where(
            Stage.pipeline_id == pipeline_id, Stage.kind == StageKind.OPEN,
            Stage.is_archived.is_(False)).order_by(Stage.position)).all()[:2]
        deal_id = session.scalar(select(Deal.id).where(Deal.stage_id == open_stages[0])
                                 .order_by(Deal.id).limit(1))
    if deal_id is None or len(open_stages) < 2:
        return []
    state = {"version": deals.get(deal_id).version, "flip": 1}

    def move() -> object:
        card = deals.move(deal_id, open_stages[state["flip"]], state["version"])
        state["version"], state["flip"] = card.version, 1 - state["flip"]
        return card

    samples = measure([move], max(6, repeats // 2))
    assert deals.get(deal_id).data.amount >= Decimal(0)
    return [Record("deal_move_service", backend, size, *_p(samples), None)]
