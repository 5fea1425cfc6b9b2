"""crm-admin server init / status, role add / set / delete and user set-role: the IT
administrator's side of the protection, checked against what PostgreSQL then allows."""

from __future__ import annotations

import psycopg
import pytest
from conftest import drop_pg_database, pg_admin_engine, pg_url
from conftest_cli import assert_one_error_line, pg_logins, run, unique_login
from sqlalchemy import text

__all__ = ["pg_logins"]

PASSWORD = "secret-pass-1"


def _privilege(url: str, login_name: str, table: str, privilege: str) -> bool:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT has_table_privilege(%s, %s, %s)",
                           (login_name, table, privilege)).fetchone()
    return bool(row and row[0])


def _sees_everything(url: str, login_name: str) -> bool:
    with psycopg.connect(url) as conn:
        prefix = conn.execute(
            "SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix'").fetchone()
        row = conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')",
                           (login_name, f"{prefix[0]}_see_all")).fetchone()
    return bool(row and row[0])


@pytest.mark.parametrize("argv", [["server"], ["server", "init"], ["server", "status"],
                                  ["role", "add"], ["role", "set"], ["role", "delete"],
                                  ["user", "set-role"]])
def test_every_new_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, *argv, "--help")
    assert exit_info.value.code == 0


def test_server_init_sets_up_roles_and_row_security_and_can_run_again(
    empty_postgres_url, capsys
):
    first = run(capsys, "--db", empty_postgres_url, "server", "init")
    assert first.code == 0, first
    assert "manager -> " in first.out and "readonly -> " in first.out
    assert "clients" in first.out and "audit_log" in first.out
    again = run(capsys, "--db", empty_postgres_url, "server", "init")
    assert again.code == 0, again
    with psycopg.connect(empty_postgres_url) as conn:
        public_connect = conn.execute(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT')").fetchone()
    assert public_connect == (False,)


def test_server_init_refuses_sqlite(sqlite_url, capsys):
    line = assert_one_error_line(run(capsys, "--db", sqlite_url, "server", "init"), 6)
    assert "PostgreSQL" in line


def test_server_init_refuses_a_c_locale_database(capsys):
    admin = pg_admin_engine()
    name = f"crmsrv_c_{unique_login('')}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                          "LC_COLLATE 'C' LC_CTYPE 'C'"))
    try:
        line = assert_one_error_line(run(capsys, "--db", pg_url(name), "server", "init"), 3)
        assert "locale C" in line
    finally:
        drop_pg_database(admin, name)
        admin.dispose()


def test_role_rights_and_user_role_changes_reach_the_login(
    empty_postgres_url, pg_logins, capsys, monkeypatch
):
    url = empty_postgres_url
    assert run(capsys, "--db", url, "server", "init").code == 0
    added = run(capsys, "--db", url, "role", "add", "intern", "--name", "Стажёр",
                "--scope", "own", "--allow", "edit", "print")
    assert added.code == 0, added
    login_name = unique_login("srv")
    pg_logins.append((login_name, url))
    user = run(capsys, "--db", url, "user", "add", login_name, "--role", "intern", "--name",
               "Стажёр Пётр", "--password-stdin", stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert user.code == 0, user
    assert _privilege(url, login_name, "clients", "INSERT")
    assert not _privilege(url, login_name, "clients", "DELETE")
    assert not _sees_everything(url, login_name)

    changed = run(capsys, "--db", url, "role", "set", "intern", "--allow", "delete",
                  "--deny", "edit")
    assert changed.code == 0, changed
    assert "delete" in changed.out
    assert not _privilege(url, login_name, "clients", "INSERT")  # no edit: no delete either
    assert not _privilege(url, login_name, "clients", "DELETE")

    moved = run(capsys, "--db", url, "user", "set-role", login_name, "--role", "head")
    assert moved.code == 0, moved
    assert _privilege(url, login_name, "clients", "DELETE")
    assert _sees_everything(url, login_name) is False  # head: team scope

    assert run(capsys, "--db", url, "role", "set", "head", "--scope", "all").code == 0
    assert _sees_everything(url, login_name)
    listing = run(capsys, "--db", url, "role", "list")
    assert "intern" in listing.out and "Стажёр" in listing.out

    in_use = run(capsys, "--db", url, "role", "delete", "head")
    assert "built-in" in assert_one_error_line(in_use, 1)
    assert run(capsys, "--db", url, "role", "delete", "intern").code == 0


def test_the_administrator_role_keeps_every_right(sqlite_url, capsys):
    refused = run(capsys, "--db", sqlite_url, "role", "set", "admin", "--deny", "export")
    assert "administrator" in assert_one_error_line(refused, 1).lower()


def test_audit_verify_finds_a_tampered_entry(db_url, capsys):
    from sqlalchemy import update

    from crm_desktop.db import make_engine, make_sessions
    from crm_desktop.models import AuditEntry
    from crm_desktop.services import audit
    from crm_desktop.services.actor import system_actor

    engine = make_engine(db_url)
    try:
        with make_sessions(engine).begin() as session:
            ids = [audit.record(session, system_actor(), f"step{n}") for n in range(3)]
        intact = run(capsys, "--db", db_url, "audit", "verify")
        assert intact.code == 0 and "intact" in intact.out
        with engine.begin() as conn:
            conn.execute(update(AuditEntry).where(AuditEntry.id == ids[1]).values(action="x"))
        broken = run(capsys, "--db", db_url, "audit", "verify")
        assert broken.code == 1 and f"entry {ids[1]}" in broken.out
        listing = run(capsys, "--db", db_url, "audit", "list", "--action", "x")
        assert listing.code == 0 and "crm-admin" in listing.out
    finally:
        engine.dispose()
