"""How numbers look in a printed report: roubles "12 345,67", "60,0 %", "3,4 дн.", dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from crm_desktop.reports.amount_words import money as money_text

DASH = "—"


def money(value: Decimal | None) -> str:
    if value is None:
        return DASH
    sign = "−" if value < 0 else ""
    return sign + money_text(abs(value))


def percent(value: Decimal | None) -> str:
    return DASH if value is None else f"{value:.1f}".replace(".", ",").replace("-", "−") + " %"


def count(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def days(value: Decimal | None) -> str:
    return DASH if value is None else f"{value:.1f}".replace(".", ",") + " дн."


def duration(seconds: int | None) -> str:
    """Days with one decimal, or hours for less than a day."""
    if seconds is None:
        return DASH
    if seconds < 86400:
        return f"{seconds / 3600:.1f}".replace(".", ",") + " ч"
    return days(Decimal(seconds) / Decimal(86400))


def day(value: date | datetime | None) -> str:
    return DASH if value is None else value.strftime("%d.%m.%Y")


def quantity(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")
