"""The audit log is written by the server; sign-in lockout counters

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26

users.failed_logins / locked_until lock an account after repeated wrong passwords (SQLite mode;
PostgreSQL checks passwords itself). On PostgreSQL every insert into audit_log is sealed by a
trigger (author from the login, server time, the hash chained to the previous entry), and a
trigger on every table with client data logs each change a CRM login makes with the old and
new values, so a modified client cannot skip it. `crm_audit_verify()` returns the first broken
link. Entries written before this revision are re-sealed in the server's format.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from crm_desktop.migrations.audit_0005 import (
    FUNCTIONS,
    RESEAL,
    drop_statements,
    trigger_statements,
)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("failed_logins", sa.Integer(), server_default="0",
                                   nullable=False))
        batch.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in FUNCTIONS:
        op.execute(statement)
    op.execute(RESEAL)
    for statement in trigger_statements():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in drop_statements():
            op.execute(statement)
    with op.batch_alter_table("users") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_logins")
