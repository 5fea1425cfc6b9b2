"""A client's deals indexed with their stage and closing time (time to first sale)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-27

Time to first sale takes each client's first won deal: with `(client_id)` alone every one of a
million deals was looked up in the table (SQLite, ten years: 2.4 s); `(client_id, stage_id,
closed_at)` answers from the index (0.13 s for that part) and still serves every look-up of a
client's deals, so it replaces the old index.
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_deals_client_stage_closed", "deals",
                    ["client_id", "stage_id", "closed_at"])
    op.drop_index("ix_deals_client_id", table_name="deals")


def downgrade() -> None:
    op.create_index("ix_deals_client_id", "deals", ["client_id"])
    op.drop_index("ix_deals_client_stage_closed", table_name="deals")
