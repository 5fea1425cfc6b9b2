"""PostgreSQL: new clients, contact persons and phones/e-mails are audited and announced once
per statement (transition tables), not once per row

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-27

Importing 100,000 clients wrote about 400,000 rows, and revision 0005's audit trigger and
revision 0006's change-feed trigger ran for each of them: 17 s and 6 s of a 35 s import, even
for the owner's sessions, which the audit skips. On clients, contacts and contact_methods an
INSERT now fires one statement-level trigger per table that reads the inserted rows from a
transition table and writes the same audit entries (one per row, in the order the rows were
inserted, each sealed into the hash chain by `crm_audit_seal`) and sends the same
notifications (one per row, the same payload). Updates and deletes keep the row triggers.
SQLite is untouched: its change-log triggers already run set-wise during an import.
"""

from __future__ import annotations

from alembic import op

from crm_desktop.migrations.audit_0005 import DERIVED

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# table -> the entity name the audit log uses (revision 0005's names)
AUDITED = {"clients": "client", "contacts": "contact", "contact_methods": "contact_method"}
# table -> the column naming the client the row belongs to (revision 0006's)
WATCHED = {"clients": "id", "contacts": "client_id"}
NEW_ROWS = "crm_new_rows"

# revision 0005's crm_audit_change() for the INSERT case, for every row of the statement: the
# row's non-null columns except the derived ones, as 'new'; nothing for a CRM-less session
AUDIT_INSERT = rf"""
CREATE OR REPLACE FUNCTION crm_audit_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    uid integer := (SELECT crm_uid());
    derived text[] := TG_ARGV[1:TG_NARGS - 1];
BEGIN
    IF uid IS NULL THEN
        RETURN NULL;
    END IF;
    -- a plain scan of the transition table: rows come in the order they were inserted
    INSERT INTO audit_log (user_id, login, action, entity, entity_id, details, hash)
    SELECT uid, current_user, 'insert', TG_ARGV[0], n.id,
           json_build_object('old', '{{}}'::jsonb, 'new',
               (SELECT coalesce(jsonb_object_agg(c.key, c.value), '{{}}'::jsonb)
                FROM jsonb_each(to_jsonb(n)) c
                WHERE c.key <> ALL (derived) AND c.value <> 'null'::jsonb)),
           ''
    FROM {NEW_ROWS} n;
    RETURN NULL;
END $$
"""

# revision 0006's crm_notify_change() payload for every row of the statement
NOTIFY_INSERT = rf"""
CREATE OR REPLACE FUNCTION crm_notify_insert() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    -- each branch is compiled for the table that reaches it: clients have no client_id
    IF TG_ARGV[0] = 'id' THEN
        PERFORM pg_notify('crm_changes', json_build_object(
            'table', TG_TABLE_NAME, 'id', n.id, 'op', 'I', 'version', n.version,
            'client_id', n.id)::text)
        FROM {NEW_ROWS} n;
    ELSE
        PERFORM pg_notify('crm_changes', json_build_object(
            'table', TG_TABLE_NAME, 'id', n.id, 'op', 'I', 'version', n.version,
            'client_id', n.client_id)::text)
        FROM {NEW_ROWS} n;
    END IF;
    RETURN NULL;
END $$
"""


def _audit_args(entity: str) -> str:
    return ", ".join(f"'{v}'" for v in (entity, *DERIVED))


def _row_triggers(events: str) -> list[str]:
    out = []
    for table, entity in AUDITED.items():
        out += [f"DROP TRIGGER IF EXISTS crm_audit_change ON {table}",
                f"CREATE TRIGGER crm_audit_change AFTER {events} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION crm_audit_change({_audit_args(entity)})"]
    for table, client_column in WATCHED.items():
        out += [f"DROP TRIGGER IF EXISTS crm_notify_change ON {table}",
                f"CREATE TRIGGER crm_notify_change AFTER {events} ON {table} FOR EACH ROW "
                f"EXECUTE FUNCTION crm_notify_change('{client_column}')"]
    return out


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(AUDIT_INSERT)
    op.execute(NOTIFY_INSERT)
    for statement in _row_triggers("UPDATE OR DELETE"):
        op.execute(statement)
    for table, entity in AUDITED.items():
        op.execute(f"CREATE TRIGGER crm_audit_insert AFTER INSERT ON {table} "
                   f"REFERENCING NEW TABLE AS {NEW_ROWS} FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION crm_audit_insert({_audit_args(entity)})")
    for table, client_column in WATCHED.items():
        op.execute(f"CREATE TRIGGER crm_notify_insert AFTER INSERT ON {table} "
                   f"REFERENCING NEW TABLE AS {NEW_ROWS} FOR EACH STATEMENT "
                   f"EXECUTE FUNCTION crm_notify_insert('{client_column}')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED:
        op.execute(f"DROP TRIGGER IF EXISTS crm_audit_insert ON {table}")
    for table in WATCHED:
        op.execute(f"DROP TRIGGER IF EXISTS crm_notify_insert ON {table}")
    for statement in _row_triggers("INSERT OR UPDATE OR DELETE"):
        op.execute(statement)
    op.execute("DROP FUNCTION IF EXISTS crm_notify_insert()")
    op.execute("DROP FUNCTION IF EXISTS crm_audit_insert()")
