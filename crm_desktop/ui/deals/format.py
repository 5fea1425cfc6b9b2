"""Display formats of the board: whole roubles for sums, days in stage."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale


def money_short(amount: Decimal, currency: str = "RUB") -> str:
    """1234567.4 → '1 234 567 ₽' (whole units, Russian grouping); other currencies by code."""
    value = int(Decimal(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    text = QLocale(QLocale.Language.Russian, QLocale.Country.Russia).toString(value)
    sign = "₽" if currency.upper() in ("RUB", "") else currency.upper()
    return f"{text}\u00a0{sign}"


def days_text(days: int) -> str:
    """'5 дн.' — how long a deal has been in its stage."""
    return QCoreApplication.translate("DealBoard", "%n d.", "", days)
