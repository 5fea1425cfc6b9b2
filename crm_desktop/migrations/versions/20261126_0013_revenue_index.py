"""Covering index for the revenue reports: won deals by stage and closing date

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26

Revenue by period, manager and channel and the loss reasons read deals of the won (or lost)
stages closed within the period; with everything they add up in the index, ten years of a
million deals are read without touching the table (SQLite: 1.2-1.6 s -> 0.3-0.6 s).
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMNS = ["stage_id", "closed_at", "amount", "manager_id", "channel_id", "loss_reason_id"]


def upgrade() -> None:
    op.create_index("ix_deals_stage_closed", "deals", COLUMNS)


def downgrade() -> None:
    op.drop_index("ix_deals_stage_closed", table_name="deals")
