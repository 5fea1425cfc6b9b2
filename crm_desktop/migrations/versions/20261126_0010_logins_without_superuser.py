"""Logins can be created by a database owner that is not a superuser

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26

`crm_create_login()` and `crm_sync_security()` no longer name NOBYPASSRLS (only a superuser
may write that attribute); new roles do not bypass row security anyway.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from crm_desktop.migrations import security_0004, security_0009
from crm_desktop.migrations.security_0010 import CREATE_LOGIN, SYNC_FUNCTION

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(text(CREATE_LOGIN))
        bind.execute(text(SYNC_FUNCTION))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(text(security_0004.FUNCTIONS[-2]))
        bind.execute(text(security_0009.SYNC_FUNCTION))
