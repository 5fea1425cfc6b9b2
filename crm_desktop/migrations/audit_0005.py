"""SQL of revision 0005 (the audit log written by the server), frozen with it."""

from __future__ import annotations

# Tables whose every change a CRM login makes is logged with the old and new values.
AUDITED = {"clients": "client", "contacts": "contact", "contact_methods": "contact_method",
           "deals": "deal", "deal_items": "deal_item", "tasks": "task", "activities": "activity",
           "attachments": "attachment", "invoices": "invoice", "projects": "project"}
# Columns the services maintain themselves: their changes are noise in the log.
DERIVED = ("search_text", "sort_key", "updated_at", "updated_by_id", "version", "main_phone",
           "main_email", "last_contact_at", "open_deals_amount")

FUNCTIONS = (
    # the chain: each entry hashes the previous entry's hash and its own fields
    r"""CREATE OR REPLACE FUNCTION crm_audit_hash(
            prev text, occurred_at timestamptz, user_id integer, login text, action text,
            entity text, entity_id integer, details json) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$
       SELECT encode(sha256(convert_to(concat_ws('|',
           coalesce(prev, ''),
           to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
           coalesce(user_id::text, ''), coalesce(login, ''), action, coalesce(entity, ''),
           coalesce(entity_id::text, ''), coalesce(details::jsonb::text, '{}')), 'UTF8')), 'hex')
       $$""",
    # every insert, whoever makes it, is sealed here: a CRM login cannot write someone else's
    # name, another time or its own hash
    r"""CREATE OR REPLACE FUNCTION crm_audit_seal() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        uid integer := (SELECT id FROM users WHERE db_role = session_user AND is_active);
    BEGIN
        PERFORM pg_advisory_xact_lock(72001);
        IF uid IS NOT NULL THEN
            NEW.user_id := uid;
            NEW.login := session_user;
        END IF;
        NEW.occurred_at := clock_timestamp();
        NEW.details := coalesce(NEW.details, '{}'::json);
        NEW.prev_hash := (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1);
        NEW.hash := crm_audit_hash(NEW.prev_hash, NEW.occurred_at, NEW.user_id, NEW.login,
                                   NEW.action, NEW.entity, NEW.entity_id, NEW.details);
        RETURN NEW;
    END $$""",
    # the first entry whose link is broken, or NULL
    r"""CREATE OR REPLACE FUNCTION crm_audit_verify() RETURNS bigint
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
       SELECT id FROM (
           SELECT id, prev_hash, hash, lag(hash) OVER (ORDER BY id) AS expected_prev,
                  crm_audit_hash(prev_hash, occurred_at, user_id, login, action, entity,
                                 entity_id, details) AS expected
           FROM audit_log) chain
       WHERE prev_hash IS DISTINCT FROM expected_prev OR hash IS DISTINCT FROM expected
       ORDER BY id LIMIT 1
       $$""",
    # a data change by a CRM login (never by the owner's administrative sessions, which log
    # their own summary entries): insert / update / delete with the changed values
    r"""CREATE OR REPLACE FUNCTION crm_audit_change() RETURNS trigger
       LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
    DECLARE
        old_row jsonb;
        new_row jsonb;
        entity text := TG_ARGV[0];  -- the entity name the services use too
        derived text[] := TG_ARGV[1:TG_NARGS - 1];
        changed_old jsonb := '{}';
        changed_new jsonb := '{}';
        k text;
    BEGIN
        IF (SELECT crm_uid()) IS NULL THEN
            RETURN NULL;
        END IF;
        IF TG_TABLE_NAME = 'attachments' THEN  -- the file itself is never copied into the log
            IF TG_OP <> 'INSERT' THEN
                old_row := jsonb_build_object('id', OLD.id, 'file_name', OLD.file_name,
                    'size_bytes', OLD.size_bytes, 'sha256', OLD.sha256,
                    'client_id', OLD.client_id, 'deal_id', OLD.deal_id);
            END IF;
            IF TG_OP <> 'DELETE' THEN
                new_row := jsonb_build_object('id', NEW.id, 'file_name', NEW.file_name,
                    'size_bytes', NEW.size_bytes, 'sha256', NEW.sha256,
                    'client_id', NEW.client_id, 'deal_id', NEW.deal_id);
            END IF;
        ELSE
            IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
            IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
        END IF;
        FOR k IN SELECT jsonb_object_keys(coalesce(new_row, old_row)) LOOP
            CONTINUE WHEN k = ANY (derived);
            IF old_row IS NULL OR new_row IS NULL
               OR (old_row -> k) IS DISTINCT FROM (new_row -> k) THEN
                IF old_row IS NOT NULL AND old_row -> k <> 'null' THEN
                    changed_old := changed_old || jsonb_build_object(k, old_row -> k);
                END IF;
                IF new_row IS NOT NULL AND new_row -> k <> 'null' THEN
                    changed_new := changed_new || jsonb_build_object(k, new_row -> k);
                END IF;
            END IF;
        END LOOP;
        IF TG_OP = 'UPDATE' AND changed_old = '{}' AND changed_new = '{}' THEN
            RETURN NULL;
        END IF;
        INSERT INTO audit_log (user_id, login, action, entity, entity_id, details, hash)
        VALUES ((SELECT crm_uid()), current_user, lower(TG_OP), entity,
                (coalesce(new_row, old_row) ->> 'id')::integer,
                json_build_object('old', changed_old, 'new', changed_new), '');
        RETURN NULL;
    END $$""",
)


def trigger_statements() -> list[str]:
    derived = ", ".join(f"'{c}'" for c in DERIVED)
    out = ["CREATE TRIGGER crm_audit_seal BEFORE INSERT ON audit_log "
           "FOR EACH ROW EXECUTE FUNCTION crm_audit_seal()"]
    for table, entity in AUDITED.items():
        out.append(f"CREATE TRIGGER crm_audit_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION crm_audit_change('{entity}', {derived})")
    return out


def drop_statements() -> list[str]:
    out = [f"DROP TRIGGER IF EXISTS crm_audit_change ON {t}" for t in AUDITED]
    out += ["DROP TRIGGER IF EXISTS crm_audit_seal ON audit_log",
            "DROP FUNCTION IF EXISTS crm_audit_change()",
            "DROP FUNCTION IF EXISTS crm_audit_verify()",
            "DROP FUNCTION IF EXISTS crm_audit_seal()",
            "DROP FUNCTION IF EXISTS crm_audit_hash(text, timestamptz, integer, text, text, "
            "text, integer, json)"]
    return out


# existing entries were hashed by the client; the server re-seals them in its own format
RESEAL = r"""
DO $$
DECLARE
    e record;
    prev text := NULL;
BEGIN
    FOR e IN SELECT * FROM audit_log ORDER BY id LOOP
        UPDATE audit_log SET prev_hash = prev,
            hash = crm_audit_hash(prev, e.occurred_at, e.user_id, e.login, e.action, e.entity,
                                  e.entity_id, e.details)
        WHERE id = e.id RETURNING hash INTO prev;
    END LOOP;
END $$
"""
