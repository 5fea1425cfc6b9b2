"""ReportService: every report for the signed-in user. Each call needs the view-reports right,
opens one read-only session and counts only what the user's role lets them see."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.reports import drill, funnel, people, revenue, sales_mix
from crm_desktop.services.reports.dto import (
    DealLine,
    FunnelReport,
    LossReasons,
    NotContacted,
    PlanVsFact,
    RevenueByChannel,
    RevenueByManager,
    RevenueByPeriod,
    TaskDiscipline,
    TimeToFirstSale,
    TopProducts,
)
from crm_desktop.services.reports.filters import Grain, ReportFilter

Clock = Callable[[], datetime]


class ReportService:
    """Stateless: any thread may call it (each call has its own session)."""

    def __init__(self, sessions: sessionmaker[Session], actor: Actor,
                 clock: Clock = lambda: datetime.now(UTC)) -> None:
        self._sessions, self._actor, self._clock = sessions, actor, clock

    @property
    def actor(self) -> Actor:
        return self._actor

    def _session(self, f: ReportFilter) -> Session:
        self._actor.require(Permission.VIEW_REPORTS)
        f.checked()
        return self._sessions()

    def funnel(self, f: ReportFilter) -> FunnelReport:
        with self._session(f) as session:
            return funnel.funnel(session, self._actor, f)

    def revenue_by_period(self, f: ReportFilter, grain: Grain = Grain.MONTH) -> RevenueByPeriod:
        with self._session(f) as session:
            return revenue.by_period(session, self._actor, f, grain)

    def revenue_by_manager(self, f: ReportFilter) -> RevenueByManager:
        with self._session(f) as session:
            return revenue.by_manager(session, self._actor, f)

    def revenue_by_channel(self, f: ReportFilter) -> RevenueByChannel:
        with self._session(f) as session:
            return revenue.by_channel(session, self._actor, f)

    def plan_vs_fact(self, f: ReportFilter) -> PlanVsFact:
        with self._session(f) as session:
            return revenue.plan_vs_fact(session, self._actor, f)

    def top_products(self, f: ReportFilter, limit: int = 20, *,
                     by_quantity: bool = False) -> TopProducts:
        with self._session(f) as session:
            return sales_mix.top_products(session, self._actor, f, limit=limit,
                                          by_quantity=by_quantity)

    def loss_reasons(self, f: ReportFilter) -> LossReasons:
        with self._session(f) as session:
            return sales_mix.loss_reasons(session, self._actor, f)

    def time_to_first_sale(self, f: ReportFilter) -> TimeToFirstSale:
        with self._session(f) as session:
            return people.time_to_first_sale(session, self._actor, f)

    def task_discipline(self, f: ReportFilter) -> TaskDiscipline:
        with self._session(f) as session:
            return people.task_discipline(session, self._actor, f, self._clock())

    def not_contacted(self, f: ReportFilter, days: int = 30,
                      limit: int = 10_000) -> NotContacted:
        with self._session(f) as session:
            return people.not_contacted(session, self._actor, f, max(days, 0), self._clock(),
                                        limit)

    def stage_deals(self, f: ReportFilter, stage_id: int) -> list[DealLine]:
        """The deals behind a funnel stage (drill-down)."""
        with self._session(f) as session:
            return drill.stage_deals(session, self._actor, f, stage_id)

    def manager_deals(self, f: ReportFilter, manager_id: int | None) -> list[DealLine]:
        """The deals behind a manager's revenue (drill-down)."""
        with self._session(f) as session:
            return drill.manager_deals(session, self._actor, f, manager_id)
