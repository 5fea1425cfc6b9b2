"""Invoices ("Счёт на оплату"): frozen snapshots with yearly sequential numbers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import PERCENT, QUANTITY, Base, Versioned, str_enum
from crm_desktop.models.enums import InvoiceStatus


class InvoiceCounter(Base):
    """Last number issued per year; incremented under a row lock, never decremented."""

    __tablename__ = "invoice_counters"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(server_default="0")


class Invoice(Versioned, Base):
    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int | None]
    number: Mapped[int | None]  # assigned when issued
    issued_on: Mapped[date | None]
    status: Mapped[InvoiceStatus] = mapped_column(
        str_enum(InvoiceStatus, "invoice_status"), server_default=InvoiceStatus.DRAFT.value
    )
    paid_on: Mapped[date | None]
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), index=True
    )
    deal_id: Mapped[int | None] = mapped_column(
        ForeignKey("deals.id", ondelete="SET NULL"), index=True
    )
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    currency: Mapped[str] = mapped_column(String(3), server_default="RUB")
    supplier: Mapped[dict[str, Any]] = mapped_column(default=dict)  # requisites snapshot
    buyer: Mapped[dict[str, Any]] = mapped_column(default=dict)
    total: Mapped[Decimal] = mapped_column(server_default="0")
    vat_total: Mapped[Decimal] = mapped_column(server_default="0")

    lines: Mapped[list[InvoiceLine]] = relationship(
        order_by="InvoiceLine.position", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("year", "number", name="uq_invoices_year_number"),
        Index("ix_invoices_status_issued", "status", "issued_on"),
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    unit: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal]
    discount_pct: Mapped[Decimal] = mapped_column(PERCENT, server_default="0")
    vat_rate: Mapped[Decimal | None] = mapped_column(PERCENT)
    amount: Mapped[Decimal]
    vat_amount: Mapped[Decimal] = mapped_column(server_default="0")
