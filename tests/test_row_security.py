"""The client base is protected by PostgreSQL itself: connect as a salesperson's login with the
raw driver, outside the application, and try to read, change and destroy what is not theirs."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from psycopg import errors

from tests.pg_security_support import SecuredServer, secured_server

PROTECTED = ("clients", "contacts", "contact_methods", "deals", "deal_items",
             "deal_stage_changes", "tasks", "activities", "attachments", "invoices",
             "invoice_lines", "projects")


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


def test_every_protected_table_forces_row_security(server: SecuredServer) -> None:
    with psycopg.connect(server.url) as conn:
        rows = conn.execute(
            "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
            "WHERE relname = ANY(%s)", (list(PROTECTED),)).fetchall()
    assert {r[0] for r in rows} == set(PROTECTED)
    assert all(r[1] and r[2] for r in rows)


def test_a_salesperson_reads_only_their_own_rows(server: SecuredServer) -> None:
    with server.connect("m1") as conn:
        clients = conn.execute("SELECT id FROM clients").fetchall()
        deals = conn.execute("SELECT id FROM deals").fetchall()
        tasks = conn.execute("SELECT client_id FROM tasks").fetchall()
        history = conn.execute("SELECT DISTINCT deal_id FROM deal_stage_changes").fetchall()
    assert clients == [(server.clients["m1"],)]
    assert deals == [(server.deals["m1"],)]
    assert tasks == [(server.clients["m1"],)]
    assert history == [(server.deals["m1"],)]


def test_a_head_of_the_team_and_an_admin_see_everyone(server: SecuredServer) -> None:
    for who in ("h", "adm"):
        with server.connect(who) as conn:
            ids = {r[0] for r in conn.execute("SELECT id FROM clients")}
        assert ids == set(server.clients.values()), who


def test_changing_or_deleting_another_salespersons_rows_changes_nothing(
    server: SecuredServer,
) -> None:
    other = server.clients["m2"]
    with server.connect("m1") as conn:
        updated = conn.execute(
            "UPDATE clients SET name = 'взломано' WHERE id = %s", (other,)).rowcount
        retitled = conn.execute(
            "UPDATE tasks SET title = 'x' WHERE client_id = %s", (other,)).rowcount
        moved = conn.execute(
            "UPDATE deals SET amount = 0 WHERE id = %s", (server.deals["m2"],)).rowcount
    with server.connect("h2") as conn:  # may delete, but only what is theirs
        deleted = conn.execute("DELETE FROM tasks WHERE client_id = %s", (other,)).rowcount
        deleted += conn.execute("DELETE FROM clients WHERE id = %s", (other,)).rowcount
    assert (updated, retitled, moved, deleted) == (0, 0, 0, 0)
    with psycopg.connect(server.url) as conn:
        name = conn.execute("SELECT name FROM clients WHERE id = %s", (other,)).fetchone()
        tasks = conn.execute("SELECT count(*) FROM tasks WHERE client_id = %s", (other,)).fetchone()
    assert name == ("ООО Клиент m2",)
    assert tasks == (1,)


def test_a_salesperson_cannot_take_over_a_client_or_share_it_with_themselves(
    server: SecuredServer,
) -> None:
    me = server.actors["m1"].user_id
    with server.connect("m1") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO client_shares (client_id, user_id) VALUES (%s, %s)",
                         (server.clients["m2"], me))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE clients SET manager_id = %s WHERE id = %s",
                         (server.actors["m2"].user_id, server.clients["m1"]))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE users SET role_id = 1 WHERE id = %s", (me,))


def test_a_salesperson_cannot_delete_tasks_clients_truncate_or_change_the_schema(
    server: SecuredServer,
) -> None:
    with server.connect("m1") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM clients WHERE id = %s", (server.clients["m1"],))
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM tasks")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("TRUNCATE clients CASCADE")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("ALTER TABLE clients DISABLE ROW LEVEL SECURITY")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("CREATE TABLE stolen AS SELECT 1")


def test_the_audit_log_cannot_be_altered_or_deleted_even_by_an_admin(
    server: SecuredServer,
) -> None:
    for who in ("m1", "adm"):
        with server.connect(who) as conn:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("UPDATE audit_log SET action = 'nothing'")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("DELETE FROM audit_log")
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute("TRUNCATE audit_log")


def test_a_salesperson_reads_only_their_own_audit_entries_and_cannot_forge_others(
    server: SecuredServer,
) -> None:
    me, other = server.actors["m1"].user_id, server.actors["m2"].user_id
    with server.connect("m1") as conn:
        authors = {r[0] for r in conn.execute("SELECT user_id FROM audit_log")}
        forged = conn.execute(
            "INSERT INTO audit_log (user_id, login, action, occurred_at, details, hash) "
            "VALUES (%s, 'm2', 'export', '2020-01-01', '{}', 'forged') "
            "RETURNING user_id, login, occurred_at > now() - interval '1 hour', hash",
            (other,)).fetchone()
    assert authors == {me}
    # the server seals every entry: the real author, the server's time, the chained hash
    assert forged is not None
    assert forged[0] == me and forged[1] == server.logins["m1"] and forged[2]
    assert forged[3] != "forged"
    with psycopg.connect(server.url) as conn:
        assert conn.execute("SELECT crm_audit_verify()").fetchone() == (None,)


def test_every_change_of_client_data_is_logged_by_the_server_with_old_and_new_values(
    server: SecuredServer,
) -> None:
    mine = server.clients["m1"]
    with server.connect("m1") as conn:
        conn.execute("UPDATE clients SET city = 'Казань' WHERE id = %s", (mine,))
        conn.execute("UPDATE clients SET city = 'Самара' WHERE id = %s", (mine,))
    with psycopg.connect(server.url) as conn:
        entry = conn.execute(
            "SELECT login, action, details::jsonb FROM audit_log WHERE entity = 'client' "
            "AND entity_id = %s ORDER BY id DESC LIMIT 1", (mine,)).fetchone()
    assert entry == (server.logins["m1"], "update",
                     {"old": {"city": "Казань"}, "new": {"city": "Самара"}})


def test_a_tampered_audit_entry_is_found(server: SecuredServer) -> None:
    with psycopg.connect(server.url, autocommit=True) as conn:  # the owner, not a CRM login
        victim = conn.execute("SELECT id, action FROM audit_log ORDER BY id DESC").fetchone()
        assert victim is not None
        conn.execute("UPDATE audit_log SET action = 'nothing' WHERE id = %s", victim[:1])
        try:
            assert conn.execute("SELECT crm_audit_verify()").fetchone() == victim[:1]
        finally:
            conn.execute("UPDATE audit_log SET action = %s WHERE id = %s", victim[::-1])
        assert conn.execute("SELECT crm_audit_verify()").fetchone() == (None,)


def test_a_read_only_role_cannot_write(server: SecuredServer) -> None:
    with server.connect("ro") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO clients (name) VALUES ('x')")


def test_a_login_of_another_database_on_the_server_cannot_connect(server: SecuredServer) -> None:
    stranger = server.logins["m1"] + "_x"
    with psycopg.connect(server.url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{stranger}" LOGIN PASSWORD \'secret-pass-1\'')
    server.logins["stranger"] = stranger
    try:
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            server.connect("stranger").close()
    finally:
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute(f'DROP ROLE "{stranger}"')
