"""The funnel reads a summary row per deal, kept by triggers (deal_funnels, deal_stage_stays)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-27

The funnel counted deals per stage by grouping the whole stage history by deal at every call:
ten years of a million deals took 4-9 s. The per-deal summaries and the monthly sums of the stays (funnel_0014) are filled from
the history here and kept up to date by triggers on both backends; on PostgreSQL their rows
follow their deal's row-level security, and the CRM groups get read access.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from crm_desktop.migrations import funnel_0014

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _create_tables() -> None:
    op.create_table(
        "deal_funnels",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("pipeline_id", sa.Integer(), nullable=False),
        sa.Column("cohort_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entered", sa.String(length=1000), nullable=False),
        sa.Column("lost_from", sa.String(length=1000), nullable=False),
        sa.Column("loss_reason_id", sa.Integer(), nullable=True),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], ondelete="CASCADE",
                                name=op.f("fk_deal_funnels_deal_id_deals")),
        sa.ForeignKeyConstraint(["pipeline_id"], ["pipelines.id"], ondelete="CASCADE",
                                name=op.f("fk_deal_funnels_pipeline_id_pipelines")),
        sa.PrimaryKeyConstraint("deal_id", "pipeline_id", name=op.f("pk_deal_funnels")),
    )
    op.create_table(
        "deal_stage_stays",
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("cohort_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("manager_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], ondelete="CASCADE",
                                name=op.f("fk_deal_stage_stays_deal_id_deals")),
        sa.ForeignKeyConstraint(["stage_id"], ["stages.id"], ondelete="CASCADE",
                                name=op.f("fk_deal_stage_stays_stage_id_stages")),
        sa.PrimaryKeyConstraint("deal_id", "stage_id", name=op.f("pk_deal_stage_stays")),
    )
    op.create_table(
        "stage_stay_months",
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("manager_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("channel_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("deals", sa.BigInteger(), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["stage_id"], ["stages.id"], ondelete="CASCADE",
                                name=op.f("fk_stage_stay_months_stage_id_stages")),
        sa.PrimaryKeyConstraint("stage_id", "month", "manager_id", "channel_id",
                                name=op.f("pk_stage_stay_months")),
    )


def _create_indexes() -> None:
    op.create_index("ix_deal_funnels_paths", "deal_funnels",
                    ["pipeline_id", "entered", "lost_from", "loss_reason_id", "cohort_at",
                     "manager_id", "channel_id", "deal_id"])
    op.create_index("ix_deal_stage_stays_length", "deal_stage_stays",
                    ["stage_id", "seconds", "cohort_at", "manager_id", "channel_id", "deal_id"])
    op.create_index("ix_deal_stage_stays_cohort", "deal_stage_stays",
                    ["stage_id", "cohort_at", "seconds", "manager_id", "channel_id", "deal_id"])


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    _create_tables()
    for statement in funnel_0014.fill_statements(dialect):  # before the indexes: faster
        bind.execute(text(statement))
    _create_indexes()
    for statement in funnel_0014.trigger_statements(dialect):
        bind.execute(text(statement))
    if dialect != "postgresql":
        return
    prefix = bind.execute(
        text("SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix'")
    ).scalar_one()
    owner = bind.execute(text("SELECT current_user")).scalar_one()
    for statement in funnel_0014.policy_statements(str(prefix), str(owner)):
        bind.execute(text(statement))
    bind.execute(text("SELECT crm_sync_security()"))


def downgrade() -> None:
    for statement in funnel_0014.drop_trigger_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("stage_stay_months")
    op.drop_table("deal_stage_stays")
    op.drop_table("deal_funnels")
