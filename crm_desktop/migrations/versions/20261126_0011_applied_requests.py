"""Applied request keys: a retried save is not applied twice

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26

A form sends one key (a uuid4) with a save and the same key with its retries; the service
records the key in the save's own transaction and, when the key is already there (the first
attempt committed but its answer was lost), returns the recorded record instead of writing
again. PostgreSQL: every group may insert and delete keys, row-level security limits each
user to their own. Keys older than 7 days are purged by their user (services/idempotency.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy import text

from crm_desktop.migrations import security_0010
from crm_desktop.migrations.security_0011 import DROP, SYNC_FUNCTION, policy_statements

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "applied_requests",
        sa.Column("request_key", sa.String(length=36), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(),
                  nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_applied_requests_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("request_key", name=op.f("pk_applied_requests")),
    )
    op.create_index("ix_applied_requests_user_id_created_at", "applied_requests",
                    ["user_id", "created_at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    owner = bind.execute(text("SELECT current_user")).scalar_one()
    bind.execute(text(SYNC_FUNCTION))
    for statement in policy_statements(str(owner)):
        bind.execute(text(statement))
    bind.execute(text("SELECT crm_sync_security()"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in DROP:
            bind.execute(text(statement))
        bind.execute(text(security_0010.SYNC_FUNCTION))
    op.drop_index("ix_applied_requests_user_id_created_at", table_name="applied_requests")
    op.drop_table("applied_requests")
