"""Line items of a deal: the amount of a line and the checks of what a line may hold."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.services import validation
from crm_desktop.services.deal_dto import DealItemData, item_field
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

CENT = Decimal("0.01")
BAD_QUANTITY = QT_TRANSLATE_NOOP("Errors", "The quantity must be greater than zero.")
BAD_DISCOUNT = QT_TRANSLATE_NOOP("Errors", "A discount is between 0 and 100%.")


def line_amount(item: DealItemData) -> Decimal:
    gross = item.quantity * item.price * (Decimal(100) - item.discount_pct) / Decimal(100)
    return gross.quantize(CENT, ROUND_HALF_UP)


def validate_item(index: int, item: DealItemData) -> DealItemData:
    """Check line `index`; an error names the line (`items[2].quantity`) for the form."""
    name = validation.require_text(item.name, field=item_field(index, "name"), limit=300)
    if item.quantity is None or Decimal(item.quantity) <= 0:
        raise ValidationError(item_field(index, "quantity"), BAD_QUANTITY)
    price = validation.money(item.price, field=item_field(index, "price"))
    discount = Decimal(item.discount_pct or 0)
    if not Decimal(0) <= discount <= Decimal(100):
        raise ValidationError(item_field(index, "discount_pct"), BAD_DISCOUNT)
    unit = validation.require_text(item.unit, field=item_field(index, "unit"), limit=20)
    return DealItemData(
        name, Decimal(item.quantity), price, unit, discount, item.vat_rate, item.product_id
    )
