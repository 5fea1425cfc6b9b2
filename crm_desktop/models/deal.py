"""Pipelines, stages, deals, their stage history, products and line items."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text, false, func, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from crm_desktop.models.base import PERCENT, QUANTITY, Base, Versioned, str_enum
from crm_desktop.models.enums import StageKind


class Pipeline(Versioned, Base):
    __tablename__ = "pipelines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(server_default="0")
    forbid_skip: Mapped[bool] = mapped_column(server_default=false())
    is_archived: Mapped[bool] = mapped_column(server_default=false())

    stages: Mapped[list[Stage]] = relationship(
        back_populates="pipeline", order_by="Stage.position", cascade="all, delete-orphan"
    )


class Stage(Versioned, Base):
    __tablename__ = "stages"

    id: Mapped[int] = mapped_column(primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(
        ForeignKey("pipelines.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[StageKind] = mapped_column(str_enum(StageKind, "stage_kind"))
    position: Mapped[int] = mapped_column(server_default="0")
    is_key: Mapped[bool] = mapped_column(server_default=false())
    probability: Mapped[int] = mapped_column(server_default="0")
    # names of deal fields that must be filled in before a deal may enter this stage
    required_fields: Mapped[list[Any]] = mapped_column(default=list)
    is_archived: Mapped[bool] = mapped_column(server_default=false())

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


class LossReason(Versioned, Base):
    __tablename__ = "loss_reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(server_default="0")
    is_active: Mapped[bool] = mapped_column(server_default=true())


class Product(Versioned, Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    unit: Mapped[str] = mapped_column(String(20), server_default="шт")
    price: Mapped[Decimal]
    vat_rate: Mapped[Decimal | None] = mapped_column(PERCENT)  # None = без НДС
    stock_qty: Mapped[Decimal] = mapped_column(QUANTITY, server_default="0")
    is_active: Mapped[bool] = mapped_column(server_default=true())


deal_shares = Table(
    "deal_shares",
    Base.metadata,
    Column("deal_id", ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Deal(Versioned, Base):
    __tablename__ = "deals"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    # folded title; trigram-indexed by the migration (FTS5 / pg_trgm) like clients.search_text
    search_text: Mapped[str] = mapped_column(Text, server_default="")
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="RESTRICT"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipelines.id", ondelete="RESTRICT"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channels.id", ondelete="SET NULL"))
    amount: Mapped[Decimal] = mapped_column(server_default="0")
    currency: Mapped[str] = mapped_column(String(3), server_default="RUB")
    expected_close_on: Mapped[date | None]
    stage_entered_at: Mapped[datetime] = mapped_column(server_default=func.now())
    closed_at: Mapped[datetime | None]
    loss_reason_id: Mapped[int | None] = mapped_column(
        ForeignKey("loss_reasons.id", ondelete="RESTRICT")
    )
    loss_comment: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)

    items: Mapped[list[DealItem]] = relationship(
        back_populates="deal",
        order_by="DealItem.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    stage: Mapped[Stage] = relationship()

    __table_args__ = (
        Index("ix_deals_board", "pipeline_id", "stage_id", "stage_entered_at", "id"),
        Index("ix_deals_manager", "manager_id", "pipeline_id", "stage_id"),
        Index("ix_deals_closed", "closed_at", "stage_id"),
        Index("ix_deals_stage_amount", "stage_id", "amount"),
        # the board: sums per column without touching the table, cards in stage order
        Index("ix_deals_pipeline_stage_amount", "pipeline_id", "stage_id", "amount"),
        Index("ix_deals_stage_entered", "stage_id", "stage_entered_at", "id"),
        # revenue and loss reports: closed deals of a stage in a period, read from the index
        Index("ix_deals_stage_closed", "stage_id", "closed_at", "amount", "manager_id",
              "channel_id", "loss_reason_id"),
        # a client's deals; time to first sale: each client's first won deal from the index
        Index("ix_deals_client_stage_closed", "client_id", "stage_id", "closed_at"),
    )


class DealStageChange(Base):
    """One move of a deal between stages: who, when, from where to where."""

    __tablename__ = "deal_stage_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="RESTRICT"))
    changed_at: Mapped[datetime] = mapped_column(server_default=func.now())
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # when the deal left the stage (the next move's time); None while it is still there
    left_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_deal_stage_changes_deal", "deal_id", "changed_at"),
        Index("ix_deal_stage_changes_funnel", "to_stage_id", "changed_at", "deal_id"),
    )


class DealItem(Base):
    """A line item of a deal: a catalogue product or free text."""

    __tablename__ = "deal_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(server_default="0")
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(QUANTITY)
    unit: Mapped[str] = mapped_column(String(20), server_default="шт")
    price: Mapped[Decimal]
    discount_pct: Mapped[Decimal] = mapped_column(PERCENT, server_default="0")
    vat_rate: Mapped[Decimal | None] = mapped_column(PERCENT)

    deal: Mapped[Deal] = relationship(back_populates="items")
