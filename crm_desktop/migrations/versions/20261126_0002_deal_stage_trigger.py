"""PostgreSQL enforces the stage rules on deals itself

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

A deal's stage must belong to its pipeline; a lost deal needs a loss reason; in a pipeline that
forbids skipping, an open deal moves only to the next open (or won) stage, or to lost. Reopening
a closed deal and moving deals off a stage that is being removed (already archived) are allowed.
The services check the same rules first; this stops imports, bulk edits and direct SQL.
SQLite has no trigger: a workstation file has no other writers than the application.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FUNCTION = """
CREATE FUNCTION crm_check_deal_stage() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    new_stage stages%ROWTYPE;
    old_stage stages%ROWTYPE;
    skip_forbidden boolean;
    next_id integer;
BEGIN
    SELECT * INTO new_stage FROM stages WHERE id = NEW.stage_id;
    IF new_stage.pipeline_id IS DISTINCT FROM NEW.pipeline_id THEN
        RAISE EXCEPTION 'stage % is not in pipeline %', NEW.stage_id, NEW.pipeline_id
            USING ERRCODE = 'check_violation';
    END IF;
    IF new_stage.kind = 'lost' AND NEW.loss_reason_id IS NULL THEN
        RAISE EXCEPTION 'deal %: a lost deal needs a loss reason', NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND NEW.stage_id IS DISTINCT FROM OLD.stage_id THEN
        SELECT * INTO old_stage FROM stages WHERE id = OLD.stage_id;
        SELECT forbid_skip INTO skip_forbidden FROM pipelines WHERE id = NEW.pipeline_id;
        IF skip_forbidden AND new_stage.kind <> 'lost' AND old_stage.kind = 'open'
                AND NOT old_stage.is_archived THEN
            SELECT s.id INTO next_id FROM stages s
             WHERE s.pipeline_id = NEW.pipeline_id AND NOT s.is_archived AND s.kind <> 'lost'
               AND (s.position, s.id) > (old_stage.position, old_stage.id)
             ORDER BY s.position, s.id LIMIT 1;
            IF next_id IS DISTINCT FROM NEW.stage_id THEN
                RAISE EXCEPTION 'deal %: the pipeline does not allow skipping stages', NEW.id
                    USING ERRCODE = 'check_violation';
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END
$$
"""

TRIGGER = """
CREATE TRIGGER deals_stage_rules BEFORE INSERT OR UPDATE OF stage_id, pipeline_id, loss_reason_id
ON deals FOR EACH ROW EXECUTE FUNCTION crm_check_deal_stage()
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS deals_stage_rules ON deals")
    op.execute("DROP FUNCTION IF EXISTS crm_check_deal_stage()")
