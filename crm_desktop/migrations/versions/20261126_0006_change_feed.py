"""Live updates: PostgreSQL announces changes with NOTIFY, SQLite writes a small change log

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

PostgreSQL: after every insert, update or delete of a client, contact person, deal, task or
activity a trigger sends `pg_notify('crm_changes', {table, id, op, version, client_id})` —
ids only, never data: the workstations re-read through their own logins, so row-level security
decides what each one sees. Notifications go out on commit, so a rolled-back change is never
announced. SQLite: the same triggers append to `change_log`, which the workstations poll; every
500th row prunes all but the newest 10,000 rows.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# table -> the column naming the client the row belongs to
WATCHED = {"clients": "id", "contacts": "client_id", "deals": "client_id",
           "tasks": "client_id", "activities": "client_id"}
OPERATIONS = {"INSERT": "I", "UPDATE": "U", "DELETE": "D"}
KEEP_ROWS = 10_000
PRUNE_EVERY = 500

PG_FUNCTION = r"""
CREATE OR REPLACE FUNCTION crm_notify_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    r record;
    client integer;
BEGIN
    IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
    -- each branch is compiled for the table that reaches it: clients have no client_id
    IF TG_ARGV[0] = 'id' THEN
        client := r.id;
    ELSE
        client := r.client_id;
    END IF;
    PERFORM pg_notify('crm_changes', json_build_object(
        'table', TG_TABLE_NAME, 'id', r.id, 'op', left(TG_OP, 1), 'version', r.version,
        'client_id', client)::text);
    RETURN NULL;
END $$
"""


def _sqlite_triggers(table: str, client_column: str) -> list[str]:
    out = []
    for operation, code in OPERATIONS.items():
        row = "OLD" if operation == "DELETE" else "NEW"
        out.append(
            f"CREATE TRIGGER change_log_{table}_{code.lower()} AFTER {operation} ON {table} "
            f"BEGIN INSERT INTO change_log (table_name, row_id, op, client_id) "
            f"VALUES ('{table}', {row}.id, '{code}', {row}.{client_column}); END")
    return out


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True),
                  server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        for table, client_column in WATCHED.items():
            op.execute(f"CREATE TRIGGER crm_notify_change AFTER INSERT OR UPDATE OR DELETE "
                       f"ON {table} FOR EACH ROW EXECUTE FUNCTION "
                       f"crm_notify_change('{client_column}')")
        return
    for table, client_column in WATCHED.items():
        for statement in _sqlite_triggers(table, client_column):
            op.execute(statement)
    op.execute(f"CREATE TRIGGER change_log_prune AFTER INSERT ON change_log "
               f"WHEN NEW.id % {PRUNE_EVERY} = 0 "
               f"BEGIN DELETE FROM change_log WHERE id <= NEW.id - {KEEP_ROWS}; END")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in WATCHED:
            op.execute(f"DROP TRIGGER IF EXISTS crm_notify_change ON {table}")
        op.execute("DROP FUNCTION IF EXISTS crm_notify_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS change_log_prune")
        for table in WATCHED:
            for code in OPERATIONS.values():
                op.execute(f"DROP TRIGGER IF EXISTS change_log_{table}_{code.lower()}")
    op.drop_table("change_log")
