"""The automation tables under the client-base protection (PostgreSQL)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26

Rules fire inside a salesperson's own save, so their group roles may write the runs and the
notices; a notice names clients and deals, so only the user it is for can read it.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from crm_desktop.migrations import security_0004
from crm_desktop.migrations.security_0009 import DROP, SYNC_FUNCTION, policy_statements

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
    if bind.dialect.name != "postgresql":
        return
    for statement in DROP:
        bind.execute(text(statement))
    bind.execute(text(security_0004.FUNCTIONS[-1]))
