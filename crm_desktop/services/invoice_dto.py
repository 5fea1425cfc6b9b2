"""Data the invoice and company services take and return."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import Decimal
from typing import Any

from crm_desktop.models import InvoiceStatus


@dataclass(frozen=True, slots=True)
class CompanyData:
    """Our own company's requisites as edited in Settings → Company."""

    name: str = ""
    full_legal_name: str | None = None
    inn: str | None = None
    kpp: str | None = None
    ogrn: str | None = None
    bank_name: str | None = None
    bik: str | None = None
    bank_account: str | None = None
    corr_account: str | None = None
    legal_address: str | None = None
    actual_address: str | None = None
    phone: str | None = None
    email: str | None = None
    director_name: str | None = None
    accountant_name: str | None = None
    default_vat_rate: Decimal | None = Decimal("20")


@dataclass(frozen=True, slots=True)
class CompanyProfileRow:
    data: CompanyData
    version: int


@dataclass(frozen=True, slots=True)
class Party:
    """A supplier's or buyer's requisites as printed; frozen into the invoice when issued."""

    name: str = ""
    inn: str | None = None
    kpp: str | None = None
    address: str | None = None
    phone: str | None = None
    bank_name: str | None = None
    bik: str | None = None
    bank_account: str | None = None
    corr_account: str | None = None
    director_name: str | None = None
    accountant_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, value: dict[str, Any] | None) -> Party:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (value or {}).items() if k in known})


@dataclass(frozen=True, slots=True)
class InvoiceLineData:
    name: str
    quantity: Decimal
    price: Decimal
    unit: str = "шт"
    vat_rate: Decimal | None = Decimal("20")  # None: без НДС
    discount_pct: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True)
class InvoiceLineRow:
    data: InvoiceLineData
    amount: Decimal  # after the discount, VAT included
    vat_amount: Decimal


@dataclass(frozen=True, slots=True)
class VatTotal:
    rate: Decimal | None  # None: the lines without VAT
    amount: Decimal  # the VAT included in these lines
    base: Decimal  # these lines' total, VAT included


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One line of an invoice list."""

    id: int
    year: int | None
    number: int | None
    issued_on: date | None
    status: InvoiceStatus
    paid_on: date | None
    client_id: int
    deal_id: int | None
    buyer_name: str
    total: Decimal
    version: int


@dataclass(frozen=True, slots=True)
class InvoiceCard:
    row: InvoiceRow
    supplier: Party
    buyer: Party
    lines: tuple[InvoiceLineRow, ...]
    vat_totals: tuple[VatTotal, ...]
    vat_total: Decimal
