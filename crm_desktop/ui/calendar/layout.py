"""Calendar geometry without painting: the range a mode shows and where a moment sits."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

FIRST_HOUR, LAST_HOUR = 7, 21  # rows from 07:00 to 21:00; earlier/later times sit at the edges
SLOT_MINUTES = 30


class Mode(enum.Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class Span:
    first: date
    days: int

    @property
    def last(self) -> date:
        return self.first + timedelta(days=self.days - 1)

    def start(self) -> datetime:
        return datetime.combine(self.first, time()).astimezone()

    def end(self) -> datetime:
        return datetime.combine(self.first + timedelta(days=self.days), time()).astimezone()

    def dates(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range(self.days)]


def span_of(mode: Mode, anchor: date) -> Span:
    if mode is Mode.DAY:
        return Span(anchor, 1)
    if mode is Mode.WEEK:
        return Span(anchor - timedelta(days=anchor.weekday()), 7)
    first = anchor.replace(day=1)
    return Span(first - timedelta(days=first.weekday()), 42)


def step(mode: Mode, anchor: date, forward: bool) -> date:
    sign = 1 if forward else -1
    if mode is Mode.DAY:
        return anchor + timedelta(days=sign)
    if mode is Mode.WEEK:
        return anchor + timedelta(days=7 * sign)
    month = anchor.month - 1 + sign
    return date(anchor.year + month // 12, month % 12 + 1, 1)


def hour_position(moment: datetime) -> float:
    """Rows from FIRST_HOUR (0.0) to LAST_HOUR + 1; outside times are pinned to the edges."""
    local = moment.astimezone()
    hours = local.hour + local.minute / 60
    return min(max(hours, FIRST_HOUR), LAST_HOUR + 0.5) - FIRST_HOUR


def slot_time(fraction_of_day_rows: float) -> time:
    """The half-hour slot at a vertical position given in rows from FIRST_HOUR."""
    minutes = int(fraction_of_day_rows * 60) // SLOT_MINUTES * SLOT_MINUTES
    minutes = max(0, min(minutes, (LAST_HOUR - FIRST_HOUR + 1) * 60 - SLOT_MINUTES))
    return (datetime.combine(date.today(), time(FIRST_HOUR)) + timedelta(minutes=minutes)).time()
