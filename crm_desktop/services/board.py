"""The deals board: per-stage counts and sums by SQL, and the cards of one column page by page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, exists, func, select, tuple_
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Client, Deal, Stage, StageKind, Task, TaskStatus, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.common import now

OPEN_TASKS = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


@dataclass(frozen=True, slots=True)
class BoardFilter:
    manager_id: int | None = None
    channel_id: int | None = None
    created_from: date | None = None  # the period: deals created in [from, to]
    created_to: date | None = None
    mine: bool = False


@dataclass(frozen=True, slots=True)
class ColumnSummary:
    stage_id: int
    name: str
    kind: StageKind
    position: int
    count: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class BoardCard:
    id: int
    title: str
    client_id: int
    client_name: str
    amount: Decimal
    currency: str
    manager_name: str | None
    stage_entered_at: datetime
    days_in_stage: int
    has_overdue_task: bool
    version: int


CardCursor = tuple[datetime, int]


class BoardService:
    def __init__(
        self, sessions: sessionmaker[Session], actor: Actor, clock: Callable[[], datetime] = now
    ) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    def columns(self, pipeline_id: int, flt: BoardFilter | None = None) -> list[ColumnSummary]:
        """Every active stage of the pipeline with the count and sum of the visible deals."""
        where = self._conditions(flt or BoardFilter())
        totals = (
            select(
                Deal.stage_id,
                func.count().label("n"),
                func.coalesce(func.sum(Deal.amount), 0).label("total"),
            )
            .where(Deal.pipeline_id == pipeline_id, *where)
            .group_by(Deal.stage_id)
            .subquery()
        )
        query = (
            select(
                Stage.id,
                Stage.name,
                Stage.kind,
                Stage.position,
                func.coalesce(totals.c.n, 0),
                func.coalesce(totals.c.total, 0),
            )
            .outerjoin(totals, totals.c.stage_id == Stage.id)
            .where(Stage.pipeline_id == pipeline_id, Stage.is_archived.is_(False))
            .order_by(Stage.position, Stage.id)
        )
        with self._sessions() as session:
            return [
                ColumnSummary(i, n, k, p, int(c), Decimal(t))
                for i, n, k, p, c, t in session.execute(query).all()
            ]

    def cards(
        self,
        stage_id: int,
        flt: BoardFilter | None = None,
        after: CardCursor | None = None,
        limit: int = 50,
    ) -> list[BoardCard]:
        """One column's cards, longest in the stage first, keyset-paged by (entered, id)."""
        moment = self._clock()
        overdue = exists().where(
            Task.deal_id == Deal.id, Task.status.in_(OPEN_TASKS), Task.due_at < moment
        )
        query = (
            select(
                Deal.id,
                Deal.title,
                Deal.client_id,
                Client.name,
                Deal.amount,
                Deal.currency,
                User.full_name,
                Deal.stage_entered_at,
                overdue,
                Deal.version,
            )
            .join(Client, Client.id == Deal.client_id)
            .outerjoin(User, User.id == Deal.manager_id)
            .where(Deal.stage_id == stage_id, *self._conditions(flt or BoardFilter()))
            .order_by(Deal.stage_entered_at, Deal.id)
            .limit(limit)
        )
        if after is not None:
            query = query.where(tuple_(Deal.stage_entered_at, Deal.id) > tuple_(*after))
        with self._sessions() as session:
            rows = session.execute(query).all()
        return [
            BoardCard(
                i,
                title,
                cid,
                client,
                Decimal(amount),
                cur,
                manager,
                entered,
                max(0, (moment - entered).days),
                bool(late),
                version,
            )
            for i, title, cid, client, amount, cur, manager, entered, late, version in rows
        ]

    def _conditions(self, flt: BoardFilter) -> list[ColumnElement[bool]]:
        where: list[ColumnElement[bool]] = [
            self._actor.owner_filter(Deal.manager_id, "deal", Deal.id)
        ]
        if flt.mine:
            where.append(Deal.manager_id == self._actor.user_id)
        if flt.manager_id is not None:
            where.append(Deal.manager_id == flt.manager_id)
        if flt.channel_id is not None:
            where.append(Deal.channel_id == flt.channel_id)
        if flt.created_from is not None:
            where.append(Deal.created_at >= datetime.combine(flt.created_from, time()))
        if flt.created_to is not None:
            day_after = datetime.combine(flt.created_to + timedelta(days=1), time())
            where.append(Deal.created_at < day_after)
        return where
