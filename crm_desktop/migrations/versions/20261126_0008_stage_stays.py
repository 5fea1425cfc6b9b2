"""Each stay in a stage knows when it ended (deal_stage_changes.left_at)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26

The funnel's time in stage read the next move of every deal through a window over the whole
stage history; with `left_at` (written by the move that ends the stay) it reads only the stays
of the period through the (to_stage_id, changed_at) index. Existing history is filled in here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BACKFILL = """
UPDATE deal_stage_changes SET left_at = later.next_at
FROM (SELECT id, lead(changed_at) OVER (PARTITION BY deal_id ORDER BY changed_at, id) AS next_at
      FROM deal_stage_changes) AS later
WHERE later.id = deal_stage_changes.id AND later.next_at IS NOT NULL
"""


def upgrade() -> None:
    with op.batch_alter_table("deal_stage_changes") as batch:
        batch.add_column(sa.Column("left_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table("deal_stage_changes") as batch:
        batch.drop_column("left_at")
