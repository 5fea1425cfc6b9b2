"""Revenue won: by period, by manager, by acquisition channel (with the channel's spend), and
plan vs fact. A deal counts as won when its current stage is a won stage and it was closed in
the period; its amount is the revenue."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Channel, ChannelSpend, Deal, SalesTarget, Stage, StageKind, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import (
    ChannelRow,
    ManagerRevenue,
    PlanRow,
    PlanVsFact,
    RevenueByChannel,
    RevenueByManager,
    RevenueByPeriod,
    RevenuePoint,
)
from crm_desktop.services.reports.filters import Grain, ReportFilter, money, per, percent
from crm_desktop.services.reports.scope import deal_conditions, user_conditions


def won_conditions(actor: Actor, f: ReportFilter) -> list[ColumnElement[bool]]:
    """Deals won in the period (join Stage on the deal's stage)."""
    return [*deal_conditions(actor, f), Stage.kind == StageKind.WON,
            sql.in_period(Deal.closed_at, f.start, f.end)]


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def by_period(session: Session, actor: Actor, f: ReportFilter, grain: Grain) -> RevenueByPeriod:
    bucket = sql.local_bucket(sql.dialect_of(session), Deal.closed_at, grain,
                              f.utc_offset_minutes).label("bucket")
    rows = session.execute(
        select(bucket, func.count(Deal.id), sql.kopecks_sum(Deal.amount))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(*won_conditions(actor, f))
        .group_by(bucket).order_by(bucket)).all()
    points = tuple(RevenuePoint(_as_date(b), int(n), money(k)) for b, n, k in rows)
    deals = sum(p.deals for p in points)
    revenue = sum((p.revenue for p in points), Decimal("0.00"))
    return RevenueByPeriod(f, grain, points, deals, revenue, per(revenue, deals))


def _won_by_manager(session: Session, actor: Actor, f: ReportFilter) -> list[Any]:
    return list(session.execute(
        select(Deal.manager_id, User.full_name, func.count(Deal.id), sql.kopecks_sum(Deal.amount))
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(User, User.id == Deal.manager_id)
        .where(*won_conditions(actor, f))
        .group_by(Deal.manager_id, User.full_name)
        .order_by(sql.kopecks_sum(Deal.amount).desc(), User.full_name)))


def by_manager(session: Session, actor: Actor, f: ReportFilter) -> RevenueByManager:
    rows = _won_by_manager(session, actor, f)
    total = sum((money(k) for *_rest, k in rows), Decimal("0.00"))
    deals = sum(int(n) for _m, _name, n, _k in rows)
    result = tuple(
        ManagerRevenue(manager, name, int(n), money(k), per(money(k), int(n)),
                       percent(money(k), total))
        for manager, name, n, k in rows)
    return RevenueByManager(f, result, deals, total)


def _spend(session: Session, f: ReportFilter) -> dict[int | None, Decimal]:
    rows = session.execute(
        select(ChannelSpend.channel_id, sql.kopecks_sum(ChannelSpend.amount))
        .where(ChannelSpend.month >= f.first_month, ChannelSpend.month <= f.last_month)
        .group_by(ChannelSpend.channel_id))
    return {channel: money(k) for channel, k in rows}


def by_channel(session: Session, actor: Actor, f: ReportFilter) -> RevenueByChannel:
    """Leads are the deals created in the period; spend is that of every month the period
    touches (a whole month counts even when the period covers part of it)."""
    leads = dict(session.execute(
        select(Deal.channel_id, func.count(Deal.id))
        .where(*deal_conditions(actor, f), sql.in_period(Deal.created_at, f.start, f.end))
        .group_by(Deal.channel_id)).all())
    won = {channel: (int(n), money(k)) for channel, n, k in session.execute(
        select(Deal.channel_id, func.count(Deal.id), sql.kopecks_sum(Deal.amount))
        .join(Stage, Stage.id == Deal.stage_id)
        .where(*won_conditions(actor, f)).group_by(Deal.channel_id))}
    spend = _spend(session, f) if f.channel_id is None else {
        k: v for k, v in _spend(session, f).items() if k == f.channel_id}
    names = dict(session.execute(select(Channel.id, Channel.name)).all())
    keys = sorted({*leads, *won, *spend}, key=lambda c: (c is None, names.get(c or 0, ""), c))
    rows = []
    for channel in keys:
        lead_count = int(leads.get(channel, 0))
        sales, revenue = won.get(channel, (0, Decimal("0.00")))
        cost = spend.get(channel, Decimal("0.00"))
        rows.append(ChannelRow(
            channel, names.get(channel) if channel is not None else None, lead_count, sales,
            revenue, percent(sales, lead_count), per(revenue, sales), cost,
            per(cost, lead_count) if cost else None, per(cost, sales) if cost else None,
            percent(revenue - cost, cost)))
    rows.sort(key=lambda r: (-r.revenue, r.name is None, r.name or ""))
    return RevenueByChannel(f, tuple(rows))


def plan_vs_fact(session: Session, actor: Actor, f: ReportFilter) -> PlanVsFact:
    """Targets of the months the period touches against revenue won in the period."""
    plans = dict(session.execute(
        select(SalesTarget.user_id, sql.kopecks_sum(SalesTarget.amount))
        .join(User, User.id == SalesTarget.user_id)
        .where(*user_conditions(actor, f), SalesTarget.month >= f.first_month,
               SalesTarget.month <= f.last_month)
        .group_by(SalesTarget.user_id)).all())
    visible = select(User.id).where(*user_conditions(actor, f))
    facts = {m: k for m, _name, _n, k in _won_by_manager(session, actor, f)
             if m is not None}
    names = dict(session.execute(
        select(User.id, User.full_name).where(User.id.in_(visible))).all())
    rows = tuple(sorted(
        (PlanRow(user, names[user], money(plans.get(user)), money(facts.get(user)),
                 percent(money(facts.get(user)), money(plans.get(user))))
         for user in {*plans, *facts} if user in names),
        key=lambda r: (-(r.done or Decimal(-1)), r.name)))
    return PlanVsFact(f, rows, sum((r.plan for r in rows), Decimal("0.00")),
                      sum((r.fact for r in rows), Decimal("0.00")))
