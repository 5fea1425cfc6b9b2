"""The funnel's per-deal summaries, kept by database triggers from the stage history
(migrations/funnel_0014.py): the report reads a row per deal instead of every move."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.models.base import Base


class DealFunnel(Base):
    """A deal's way through one pipeline: its cohort (first move into the pipeline), the
    stages it entered and was lost from as ",6,7," sets, its loss reason, manager, channel."""

    __tablename__ = "deal_funnels"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True)
    pipeline_id: Mapped[int] = mapped_column(
        ForeignKey("pipelines.id", ondelete="CASCADE"), primary_key=True)
    cohort_at: Mapped[datetime]
    entered: Mapped[str] = mapped_column(String(1000))
    lost_from: Mapped[str] = mapped_column(String(1000))
    # copies of the deal's, without foreign keys: the deal's own follow users and channels
    loss_reason_id: Mapped[int | None]
    manager_id: Mapped[int | None]
    channel_id: Mapped[int | None]

    __table_args__ = (
        # the funnel groups a pipeline's rows by their way through it, in this order
        Index("ix_deal_funnels_paths", "pipeline_id", "entered", "lost_from", "loss_reason_id",
              "cohort_at", "manager_id", "channel_id", "deal_id"),
    )


class DealStageStay(Base):
    """A deal's ended stays in one stage, in seconds, added up."""

    __tablename__ = "deal_stage_stays"

    deal_id: Mapped[int] = mapped_column(
        ForeignKey("deals.id", ondelete="CASCADE"), primary_key=True)
    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    seconds: Mapped[int] = mapped_column(BigInteger)
    cohort_at: Mapped[datetime]
    manager_id: Mapped[int | None]
    channel_id: Mapped[int | None]

    __table_args__ = (
        # the median walks a stage's stays in order of length; every column a report filters
        # on is in both indexes (deal_id: shares), so neither reads the table
        Index("ix_deal_stage_stays_length", "stage_id", "seconds", "cohort_at", "manager_id",
              "channel_id", "deal_id"),
        Index("ix_deal_stage_stays_cohort", "stage_id", "cohort_at", "seconds", "manager_id",
              "channel_id", "deal_id"),
    )


class StageStayMonth(Base):
    """The ended stays of the deals of one cohort month (UTC), stage, manager and channel
    (0: none), added up: the average time in stage over whole months reads these."""

    __tablename__ = "stage_stay_months"

    stage_id: Mapped[int] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[date] = mapped_column(primary_key=True)
    manager_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    channel_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    deals: Mapped[int] = mapped_column(BigInteger)
    seconds: Mapped[int] = mapped_column(BigInteger)
