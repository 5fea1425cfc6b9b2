"""Indexes for the deals board: covering column sums, cards in stage order

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.create_index("ix_deals_pipeline_stage_amount", ["pipeline_id", "stage_id", "amount"])
        batch.create_index("ix_deals_stage_entered", ["stage_id", "stage_entered_at", "id"])


def downgrade() -> None:
    with op.batch_alter_table("deals") as batch:
        batch.drop_index("ix_deals_stage_entered")
        batch.drop_index("ix_deals_pipeline_stage_amount")
