"""Numbers of the deal card: parsing what was typed, VAT included in a line, time in a stage."""

from __future__ import annotations

from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from crm_desktop.services.deal_dto import DealItemData
from crm_desktop.services.deal_items import line_amount
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
DAYS = QT_TRANSLATE_NOOP("DealAmounts", "%1 d")
HOURS = QT_TRANSLATE_NOOP("DealAmounts", "%1 h")
MINUTES = QT_TRANSLATE_NOOP("DealAmounts", "%1 min")
VAT_CHOICES: tuple[Decimal | None, ...] = (Decimal("20"), Decimal("10"), Decimal("0"), None)


def parse_decimal(text: str) -> Decimal:
    """'1 234,5' or '1234.5' → Decimal; raises ValueError on anything else."""
    cleaned = (text.strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
               .replace("\u2212", "-").rstrip("%"))
    if not cleaned:
        raise ValueError(text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


def edit_text(value: Decimal) -> str:
    """A price for a line edit, grouped like the totals beside it: '89 900,00' (read back by
    parse_decimal)."""
    return format(value, ",f").replace(",", " ").replace(".", ",")


def select_vat(combo: QComboBox, rate: Decimal | None) -> None:
    """Choose the VAT entry equal to `rate`: 10 and 10.00 alike (findData would compare the
    Decimal objects by identity and silently fall back to the first entry)."""
    for index in range(combo.count()):
        data = combo.itemData(index)
        if (data is None and rate is None) or (
                data is not None and rate is not None and Decimal(data) == Decimal(rate)):
            combo.setCurrentIndex(index)
            return


def vat_text(rate: Decimal | None) -> str:
    if rate is None:
        return QCoreApplication.translate("DealAmounts", "no VAT")
    return f"{rate.normalize():f}\u00a0%"


def vat_included(item: DealItemData) -> Decimal:
    """The VAT inside a line's total (prices include VAT, as on a Russian invoice)."""
    if not item.vat_rate:
        return Decimal("0.00")
    amount = line_amount(item)
    return (amount * item.vat_rate / (Decimal(100) + item.vat_rate)).quantize(CENT, ROUND_HALF_UP)


def _part(template: str, value: int) -> str:
    return QCoreApplication.translate("DealAmounts", template).replace("%1", str(value))


def stay_text(stayed: timedelta) -> str:
    """How long a deal stayed in a stage: "3 дн. 4 ч", "2 ч 15 мин", "5 мин"."""
    minutes = max(0, int(stayed.total_seconds()) // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        parts = [_part(DAYS, days)] + ([_part(HOURS, hours)] if hours else [])
    elif hours:
        parts = [_part(HOURS, hours)] + ([_part(MINUTES, mins)] if mins else [])
    else:
        parts = [_part(MINUTES, mins)]
    return " ".join(parts)
