"""SQL of revision 0012, frozen with it: the login gate and the refused-record check.

PostgreSQL checks passwords itself, so a wrong one never reaches the CRM's tables and cannot be
counted by the user's own login. The gate is a login role of its own (`crm_login_gate`, one
per server, shared by the CRM databases on it, so that a copied or restored database keeps
working) whose password is deliberately public: it may connect and call `crm_gate_failed()`,
nothing else. That function counts the failure, locks the account after the limit from the
protection settings and writes the `login_failed` audit entry. Anyone can lock an account this
way, but anyone can also do it by typing wrong passwords: that is the nature of a lockout.

`crm_login_ok()` clears the count after a successful login (of the caller's own row only), and
`crm_record_hidden()` tells whether a client or deal that row-level security hid from the
caller exists, so a refused attempt to open someone else's record can be audited.
"""

from __future__ import annotations

GATE_ROLE = "crm_login_gate"
GATE_PASSWORD = "crm-login-gate"  # public on purpose: see the module docstring

FUNCTIONS = (
    r"""CREATE OR REPLACE FUNCTION crm_gate_failed(p_login text) RETURNS integer
       LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        s jsonb := coalesce((SELECT value::jsonb FROM settings WHERE key = 'security'), '{}');
        lim integer := coalesce((s ->> 'failed_login_limit')::integer, 10);
        lock_minutes integer := coalesce((s ->> 'failed_login_lock_minutes')::integer, 15);
        who text := lower(btrim(p_login));
        u record;
        reason text := 'password';
        minutes integer;
    BEGIN
        SELECT id, login, failed_logins, locked_until INTO u
            FROM users WHERE login = who OR db_role = who FOR UPDATE;
        IF NOT FOUND THEN
            INSERT INTO audit_log (action, details, hash)
                VALUES ('login_failed', json_build_object('login', left(who, 63),
                                                          'reason', 'unknown'), '');
            RETURN NULL;
        END IF;
        IF u.locked_until > now() THEN
            reason := 'locked';
            minutes := greatest(1, ceil(extract(epoch FROM u.locked_until - now()) / 60));
        ELSIF u.failed_logins + 1 >= lim THEN
            UPDATE users SET failed_logins = 0,
                             locked_until = now() + make_interval(mins => lock_minutes)
                WHERE id = u.id;
            reason := 'password, locked';
            minutes := lock_minutes;
        ELSE
            UPDATE users SET failed_logins = u.failed_logins + 1 WHERE id = u.id;
        END IF;
        INSERT INTO audit_log (user_id, login, action, entity, entity_id, details, hash)
            VALUES (u.id, u.login, 'login_failed', 'user', u.id,
                    json_build_object('reason', reason), '');
        RETURN minutes;
    END $$""",
    r"""CREATE OR REPLACE FUNCTION crm_login_ok() RETURNS void
       LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
       UPDATE users SET failed_logins = 0, locked_until = NULL
       WHERE db_role = session_user AND (failed_logins <> 0 OR locked_until <= now())
       $$""",
    r"""CREATE OR REPLACE FUNCTION crm_record_hidden(p_kind text, p_id integer) RETURNS boolean
       LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
       SELECT CASE p_kind
           WHEN 'client' THEN EXISTS (SELECT 1 FROM clients WHERE id = p_id)
           WHEN 'deal' THEN EXISTS (SELECT 1 FROM deals WHERE id = p_id)
           ELSE false END
       $$""",
    # run by the database owner (server init, this revision): the gate login and its one right
    r"""CREATE OR REPLACE FUNCTION crm_sync_gate() RETURNS text
       LANGUAGE plpgsql SET search_path = public, pg_temp SET client_min_messages = error AS $$
    DECLARE
        gate text := '""" + GATE_ROLE + r"""';
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = gate) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L',
                               gate, '""" + GATE_PASSWORD + r"""');
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another database on this server created it just now
            END;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = gate AND (rolsuper OR rolcreaterole
                   OR rolcreatedb OR rolbypassrls OR rolreplication)) THEN
            RAISE EXCEPTION 'role % has more rights than a login gate may have', gate;
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), gate);
        EXECUTE format('GRANT EXECUTE ON FUNCTION crm_gate_failed(text) TO %I', gate);
        RETURN gate;
    END $$""",
)

PRIVILEGES = (
    "REVOKE EXECUTE ON FUNCTION crm_gate_failed(text) FROM PUBLIC",
    "REVOKE EXECUTE ON FUNCTION crm_sync_gate() FROM PUBLIC",
)

DROP = (
    "DROP FUNCTION IF EXISTS crm_sync_gate()",
    "DROP FUNCTION IF EXISTS crm_record_hidden(text, integer)",
    "DROP FUNCTION IF EXISTS crm_login_ok()",
    "DROP FUNCTION IF EXISTS crm_gate_failed(text)",
)
