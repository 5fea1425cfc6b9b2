"""Reports about clients and employees: time from first contact to first sale, task
discipline per employee, clients nobody has contacted for N days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import case, func, literal, select, union_all
from sqlalchemy.orm import Session

from crm_desktop.models import Activity, Client, Deal, Stage, StageKind, Task, TaskStatus, User
from crm_desktop.services.actor import Actor
from crm_desktop.services.reports import sql
from crm_desktop.services.reports.dto import (
    DurationBucket,
    NotContacted,
    QuietClient,
    TaskDiscipline,
    TaskRow,
    TimeToFirstSale,
)
from crm_desktop.services.reports.filters import ReportFilter, percent
from crm_desktop.services.reports.scope import client_conditions, user_conditions

DAY = 86400.0
BUCKET_DAYS: Sequence[int] = (7, 30, 90, 180)
OPEN_TASKS = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


def _days(seconds: float | None) -> Decimal | None:
    if seconds is None:
        return None
    return (Decimal(str(seconds)) / Decimal(str(DAY))).quantize(Decimal("0.1"), ROUND_HALF_UP)


def time_to_first_sale(session: Session, actor: Actor, f: ReportFilter) -> TimeToFirstSale:
    """Clients whose first won deal closed in the period: days from the first contact (the
    client's creation or its earliest activity, whichever came first) to that sale. The
    pipeline filter limits the deals; manager and channel are the client's."""
    dialect = sql.dialect_of(session)
    won = [Stage.kind == StageKind.WON, Deal.closed_at.is_not(None)]
    if f.pipeline_id is not None:
        won.append(Deal.pipeline_id == f.pipeline_id)
    first_sale = (select(Deal.client_id, func.min(Deal.closed_at).label("sold_at"))
                  .join(Stage, Stage.id == Deal.stage_id).where(*won)
                  .group_by(Deal.client_id).subquery())
    touches = union_all(
        select(Client.id.label("client_id"), Client.created_at.label("at")),
        select(Activity.client_id, Activity.occurred_at)).subquery()
    first_touch = (select(touches.c.client_id, func.min(touches.c.at).label("first_at"))
                   .group_by(touches.c.client_id).subquery())
    spans = (
        select(literal(1).label("k"), sql.seconds_between(
            dialect, first_touch.c.first_at, first_sale.c.sold_at).label("seconds"))
        .select_from(Client)
        .join(first_sale, first_sale.c.client_id == Client.id)
        .join(first_touch, first_touch.c.client_id == Client.id)
        .where(*client_conditions(actor, f),
               sql.in_period(first_sale.c.sold_at, f.start, f.end))).subquery()
    edges = [e * DAY for e in BUCKET_DAYS]

    def tallies(value: Any) -> list[Any]:  # clients in all, and up to each bucket's edge
        return [func.count(), *(func.count(case((value <= edge, 1))) for edge in edges)]

    # one pass over the spans (costly to make): average, median and the buckets together
    stats = session.execute(sql.median_by(dialect, spans, "k", "seconds", tallies)).first()
    if stats is None:
        return TimeToFirstSale(f, 0, None, None, ())
    clients, *cumulative = (int(n) for n in stats[3:])
    counts = [b - a for a, b in zip([0, *cumulative], [*cumulative, clients], strict=True)]
    limits: list[int | None] = [*BUCKET_DAYS, None]
    buckets = tuple(DurationBucket(limit, n) for limit, n in zip(limits, counts, strict=True))
    return TimeToFirstSale(f, clients, _days(float(stats[1])), _days(float(stats[2])), buckets)


def task_discipline(session: Session, actor: Actor, f: ReportFilter,
                    moment: datetime) -> TaskDiscipline:
    """Per employee: open and overdue tasks now; tasks completed in the period, and of those
    with a due time, the share completed by it. Pipeline and channel do not apply."""
    is_open = Task.status.in_(OPEN_TASKS)
    done = (Task.status == TaskStatus.DONE) & sql.in_period(Task.completed_at, f.start, f.end)
    with_due = done & Task.due_at.is_not(None)
    on_time = with_due & (Task.completed_at <= Task.due_at)
    count = func.count(Task.id)
    rows = session.execute(
        select(User.id, User.full_name, count.filter(is_open),
               count.filter(is_open & (Task.due_at < moment)), count.filter(done),
               count.filter(with_due), count.filter(on_time))
        .outerjoin(Task, Task.assignee_id == User.id)
        .where(User.is_active.is_(True), *user_conditions(actor, f))
        .group_by(User.id, User.full_name)
        .order_by(count.filter(is_open & (Task.due_at < moment)).desc(), User.full_name))
    return TaskDiscipline(f, tuple(
        TaskRow(int(u), name, int(o), int(late), int(d), int(wd), int(ot), percent(ot, wd))
        for u, name, o, late, d, wd, ot in rows))


def not_contacted(session: Session, actor: Actor, f: ReportFilter, days: int,
                  moment: datetime, limit: int) -> NotContacted:
    """Clients whose last contact is older than `days` days (or who were never contacted),
    longest silence first. The period does not apply: this is about today."""
    since = moment - timedelta(days=days)
    quiet = [*client_conditions(actor, f),
             (Client.last_contact_at < since) | Client.last_contact_at.is_(None)]
    total = session.scalar(select(func.count(Client.id)).where(*quiet)) or 0
    rows = session.execute(
        select(Client.id, Client.name, User.full_name, Client.last_contact_at)
        .outerjoin(User, User.id == Client.manager_id)
        .where(*quiet)
        .order_by(Client.last_contact_at.asc().nulls_first(), Client.id)
        .limit(limit))
    return NotContacted(f, days, int(total), tuple(
        QuietClient(cid, name, manager, last,
                    (moment - last).days if last is not None else None)
        for cid, name, manager, last in rows))
