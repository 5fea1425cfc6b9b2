"""SQL of revision 0004 (row-level security), frozen with it: later revisions that change the
rules add their own statements instead of editing these."""

from __future__ import annotations

SCOPE_ROLES_AND_PREFIX = r"""
DO $$
DECLARE
    p text := (SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix');
BEGIN
    IF p IS NULL THEN
        p := 'crm_' || left(regexp_replace(lower(current_database()), '[^a-z0-9_]+', '_', 'g'), 40);
        WHILE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p || '_see_all') LOOP
            p := p || '_' || substr(md5(random()::text), 1, 4);
        END LOOP;
        INSERT INTO settings (key, value) VALUES ('pg_role_prefix', to_json(p));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p || '_see_all') THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p || '_see_all');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p || '_see_scoped') THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', p || '_see_scoped');
    END IF;
END $$
"""

_CURRENT_USER_ROW = "FROM users u JOIN roles r ON r.id = u.role_id " \
                    "WHERE u.db_role = current_user AND u.is_active"

FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION crm_uid() RETURNS integer LANGUAGE sql STABLE AS
       $$ SELECT id FROM users WHERE db_role = current_user AND is_active $$""",
    f"""CREATE OR REPLACE FUNCTION crm_owner_ids() RETURNS integer[] LANGUAGE sql STABLE AS
       $$ SELECT CASE WHEN r.scope = 'team' AND u.team_id IS NOT NULL
                      THEN ARRAY(SELECT m.id FROM users m WHERE m.team_id = u.team_id)
                      ELSE ARRAY[u.id] END
          {_CURRENT_USER_ROW} $$""",
    """CREATE OR REPLACE FUNCTION crm_shared_client_ids() RETURNS integer[] LANGUAGE sql STABLE AS
       $$ SELECT coalesce(array_agg(client_id), '{}') FROM client_shares
          WHERE user_id = (SELECT crm_uid()) $$""",
    """CREATE OR REPLACE FUNCTION crm_shared_deal_ids() RETURNS integer[] LANGUAGE sql STABLE AS
       $$ SELECT coalesce(array_agg(deal_id), '{}') FROM deal_shares
          WHERE user_id = (SELECT crm_uid()) $$""",
    f"""CREATE OR REPLACE FUNCTION crm_manages_users() RETURNS boolean LANGUAGE sql STABLE AS
       $$ SELECT coalesce((SELECT r.can_manage_users {_CURRENT_USER_ROW}), false) $$""",
    # the chain's last hash for every writer, although each may read only their own entries
    """CREATE OR REPLACE FUNCTION crm_audit_last_hash() RETURNS text LANGUAGE sql STABLE
       SECURITY DEFINER SET search_path = public, pg_temp AS
       $$ SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1 $$""",
    r"""CREATE OR REPLACE FUNCTION crm_create_login(p_login text, p_password text) RETURNS void
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        p text := (SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix');
        existing record;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM users WHERE db_role = p_login) THEN
            RAISE EXCEPTION 'no CRM user has the database login %', p_login
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        SELECT * INTO existing FROM pg_roles WHERE rolname = p_login;
        IF FOUND THEN
            -- only a login of this database's CRM may be taken over (a password reset)
            IF existing.rolsuper OR existing.rolbypassrls OR existing.rolcreaterole
               OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid
                              WHERE m.member = existing.oid
                                AND b.rolname IN (SELECT left(p || '_' || key, 63) FROM roles))
            THEN
                RAISE EXCEPTION 'database login % already exists', p_login
                    USING ERRCODE = 'duplicate_object';
            END IF;
            EXECUTE format('ALTER ROLE %I LOGIN NOBYPASSRLS PASSWORD %L', p_login, p_password);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN INHERIT NOBYPASSRLS PASSWORD %L',
                           p_login, p_password);
        END IF;
    END $$""",
    r"""CREATE OR REPLACE FUNCTION crm_sync_security() RETURNS void
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
       SET client_min_messages = error AS $$
    DECLARE
        p text := (SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix');
        owner text := (SELECT tableowner FROM pg_tables
                       WHERE schemaname = 'public' AND tablename = 'clients');
        db text := current_database();
        fns text := 'FUNCTION crm_sync_security(), crm_create_login(text, text)';
        edit_tables text := 'clients, contacts, contact_methods, client_tags, tags, deals, '
            'deal_items, deal_stage_changes, tasks, task_dependencies, projects, activities, '
            'attachments, invoices, invoice_lines, invoice_counters';
        part_tables text := 'contacts, contact_methods, client_tags, deal_items, '
            'task_dependencies, invoice_lines';
        delete_tables text := 'clients, deals, tasks, projects, activities, attachments, invoices';
        pipeline_tables text := 'pipelines, stages, loss_reasons, products';
        admin_tables text := 'users, roles, teams, settings, channels, channel_spend, '
            'sales_targets, automation_rules, company_profile, client_shares, deal_shares';
        r record;
        u record;
        g record;
        grp text;
    BEGIN
        IF p IS NULL THEN
            RAISE EXCEPTION 'crm_sync_security: the pg_role_prefix setting is missing';
        END IF;
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
        EXECUTE format('REVOKE EXECUTE ON %s FROM PUBLIC', fns);
        FOR r IN SELECT * FROM roles ORDER BY id LOOP
            grp := left(p || '_' || r.key, 63);
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN', grp);
            END IF;
            EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', db, grp);
            EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', grp);
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', grp);
            EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', grp);
            EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', grp);
            EXECUTE format('GRANT UPDATE (last_login_at, updated_at, version) ON users TO %I', grp);
            EXECUTE format('GRANT INSERT ON audit_log TO %I', grp);
            EXECUTE format('GRANT INSERT, UPDATE, DELETE ON favorites, segments TO %I', grp);
            IF r.can_edit THEN
                EXECUTE format('GRANT INSERT, UPDATE ON %s TO %I', edit_tables, grp);
                EXECUTE format('GRANT DELETE ON %s TO %I', part_tables, grp);
                IF r.can_delete THEN
                    EXECUTE format('GRANT DELETE ON %s TO %I', delete_tables, grp);
                END IF;
            END IF;
            IF r.can_manage_pipelines THEN
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %I', pipeline_tables, grp);
            END IF;
            IF r.can_manage_users THEN
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s TO %I', admin_tables, grp);
                EXECUTE format('GRANT EXECUTE ON %s TO %I', fns, grp);
            ELSE
                EXECUTE format('REVOKE EXECUTE ON %s FROM %I', fns, grp);
            END IF;
            IF r.scope = 'all' THEN
                EXECUTE format('GRANT %I TO %I', p || '_see_all', grp);
                EXECUTE format('REVOKE %I FROM %I', p || '_see_scoped', grp);
            ELSE
                EXECUTE format('GRANT %I TO %I', p || '_see_scoped', grp);
                EXECUTE format('REVOKE %I FROM %I', p || '_see_all', grp);
            END IF;
        END LOOP;
        FOR u IN SELECT us.db_role, us.is_active, ro.key FROM users us
                 JOIN roles ro ON ro.id = us.role_id WHERE us.db_role IS NOT NULL LOOP
            -- never touch a superuser, the owner or a role that bypasses row security
            CONTINUE WHEN u.db_role = owner OR NOT EXISTS (
                SELECT 1 FROM pg_roles WHERE rolname = u.db_role AND NOT rolsuper
                AND NOT rolbypassrls);
            grp := left(p || '_' || u.key, 63);
            FOR g IN SELECT b.rolname FROM pg_auth_members m
                     JOIN pg_roles b ON b.oid = m.roleid JOIN pg_roles a ON a.oid = m.member
                     WHERE a.rolname = u.db_role AND b.rolname <> grp
                       AND (b.rolname IN (SELECT left(p || '_' || key, 63) FROM roles)
                            OR b.rolname IN (p || '_see_all', p || '_see_scoped')) LOOP
                EXECUTE format('REVOKE %I FROM %I', g.rolname, u.db_role);
            END LOOP;
            EXECUTE format('GRANT %I TO %I', grp, u.db_role);
            EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %I', u.db_role);
            EXECUTE format('ALTER ROLE %I NOBYPASSRLS %s', u.db_role,
                           CASE WHEN u.is_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
        END LOOP;
    END $$""",
)

_UID = "(SELECT crm_uid())"
_OWNERS = "ANY ((SELECT crm_owner_ids())::integer[])"


def _client_of(table: str) -> str:
    return f"EXISTS (SELECT 1 FROM clients c WHERE c.id = {table}.client_id)"


def _deal_of(table: str) -> str:
    return f"EXISTS (SELECT 1 FROM deals d WHERE d.id = {table}.deal_id)"


# What a user whose role sees only own (or team) records may see in each table. Child rows
# follow their parent: the parent's own policy applies inside the EXISTS.
SCOPED = {
    "clients": f"manager_id = {_OWNERS} OR id = ANY ((SELECT crm_shared_client_ids())::integer[])",
    "contacts": _client_of("contacts"),
    "contact_methods": _client_of("contact_methods"),
    "client_tags": _client_of("client_tags"),
    "deals": f"manager_id = {_OWNERS} OR id = ANY ((SELECT crm_shared_deal_ids())::integer[]) "
             f"OR {_client_of('deals')}",
    "deal_items": _deal_of("deal_items"),
    "deal_stage_changes": _deal_of("deal_stage_changes"),
    "tasks": f"assignee_id = {_OWNERS} OR created_by_id = {_UID} "
             f"OR {_client_of('tasks')} OR {_deal_of('tasks')}",
    "task_dependencies": "EXISTS (SELECT 1 FROM tasks t WHERE t.id = task_dependencies.task_id)",
    "projects": f"manager_id = {_OWNERS} OR {_client_of('projects')} OR {_deal_of('projects')}",
    "activities": f"{_client_of('activities')} OR {_deal_of('activities')}",
    "attachments": f"{_client_of('attachments')} OR {_deal_of('attachments')}",
    "invoices": f"manager_id = {_OWNERS} OR {_client_of('invoices')} OR {_deal_of('invoices')}",
    "invoice_lines": "EXISTS (SELECT 1 FROM invoices i WHERE i.id = invoice_lines.invoice_id)",
}
# shares are granted by those who see everything; the others only read their own
SHARES = ("client_shares", "deal_shares")
PROTECTED = (*SCOPED, *SHARES, "favorites", "audit_log", "users")


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def policy_statements(prefix: str, owner: str) -> list[str]:
    see_all, scoped = _ident(f"{prefix}_see_all"), _ident(f"{prefix}_see_scoped")
    out: list[str] = []
    for table in PROTECTED:
        out += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
            f"CREATE POLICY crm_owner ON {table} TO {_ident(owner)} USING (true) WITH CHECK (true)",
        ]
    for table, rule in SCOPED.items():
        out += [
            f"CREATE POLICY crm_see_all ON {table} TO {see_all} USING (true) WITH CHECK (true)",
            f"CREATE POLICY crm_scoped ON {table} TO {scoped} USING ({rule}) WITH CHECK ({rule})",
        ]
    for table in SHARES:
        out += [
            f"CREATE POLICY crm_see_all ON {table} TO {see_all} USING (true) WITH CHECK (true)",
            f"CREATE POLICY crm_scoped ON {table} FOR SELECT TO {scoped} "
            f"USING (user_id = {_UID})",
        ]
    out += [
        f"CREATE POLICY crm_personal ON favorites USING (user_id = {_UID}) "
        f"WITH CHECK (user_id = {_UID})",
        f"CREATE POLICY crm_audit_read ON audit_log FOR SELECT "
        f"USING (user_id = {_UID} OR (SELECT crm_manages_users()))",
        f"CREATE POLICY crm_audit_write ON audit_log FOR INSERT WITH CHECK (user_id = {_UID})",
        # everyone reads the list of colleagues; one's own row changes only at sign-in
        "CREATE POLICY crm_read ON users FOR SELECT USING (true)",
        "CREATE POLICY crm_self ON users FOR UPDATE USING (db_role = current_user) "
        "WITH CHECK (db_role = current_user)",
    ]
    manages = "(SELECT crm_manages_users())"
    out += [
        f"CREATE POLICY crm_manage_insert ON users FOR INSERT WITH CHECK ({manages})",
        f"CREATE POLICY crm_manage_update ON users FOR UPDATE USING ({manages}) "
        f"WITH CHECK ({manages})",
        f"CREATE POLICY crm_manage_delete ON users FOR DELETE USING ({manages})",
    ]
    return out


def drop_statements() -> list[str]:
    out: list[str] = []
    for table in PROTECTED:
        for policy in ("crm_owner", "crm_see_all", "crm_scoped", "crm_personal",
                       "crm_audit_read", "crm_audit_write", "crm_read", "crm_self",
                       "crm_manage_insert", "crm_manage_update", "crm_manage_delete"):
            out.append(f"DROP POLICY IF EXISTS {policy} ON {table}")
        out += [
            f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY",
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
        ]
    out += [
        "DROP FUNCTION IF EXISTS crm_sync_security()",
        "DROP FUNCTION IF EXISTS crm_create_login(text, text)",
        "DROP FUNCTION IF EXISTS crm_audit_last_hash()",
        "DROP FUNCTION IF EXISTS crm_manages_users()",
        "DROP FUNCTION IF EXISTS crm_shared_deal_ids()",
        "DROP FUNCTION IF EXISTS crm_shared_client_ids()",
        "DROP FUNCTION IF EXISTS crm_owner_ids()",
        "DROP FUNCTION IF EXISTS crm_uid()",
    ]
    return out
