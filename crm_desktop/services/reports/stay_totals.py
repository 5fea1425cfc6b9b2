"""How many deals of a cohort ended stays in each stage, and their seconds added up: whole
months of the period from the monthly sums (stage_stay_months), the days before the first
and after the last whole month from the per-deal rows (deal_stage_stays)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.models import DealStageStay, RoleScope, StageStayMonth
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.filters import ReportFilter

Stay, Month = DealStageStay, StageStayMonth
Totals = dict[int, tuple[int, int]]  # stage id -> (deals, seconds)
Conditions = Callable[[Any, datetime, datetime], list[ColumnElement[bool]]]


def _month_start(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def _next_month(month: datetime) -> datetime:
    return month.replace(year=month.year + month.month // 12, month=month.month % 12 + 1)


def whole_months(start: datetime, end: datetime) -> tuple[datetime, datetime] | None:
    """The UTC months lying wholly in [start, end), as [first, after last); None if none."""
    first = _month_start(start)
    if first < start:
        first = _next_month(first)
    after = _month_start(end)
    return (first, after) if first < after else None


def _add(totals: dict[int, list[int]], rows: Any) -> None:
    for stage_id, deals, seconds in rows:
        entry = totals.setdefault(int(stage_id), [0, 0])
        entry[0] += int(deals or 0)
        entry[1] += int(seconds or 0)


def stay_totals(session: Session, actor: Actor, f: ReportFilter, stage_ids: list[int],
                cohort: Conditions) -> Totals:
    """`cohort(table, start, end)` gives the per-deal conditions (scope, filters, period)."""
    totals: dict[int, list[int]] = {}
    months = whole_months(f.start, f.end)
    edges = [(f.start, f.end)] if months is None else [(f.start, months[0]), (months[1], f.end)]
    for start, end in edges:
        if start < end:
            _add(totals, session.execute(
                select(Stay.stage_id, func.count(), func.sum(Stay.seconds))
                .where(Stay.stage_id.in_(stage_ids), *cohort(Stay, start, end))
                .group_by(Stay.stage_id)))
    if months is not None:
        _add(totals, session.execute(_months_query(actor, f, stage_ids, months)))
        if actor.scope is not RoleScope.ALL:  # deals shared with the actor from elsewhere
            outside = or_(Stay.manager_id.is_(None), ~actor.owners_filter(Stay.manager_id))
            _add(totals, session.execute(
                select(Stay.stage_id, func.count(), func.sum(Stay.seconds))
                .where(Stay.stage_id.in_(stage_ids), *cohort(Stay, *months), outside,
                       actor.shared_filter("deal", Stay.deal_id))
                .group_by(Stay.stage_id)))
    return {stage: (deals, seconds) for stage, (deals, seconds) in totals.items() if deals}


def _months_query(actor: Actor, f: ReportFilter, stage_ids: list[int],
                  months: tuple[datetime, datetime]) -> Any:
    where = [Month.stage_id.in_(stage_ids), actor.owners_filter(Month.manager_id),
             sql.in_period(Month.month, months[0].date(), months[1].date())]
    if f.manager_id is not None:
        where.append(Month.manager_id == f.manager_id)
    if f.channel_id is not None:
        where.append(Month.channel_id == f.channel_id)
    return (select(Month.stage_id, func.sum(Month.deals), func.sum(Month.seconds))
            .where(*where).group_by(Month.stage_id))
