"""PostgreSQL protects the client base itself: row-level security and per-role group roles

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

Every table holding client data gets ROW LEVEL SECURITY (forced, so the owner is filtered too)
with policies that derive the CRM user from `current_user` (`crm_uid()`), never from a setting
the client could change. Two NOLOGIN roles per database carry the policies: `<prefix>_see_all`
(`USING (true)`: roles with scope "all" keep every index usable, PITFALLS #2) and
`<prefix>_see_scoped` (own / team rows plus rows shared with the user). `crm_sync_security()`
(SECURITY DEFINER, owned by the database owner) turns the `roles` and `users` tables into one
group role per CRM role with only the privileges its flags allow, and each user's login into a
member of exactly that group. `crm_create_login()` lets user managers create logins without
CREATEROLE of their own. SQLite has no server to enforce anything: nothing changes there.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from crm_desktop.migrations.security_0004 import (
    FUNCTIONS,
    SCOPE_ROLES_AND_PREFIX,
    drop_statements,
    policy_statements,
)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    bind.execute(text(SCOPE_ROLES_AND_PREFIX))
    prefix = bind.execute(
        text("SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix'")
    ).scalar_one()
    owner = bind.execute(text("SELECT current_user")).scalar_one()
    for statement in FUNCTIONS:
        bind.execute(text(statement))
    for statement in policy_statements(str(prefix), str(owner)):
        bind.execute(text(statement))
    bind.execute(text("SELECT crm_sync_security()"))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in drop_statements():
        op.execute(statement)
