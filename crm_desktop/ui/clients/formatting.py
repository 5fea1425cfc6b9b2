"""Display formats of the client list: phones, roubles, dates and short person names."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QLocale, QTime

_NON_DIGITS = re.compile(r"\D")
_CENT = Decimal("0.01")


def phone_text(stored: str | None) -> str:
    """'+79123456789' → '+7 912 345-67-89'; other countries in the international format.

    Russian numbers stored as typed ('8 (912) 345-67-89', '89123456789') are shown the same way.
    """
    if not stored:
        return ""
    digits = _NON_DIGITS.sub("", stored)
    international = stored.startswith("+")
    if len(digits) == 11 and (stored.startswith("+7") or not international and digits[0] in "78"):
        return f"+7 {digits[1:4]} {digits[4:7]}-{digits[7:9]}-{digits[9:]}"
    if not international:
        return stored
    try:
        import phonenumbers  # noqa: PLC0415 - only for foreign numbers, keeps start-up light

        number = phonenumbers.parse(stored, None)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except Exception:  # noqa: BLE001 - whatever the library thinks, show what is stored
        return stored


def _ru() -> QLocale:
    return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)


def money_text(amount: Decimal | None, *, blank_zero: bool = False) -> str:
    """1 234 567,00 ₽ — grouping by the Russian locale, exact for any Numeric(16, 2)."""
    if amount is None or (blank_zero and not amount):
        return ""
    value = Decimal(amount).quantize(_CENT, rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    locale = _ru()
    return f"{sign}{locale.toString(int(whole))}{locale.decimalPoint()}{cents}\u00a0₽"


def local_moment(value: datetime) -> datetime:
    """A stored moment (UTC, aware) in the workstation's time zone."""
    return value.astimezone() if value.tzinfo is not None else value


def date_text(value: datetime | None) -> str:
    """dd.MM.yyyy in local time."""
    if value is None:
        return ""
    moment = local_moment(value)
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), "dd.MM.yyyy")


def datetime_text(value: datetime | None) -> str:
    """dd.MM.yyyy HH:mm in local time."""
    if value is None:
        return ""
    moment = local_moment(value)
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "dd.MM.yyyy")
    return f"{day} {QLocale().toString(QTime(moment.hour, moment.minute), 'HH:mm')}"


def short_person(full_name: str | None) -> str:
    """'Иванова Анна Сергеевна' → 'Иванова А.'; a single word stays as it is."""
    if not full_name:
        return ""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return f"{parts[0]} {parts[1][0]}." if parts[1][:1].isalpha() else full_name


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: str) -> str:
    """Put values into a translated template's %1, %2, … at once (a value may contain '%2')."""
    return _PLACEHOLDER.sub(
        lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
        else m.group(0), template)
