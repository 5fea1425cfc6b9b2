"""Automation rules, saved segments, sales targets, audit log and settings."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    false,
    func,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import PERCENT, Base, Versioned


class AutomationRule(Versioned, Base):
    """When <trigger> (with params), if <conditions>, then <actions> (services/automation)."""

    __tablename__ = "automation_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(server_default=true())
    trigger: Mapped[str] = mapped_column(String(40))  # deal_stage_entered, client_created, ...
    trigger_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    action: Mapped[str] = mapped_column(String(40))  # the first action's kind, for listings
    action_params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    conditions: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    actions: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    # "rollback": a failure undoes the triggering event; "skip": logged to the audit, skipped
    on_error: Mapped[str] = mapped_column(String(10), server_default="rollback")
    last_run_at: Mapped[datetime | None]


class AutomationRun(Base):
    """One firing of a time-based rule for one record and period: run_scheduled stays idempotent."""

    __tablename__ = "automation_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("automation_rules.id", ondelete="CASCADE"))
    record_kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int]
    period: Mapped[str] = mapped_column(String(40))
    fired_at: Mapped[datetime] = mapped_column(server_default=func.now())

    __table_args__ = (
        Index(
            "uq_automation_runs_firing", "rule_id", "record_kind", "record_id", "period",
            unique=True,
        ),
    )


class AutomationNotification(Base):
    """An in-app notification a rule left for a user (shown once by the bell)."""

    __tablename__ = "automation_notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    rule_id: Mapped[int | None] = mapped_column(
        ForeignKey("automation_rules.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(String(500))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    shown_at: Mapped[datetime | None]

    # no INSERT ... RETURNING: on PostgreSQL the author of a notice for someone else may not
    # read it back (row-level security, revision 0009); the id comes from the sequence first
    __table_args__ = (Index("ix_automation_notifications_user", "user_id", "shown_at", "id"),
                      {"implicit_returning": False})


class Segment(Versioned, Base):
    """A saved filter ("dynamic group"), private to its owner or shared."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(20), server_default="clients")
    is_shared: Mapped[bool] = mapped_column(server_default=false())
    filter: Mapped[dict[str, Any]] = mapped_column(default=dict)


class SalesTarget(Versioned, Base):
    """A manager's sales plan for one month."""

    __tablename__ = "sales_targets"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    month: Mapped[date]
    amount: Mapped[Decimal]

    __table_args__ = (Index("uq_sales_targets_user_month", "user_id", "month", unique=True),)


class AuditEntry(Base):
    """Append-only log of logins, exports, prints and changes; each row hashes the previous one."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True
    )
    occurred_at: Mapped[datetime] = mapped_column(server_default=func.now())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    login: Mapped[str | None] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_time", "occurred_at"),
        Index("ix_audit_log_user_time", "user_id", "occurred_at"),
    )


class CompanyProfile(Versioned, Base):
    """Our own company's requisites, printed on invoices. Exactly one row (id = 1)."""

    __tablename__ = "company_profile"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(300), server_default="")
    full_legal_name: Mapped[str | None] = mapped_column(String(500))
    inn: Mapped[str | None] = mapped_column(String(12))
    kpp: Mapped[str | None] = mapped_column(String(9))
    ogrn: Mapped[str | None] = mapped_column(String(15))
    bik: Mapped[str | None] = mapped_column(String(9))
    bank_name: Mapped[str | None] = mapped_column(String(300))
    bank_account: Mapped[str | None] = mapped_column(String(20))
    corr_account: Mapped[str | None] = mapped_column(String(20))
    legal_address: Mapped[str | None] = mapped_column(String(500))
    actual_address: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    director_name: Mapped[str | None] = mapped_column(String(200))
    accountant_name: Mapped[str | None] = mapped_column(String(200))
    default_vat_rate: Mapped[Decimal | None] = mapped_column(PERCENT)

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)


class Setting(Base):
    """Other application-wide settings as key → JSON value."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
