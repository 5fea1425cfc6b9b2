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


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")
