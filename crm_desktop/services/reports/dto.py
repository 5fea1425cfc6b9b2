"""What the reports return: frozen, slotted rows and reports. Money is Decimal (roubles, two
places), durations are whole seconds, percentages Decimal with one place (None: nothing to
divide by). Every report knows its filter and whether it is empty."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from crm_desktop.services.reports.filters import Grain, ReportFilter


@dataclass(frozen=True, slots=True)
class LossCount:
    reason_id: int | None  # None: no reason kept (the deal was reopened since)
    reason: str | None
    deals: int


@dataclass(frozen=True, slots=True)
class FunnelStage:
    stage_id: int
    name: str
    kind: str  # open / won / lost
    entered: int  # deals that entered this stage in the period
    reached: int  # deals that got at least this far in the period (entered it or a later one)
    to_next: Decimal | None  # % of `reached` that reached the next stage
    to_won: Decimal | None  # % of `reached` that were won
    average_seconds: int | None  # time in the stage, finished stays, a deal's visits summed
    median_seconds: int | None
    dropped: int  # deals moved from this stage to lost in the period
    losses: tuple[LossCount, ...]


@dataclass(frozen=True, slots=True)
class FunnelReport:
    filter: ReportFilter
    pipeline_id: int | None
    pipeline: str
    stages: tuple[FunnelStage, ...]

    @property
    def is_empty(self) -> bool:
        return not any(s.entered or s.reached or s.dropped for s in self.stages)


@dataclass(frozen=True, slots=True)
class RevenuePoint:
    period_start: date
    deals: int
    revenue: Decimal


@dataclass(frozen=True, slots=True)
class RevenueByPeriod:
    filter: ReportFilter
    grain: Grain
    points: tuple[RevenuePoint, ...]
    deals: int
    revenue: Decimal
    average_check: Decimal | None

    @property
    def is_empty(self) -> bool:
        return not self.points


@dataclass(frozen=True, slots=True)
class ManagerRevenue:
    manager_id: int | None
    name: str | None  # None: deals without a manager
    deals: int
    revenue: Decimal
    average_check: Decimal | None
    share: Decimal | None  # % of the total revenue


@dataclass(frozen=True, slots=True)
class RevenueByManager:
    filter: ReportFilter
    rows: tuple[ManagerRevenue, ...]
    deals: int
    revenue: Decimal

    @property
    def is_empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True, slots=True)
class ChannelRow:
    channel_id: int | None
    name: str | None  # None: deals without a channel
    leads: int  # deals created in the period
    won: int  # deals won in the period
    revenue: Decimal
    conversion: Decimal | None  # won / leads, %
    average_check: Decimal | None
    spend: Decimal  # spend of the months the period touches
    cost_per_lead: Decimal | None
    cost_per_sale: Decimal | None
    return_on_spend: Decimal | None  # (revenue − spend) / spend, %; ≥ 0 pays for itself


@dataclass(frozen=True, slots=True)
class RevenueByChannel:
    filter: ReportFilter
    rows: tuple[ChannelRow, ...]

    @property
    def is_empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True, slots=True)
class PlanRow:
    manager_id: int
    name: str
    plan: Decimal
    fact: Decimal
    done: Decimal | None  # fact / plan, %


@dataclass(frozen=True, slots=True)
class PlanVsFact:
    filter: ReportFilter
    rows: tuple[PlanRow, ...]
    plan: Decimal
    fact: Decimal

    @property
    def is_empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True, slots=True)
class ProductRow:
    product_id: int | None  # None: a free-text line
    name: str
    quantity: Decimal
    revenue: Decimal
    deals: int
    share: Decimal | None  # % of the revenue of all lines


@dataclass(frozen=True, slots=True)
class TopProducts:
    filter: ReportFilter
    rows: tuple[ProductRow, ...]
    revenue: Decimal  # of every line of the won deals, not only the rows shown

    @property
    def is_empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True, slots=True)
class LossRow:
    reason_id: int | None
    reason: str | None  # None: lost without a reason
    deals: int
    amount: Decimal
    share: Decimal | None  # % of lost deals


@dataclass(frozen=True, slots=True)
class LossReasons:
    filter: ReportFilter
    rows: tuple[LossRow, ...]
    deals: int
    amount: Decimal

    @property
    def is_empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True, slots=True)
class DurationBucket:
    up_to_days: int | None  # None: longer than the previous bucket
    clients: int


@dataclass(frozen=True, slots=True)
class TimeToFirstSale:
    filter: ReportFilter
    clients: int  # clients whose first sale fell in the period
    average_days: Decimal | None
    median_days: Decimal | None
    buckets: tuple[DurationBucket, ...]

    @property
    def is_empty(self) -> bool:
        return self.clients == 0


@dataclass(frozen=True, slots=True)
class TaskRow:
    user_id: int
    name: str
    open: int
    overdue: int
    done: int  # completed in the period
    done_with_due: int
    done_on_time: int
    on_time: Decimal | None  # done_on_time / done_with_due, %


@dataclass(frozen=True, slots=True)
class TaskDiscipline:
    filter: ReportFilter
    rows: tuple[TaskRow, ...]

    @property
    def is_empty(self) -> bool:
        return not any(r.open or r.done for r in self.rows)


@dataclass(frozen=True, slots=True)
class QuietClient:
    client_id: int
    name: str
    manager: str | None
    last_contact_at: datetime | None  # None: never contacted
    days: int | None


@dataclass(frozen=True, slots=True)
class NotContacted:
    filter: ReportFilter
    days: int
    total: int  # all such clients; `rows` holds at most the limit asked for
    rows: tuple[QuietClient, ...]

    @property
    def is_empty(self) -> bool:
        return self.total == 0


@dataclass(frozen=True, slots=True)
class DealLine:
    """A deal in a drill-down list."""

    deal_id: int
    title: str
    client: str
    manager: str | None
    stage: str
    amount: Decimal
    moved_at: datetime  # when it entered its current stage
