"""What was sold and why deals were lost: top products of the won deals, loss reasons."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crm_desktop.models import Deal, DealItem, LossReason, Product, Stage, StageKind
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import LossReasons, LossRow, ProductRow, TopProducts
from crm_desktop.services.reports.filters import ReportFilter, money, percent
from crm_desktop.services.reports.revenue import won_conditions
from crm_desktop.services.reports.scope import deal_conditions


def top_products(session: Session, actor: Actor, f: ReportFilter, *, limit: int = 20,
                 by_quantity: bool = False) -> TopProducts:
    """Line items of the deals won in the period, per catalogue product (free-text lines
    per name); a line's amount is rounded half up to a kopeck before it is added."""
    amount = sql.line_kopecks(DealItem.quantity, DealItem.price, DealItem.discount_pct)
    free_name = case((DealItem.product_id.is_(None), DealItem.name))
    revenue, quantity = func.sum(amount), func.sum(DealItem.quantity)
    # the won deals as a semi-join on deal_id (their items found through its index, not
    # item ids joined back to the deals: 3x less work on a million deals); the total of all
    # groups is a window over the groups, so the lines are read once
    won = select(Deal.id).join(Stage, Stage.id == Deal.stage_id).where(*won_conditions(actor, f))
    order = (quantity.desc(), revenue.desc()) if by_quantity else (revenue.desc(), quantity.desc())
    rows = session.execute(
        select(DealItem.product_id, func.min(func.coalesce(Product.name, DealItem.name)),
               quantity, revenue, func.count(func.distinct(DealItem.deal_id)),
               func.sum(revenue).over())
        .outerjoin(Product, Product.id == DealItem.product_id)
        .where(DealItem.deal_id.in_(won))
        .group_by(DealItem.product_id, free_name)
        .order_by(*order, func.min(func.coalesce(Product.name, DealItem.name)))
        .limit(limit)).all()
    all_lines = money(rows[0][5] if rows else 0)
    result = tuple(
        ProductRow(product, str(name), Decimal(qty).quantize(Decimal("0.001")), money(k),
                   int(n), percent(money(k), all_lines))
        for product, name, qty, k, n, _all in rows)
    return TopProducts(f, result, all_lines)


def loss_reasons(session: Session, actor: Actor, f: ReportFilter) -> LossReasons:
    """Deals lost in the period (still lost), per loss reason, most frequent first."""
    count = func.count(Deal.id)
    rows = session.execute(
        select(Deal.loss_reason_id, LossReason.name, count, sql.kopecks_sum(Deal.amount))
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(LossReason, LossReason.id == Deal.loss_reason_id)
        .where(*deal_conditions(actor, f), Stage.kind == StageKind.LOST,
               sql.in_period(Deal.closed_at, f.start, f.end))
        .group_by(Deal.loss_reason_id, LossReason.name)
        .order_by(count.desc(), LossReason.name)).all()
    deals = sum(int(n) for _r, _name, n, _k in rows)
    result = tuple(LossRow(reason, name, int(n), money(k), percent(int(n), deals))
                   for reason, name, n, k in rows)
    return LossReasons(f, result, deals, sum((r.amount for r in result), Decimal("0.00")))
