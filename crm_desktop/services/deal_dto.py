"""Data the deal services take and return."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from crm_desktop.models import StageKind


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
    from_stage_id: int | None
    to_stage_id: int
    changed_at: datetime
    changed_by_id: int | None


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
