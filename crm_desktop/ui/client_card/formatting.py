"""Display formats of the card: money in roubles, dd.MM.yyyy dates, mm:ss, file sizes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

NO_VALUE = "—"


def money(amount: Decimal | None) -> str:
    """1 234 567,00 ₽ (grouping and decimal mark from the locale)."""
    if amount is None:
        return NO_VALUE
    return QLocale().toString(float(amount), "f", 2) + "\u00a0₽"


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_text(value: date | None) -> str:
    if value is None:
        return NO_VALUE
    return qdate(value).toString("dd.MM.yyyy")


def local(value: datetime) -> datetime:
    """A stored (UTC, aware) moment in the workstation's time zone."""
    return value.astimezone() if value.tzinfo is not None else value


def qdatetime(value: datetime) -> QDateTime:
    moment = local(value)
    return QDateTime(qdate(moment), QTime(moment.hour, moment.minute, moment.second))


def datetime_text(value: datetime | None) -> str:
    if value is None:
        return NO_VALUE
    return qdatetime(value).toString("dd.MM.yyyy HH:mm")


def duration(seconds: int | None) -> str:
    """mm:ss, or h:mm:ss for an hour and longer."""
    if seconds is None:
        return NO_VALUE
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def parse_duration(text: str) -> int | None:
    """'5:07' or '307' → seconds; '' → None; anything else raises ValueError."""
    text = text.strip()
    if not text:
        return None
    parts = text.split(":")
    if len(parts) > 3 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(text)
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return seconds


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
