"""What every report is asked for: the period and the optional pipeline, manager and channel;
and the rounding rules shared by all reports.

Rounding rule: money is summed exactly (integer kopecks on SQLite, whose NUMERIC is binary
floating point; NUMERIC on PostgreSQL); a line's amount is rounded half up to a kopeck before
it is summed; derived amounts (average check, cost per lead or sale) are rounded half up to a
kopeck once, from the exact totals; percentages are rounded half up to one decimal place.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

CENT = Decimal("0.01")
TENTH = Decimal("0.1")
HUNDRED = Decimal(100)
PERIOD_REVERSED = QT_TRANSLATE_NOOP("Errors", "The period ends before it starts.")


class Grain(enum.StrEnum):
    """How revenue by period is grouped; weeks start on Monday."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """The period is inclusive and in local dates; `utc_offset_minutes` says which local time
    (Moscow: 180) so that a deal won at 01:00 local counts on its local day."""

    date_from: date
    date_to: date
    pipeline_id: int | None = None
    manager_id: int | None = None
    channel_id: int | None = None
    utc_offset_minutes: int = 0

    def checked(self) -> ReportFilter:
        if self.date_to < self.date_from:
            raise ValidationError("date_to", PERIOD_REVERSED)
        return self

    def _zone(self) -> timezone:
        return timezone(timedelta(minutes=self.utc_offset_minutes))

    @property
    def start(self) -> datetime:
        """The first moment of the period (UTC)."""
        return datetime.combine(self.date_from, time(), self._zone()).astimezone(UTC)

    @property
    def end(self) -> datetime:
        """The first moment after the period (UTC)."""
        day_after = self.date_to + timedelta(days=1)
        return datetime.combine(day_after, time(), self._zone()).astimezone(UTC)

    @property
    def first_month(self) -> date:
        return self.date_from.replace(day=1)

    @property
    def last_month(self) -> date:
        return self.date_to.replace(day=1)


def money(kopecks: int | Decimal | None) -> Decimal:
    """An exact sum in kopecks as roubles."""
    return (Decimal(int(kopecks or 0)) / HUNDRED).quantize(CENT)


def per(amount: Decimal, count: int | Decimal) -> Decimal | None:
    """Amount per unit (average check, cost per lead), half up to a kopeck; None for 0 units."""
    if not count:
        return None
    return (amount / Decimal(count)).quantize(CENT, ROUND_HALF_UP)


def percent(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """part / whole in percent, half up to 0.1; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) * HUNDRED / Decimal(whole)).quantize(TENTH, ROUND_HALF_UP)
