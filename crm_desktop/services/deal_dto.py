"""Data the deal services take and return."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from crm_desktop.models import StageKind

_ITEM_FIELD = re.compile(r"items\[(\d+)\]\.(\w+)")


def item_field(index: int, name: str) -> str:
    """The field name of a line-item error: `items[2].quantity` is the third line's quantity."""
    return f"items[{index}].{name}"


def split_item_field(field: str) -> tuple[int, str] | None:
    """(line index, field name) of an `item_field`, or None for any other field."""
    match = _ITEM_FIELD.fullmatch(field)
    return (int(match.group(1)), match.group(2)) if match else None


@dataclass(frozen=True, slots=True)
class DealItemData:
    name: str
    quantity: Decimal
    price: Decimal
    unit: str = "шт"
    discount_pct: Decimal = Decimal("0")
    vat_rate: Decimal | None = None
    product_id: int | None = None


@dataclass(frozen=True, slots=True)
class DealData:
    title: str = ""
    client_id: int = 0
    pipeline_id: int = 0
    stage_id: int | None = None  # None: the pipeline's first stage (only on create)
    contact_id: int | None = None
    manager_id: int | None = None
    channel_id: int | None = None
    amount: Decimal = Decimal("0")  # ignored when there are items
    currency: str = "RUB"
    expected_close_on: date | None = None
    note: str | None = None
    items: tuple[DealItemData, ...] = ()


@dataclass(frozen=True, slots=True)
class DealItemRow:
    id: int
    data: DealItemData
    amount: Decimal


@dataclass(frozen=True, slots=True)
class StageChangeRow:
    """One move; the stage names are read with it, so an archived stage keeps its name."""

    from_stage_id: int | None
    to_stage_id: int
    changed_at: datetime
    changed_by_id: int | None
    from_stage_name: str | None = None
    to_stage_name: str = ""
    from_archived: bool = False
    to_archived: bool = False


@dataclass(frozen=True, slots=True)
class DealCard:
    id: int
    data: DealData
    stage_kind: StageKind
    stage_entered_at: datetime
    closed_at: datetime | None
    loss_reason_id: int | None
    loss_comment: str | None
    items: tuple[DealItemRow, ...]
    history: tuple[StageChangeRow, ...]
    version: int
