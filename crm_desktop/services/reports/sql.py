"""SQL pieces whose spelling differs between SQLite and PostgreSQL: durations, local calendar
buckets, exact money sums and the median. Everything here builds expressions; nothing runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    Float,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session

from crm_desktop.services.reports.filters import Grain


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def seconds_between(dialect: str, start: Any, end: Any) -> ColumnElement[float]:
    """Seconds from `start` to `end` (timestamps)."""
    if dialect == "postgresql":
        return cast(func.extract("epoch", end - start), Float)
    return (func.julianday(end) - func.julianday(start)) * 86400.0


def local_bucket(dialect: str, column: Any, grain: Grain,
                 offset_minutes: int) -> ColumnElement[Any]:
    """The first local day of the day / week (Monday) / month holding the UTC timestamp."""
    if dialect == "postgresql":
        local = func.timezone("UTC", column) + func.make_interval(0, 0, 0, 0, 0, offset_minutes)
        return cast(func.date_trunc(grain.value, local), Date)
    shift = f"{offset_minutes:+d} minutes"
    if grain is Grain.MONTH:
        return func.strftime("%Y-%m-01", column, shift)
    if grain is Grain.WEEK:
        return func.date(column, shift, "-6 days", "weekday 1")
    return func.date(column, shift)


def kopecks(amount: Any) -> ColumnElement[int]:
    """A money value as whole kopecks, rounded half away from zero (= half up for amounts)."""
    return cast(func.round(amount * 100), BigInteger)


def kopecks_sum(amount: Any) -> ColumnElement[int]:
    """Exact sum of money values in kopecks (SQLite's NUMERIC is a binary float)."""
    return func.coalesce(func.sum(kopecks(amount)), 0)


def line_kopecks(quantity: Any, price: Any, discount_pct: Any) -> ColumnElement[int]:
    """A line's amount, quantity × price × (100 − discount) / 100, half up to a kopeck, in
    integers on both backends: thousandths × kopecks × hundredths of a percent is the amount
    in 1e-7 kopecks, exact (lines below 9e9 roubles), and adding half before the integer
    division rounds half up (SQLite's ROUND of a binary float would round 1.5 kopecks down
    when the float is 1.4999...)."""
    scaled = (cast(func.round(quantity * 1000), BigInteger)
              * cast(func.round(price * 100), BigInteger)
              * cast(func.round((100 - discount_pct) * 100), BigInteger))
    return cast((scaled + 5_000_000) // 10_000_000, BigInteger)


def without_index(dialect: str, column: Any) -> Any:
    """`column` in a form SQLite's planner cannot use an index for (a unary plus: the same
    value), to leave it the index that serves the ORDER BY; PostgreSQL chooses by itself."""
    if dialect != "sqlite":
        return column
    return literal_column(f"+{column.table.name}.{column.name}", column.type)


def in_period(column: Any, start: Any, end: Any) -> ColumnElement[bool]:
    return and_(column >= start, column < end)


def median_by(dialect: str, values: Subquery, key: str, value: str,
              extra: Callable[[Any], list[Any]] | None = None) -> Select[Any]:
    """(key, average, median, *extra(value)) of `value` per `key` over the rows of `values`;
    `extra` makes more aggregates of the value column in the same pass.

    PostgreSQL has percentile_cont; SQLite gets the same answer from window functions in one
    pass over `values` (a second pass for the average doubled the time on a million rows): the
    middle row, or the mean of the two middle rows, of each group ordered by value."""
    k, v = values.c[key], values.c[value]
    more = extra or (lambda _column: [])
    if dialect == "postgresql":
        return select(k, func.avg(v), func.percentile_cont(0.5).within_group(v),
                      *more(v)).group_by(k)
    ranked = select(
        k.label("k"), v.label("v"),
        func.row_number().over(partition_by=k, order_by=v).label("rn"),
        func.count().over(partition_by=k).label("n"),
    ).subquery()
    middle = or_(ranked.c.rn == (ranked.c.n + 1) // 2, ranked.c.rn == (ranked.c.n + 2) // 2)
    return (select(ranked.c.k, func.avg(ranked.c.v), func.avg(case((middle, ranked.c.v))),
                   *more(ranked.c.v))
            .group_by(ranked.c.k))


def integer(value: Any) -> ColumnElement[int]:
    return cast(value, Integer)
