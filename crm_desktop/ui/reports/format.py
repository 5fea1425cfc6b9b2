"""Numbers on the dashboard in the user's locale: roubles, percentages, durations, dates."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

DASH = "—"


def money(value: Decimal | None, decimals: int = 0) -> str:
    if value is None:
        return DASH
    return QLocale().toString(float(value), "f", decimals) + "\u00a0₽"


def money_short(value: float) -> str:
    """Roubles for chart axes: «950 ₽», «15 тыс. ₽», «5,3 млн ₽», «1,2 млрд ₽»."""
    for size, unit in ((1e9, QCoreApplication.translate("Reports", "%1 bn ₽")),
                       (1e6, QCoreApplication.translate("Reports", "%1 M ₽")),
                       (1e3, QCoreApplication.translate("Reports", "%1 k ₽"))):
        if abs(value) >= size:
            return unit.replace("%1", _short(value / size))
    return _short(value) + "\u00a0₽"


def _short(value: float) -> str:
    # one decimal only where it says something: 5,3 but 7 and 15
    decimals = 1 if abs(value) < 10 and round(value, 1) != round(value) else 0
    return QLocale().toString(float(value), "f", decimals)


def number(value: int | Decimal) -> str:
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 1 if value % 1 else 0)
    return QLocale().toString(value)


def percent(value: Decimal | None) -> str:
    return DASH if value is None else QLocale().toString(float(value), "f", 1) + "\u00a0%"


def days(value: Decimal | float | None) -> str:
    if value is None:
        return DASH
    text = QLocale().toString(float(value), "f", 1)
    return QCoreApplication.translate("Reports", "%1 d").replace("%1", text)


def duration(seconds: int | None) -> str:
    """Days with one decimal; hours for less than a day."""
    if seconds is None:
        return DASH
    if seconds < 86400:
        hours = QLocale().toString(seconds / 3600, "f", 1)
        return QCoreApplication.translate("Reports", "%1 h").replace("%1", hours)
    return days(seconds / 86400)


def period(start: date, grain: str) -> str:
    """A chart column's caption: «02.11» for days and weeks, «нояб. 2026» for months."""
    when = QDate(start.year, start.month, start.day)
    return QLocale().toString(when, "MMM yyyy" if grain == "month" else "dd.MM")


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")
