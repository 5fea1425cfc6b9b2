"""Login gate for PostgreSQL lockouts, refused-record check, and the head's full rights

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26

PostgreSQL: `crm_gate_failed()` (called by the gate login after the server refused a
password), `crm_login_ok()`, `crm_record_hidden()` and `crm_sync_gate()`; on a database that
`crm-admin server init` has already set up, the gate login is created here too.
Both engines: the built-in head role (Руководитель) gets the right to manage users, as the
product's defaults say (head and administrator may do everything), unless an administrator
has changed any of its other rights.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from crm_desktop.migrations.security_0012 import DROP, FUNCTIONS, PRIVILEGES

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_HEAD_AS_SEEDED = (
    "key = 'head' AND is_builtin AND can_edit AND can_export AND can_copy AND can_print "
    "AND can_import AND can_delete AND can_manage_pipelines AND can_view_reports"
)


def upgrade() -> None:
    bind = op.get_bind()
    bind.execute(text(f"UPDATE roles SET can_manage_users = true WHERE {_HEAD_AS_SEEDED}"))
    if bind.dialect.name != "postgresql":
        return
    for statement in (*FUNCTIONS, *PRIVILEGES):
        bind.execute(text(statement))
    if bind.execute(text("SELECT 1 FROM settings WHERE key = 'pg_role_prefix'")).first():
        bind.execute(text("SELECT crm_sync_security()"))
        bind.execute(text("SELECT crm_sync_gate()"))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for statement in DROP:
            bind.execute(text(statement))
