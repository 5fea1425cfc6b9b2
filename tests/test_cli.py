"""crm-admin: schema commands, users and roles, login check, and one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import create_pg_database, drop_pg_database, pg_admin_engine, pg_url
from conftest_cli import assert_one_error_line, pg_logins, run, unique_login
from sqlalchemy import text

from crm_desktop import schema
from crm_desktop.admin.cli import main
from crm_desktop.db import make_engine

__all__ = ["pg_logins"]  # the fixture, imported for pytest

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/x"
PASSWORD = "secret-pass-1"


@pytest.mark.parametrize("argv", [
    [], ["init"], ["upgrade"], ["current"], ["user"], ["user", "add"], ["user", "list"],
    ["user", "disable"], ["user", "enable"], ["role"], ["role", "list"], ["whoami"], ["demo"],
    ["backup"], ["restore"],
])
def test_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    assert "usage: crm-admin" in capsys.readouterr().out


def test_no_command_prints_usage(capsys):
    assert main([]) == 2
    assert "usage: crm-admin" in capsys.readouterr().err


def test_init_creates_an_empty_sqlite_database(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'new' / 'crm.sqlite3'}"
    result = run(capsys, "--db", url, "init")
    assert result.code == 0, result
    assert "created" in result.out
    engine = make_engine(url)
    assert schema.current_revision(engine) == schema.head_revision()
    engine.dispose()
    again = run(capsys, "init", "--db", url)  # --db after the command works too
    assert again.code == 0 and "already up to date" in again.out
    current = run(capsys, "--db", url, "current", "--check")
    assert current.code == 0
    assert "status:   up to date" in current.out
    assert f"head:     {schema.head_revision()}" in current.out


def test_init_on_empty_postgres_database(empty_postgres_url, capsys):
    result = run(capsys, "--db", empty_postgres_url, "init")
    assert result.code == 0, result
    assert "WARNING" not in result.err  # the test databases use C.UTF-8
    assert run(capsys, "--db", empty_postgres_url, "current", "--check").code == 0


def test_init_warns_about_a_c_ctype_postgres_database(capsys):
    admin = pg_admin_engine()
    name = f"crmcli_c_{unique_login('')}"
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
                          "LC_COLLATE 'C' LC_CTYPE 'C'"))
    try:
        result = run(capsys, "--db", pg_url(name), "init")
        assert result.code == 0, result
        assert "WARNING" in result.err and "locale C," in result.err
    finally:
        drop_pg_database(admin, name)
        admin.dispose()


def test_current_on_a_missing_sqlite_file_does_not_create_it(tmp_path, capsys):
    path = tmp_path / "missing.sqlite3"
    line = assert_one_error_line(run(capsys, "--db", f"sqlite:///{path}", "current"), 3)
    assert "crm-admin init" in line
    assert not path.exists()


def test_current_check_reports_an_empty_database(empty_postgres_url, capsys):
    result = run(capsys, "--db", empty_postgres_url, "current", "--check")
    assert result.code == 4
    assert "empty" in result.out


def test_user_add_list_disable_enable(db_url, pg_logins, capsys, monkeypatch):
    login_name = unique_login()
    if db_url.startswith("postgresql"):
        pg_logins.append((login_name, db_url))
    added = run(capsys, "--db", db_url, "user", "add", login_name, "--role", "manager",
                "--name", "Иванова Мария Сергеевна", "--team", "Отдел продаж",
                "--email", "m.ivanova@example.ru", "--password-stdin",
                stdin=PASSWORD + "\n", monkeypatch=monkeypatch)
    assert added.code == 0, added
    listing = run(capsys, "--db", db_url, "user", "list")
    line = next(row for row in listing.out.splitlines() if row.startswith(login_name))
    assert "Иванова Мария Сергеевна" in line and "manager" in line and "Отдел продаж" in line
    assert line.split()[-1] == "yes"

    assert run(capsys, "--db", db_url, "user", "disable", login_name).code == 0
    listing = run(capsys, "--db", db_url, "user", "list").out
    assert next(r for r in listing.splitlines() if r.startswith(login_name)).split()[-1] == "no"
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    disabled = run(capsys, "--db", db_url, "whoami", "--user", login_name)
    assert "disabled" in assert_one_error_line(disabled, 5)

    assert run(capsys, "--db", db_url, "user", "enable", login_name).code == 0
    whoami = run(capsys, "--db", db_url, "whoami", "--user", login_name)
    assert whoami.code == 0, whoami
    assert "Иванова Мария Сергеевна" in whoami.out
    assert "manager (Менеджер)" in whoami.out and "scope: own" in whoami.out
    assert "Отдел продаж" in whoami.out


def test_user_add_asks_for_the_password_twice(sqlite_url, capsys, monkeypatch):
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    result = run(capsys, "--db", sqlite_url, "user", "add", "petrov", "--role", "manager",
                 "--name", "Петров Алексей")
    assert "do not match" in assert_one_error_line(result, 1)
    assert "petrov" not in run(capsys, "--db", sqlite_url, "user", "list").out

    answers = iter([PASSWORD, PASSWORD])
    result = run(capsys, "--db", sqlite_url, "user", "add", "petrov", "--role", "manager",
                 "--name", "Петров Алексей")
    assert result.code == 0, result


def test_duplicate_login_is_one_error_line(db_url, pg_logins, capsys, monkeypatch):
    login_name = unique_login()
    if db_url.startswith("postgresql"):
        pg_logins.append((login_name, db_url))
    argv = ["--db", db_url, "user", "add", login_name, "--role", "readonly", "--name", "Стажёр",
            "--password-stdin"]
    assert run(capsys, *argv, stdin=PASSWORD, monkeypatch=monkeypatch).code == 0
    again = run(capsys, *argv, stdin=PASSWORD, monkeypatch=monkeypatch)
    assert "already exists" in assert_one_error_line(again, 1)


@pytest.mark.parametrize(("argv", "expected"), [
    (["user", "add", "x", "--role", "manager", "--name", "X"], "LOGIN:"),
    (["user", "add", "anna", "--role", "boss", "--name", "Анна"], "--role: Unknown role"),
    (["user", "add", "anna", "--role", "manager", "--name", " "], "--name:"),
])
def test_validation_errors_name_the_field(sqlite_url, capsys, monkeypatch, argv, expected):
    result = run(capsys, "--db", sqlite_url, *argv, "--password-stdin", stdin=PASSWORD,
                 monkeypatch=monkeypatch)
    assert expected in assert_one_error_line(result, 1)


def test_short_password_from_stdin_is_rejected(sqlite_url, capsys, monkeypatch):
    result = run(capsys, "--db", sqlite_url, "user", "add", "anna", "--role", "manager",
                 "--name", "Анна", "--password-stdin", stdin="short\n", monkeypatch=monkeypatch)
    assert "at least 8" in assert_one_error_line(result, 1)


@pytest.mark.parametrize("url", ["mysql://root@localhost/crm", "definitely not a url"])
def test_bad_url_is_one_error_line(url, capsys):
    assert_one_error_line(run(capsys, "--db", url, "current"), 3)


def test_bad_url_from_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("CRM_DATABASE_URL", "oracle://scott@db/crm")
    assert "oracle" in assert_one_error_line(run(capsys, "user", "list"), 3)


def test_unreachable_server_is_one_error_line(capsys):
    for argv in (["init"], ["user", "list"], ["demo", "--clients", "5"]):
        line = assert_one_error_line(run(capsys, "--db", UNREACHABLE, *argv), 3)
        assert "Cannot connect" in line


def test_upgrade_refuses_a_newer_schema(db_url, capsys):
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    try:
        for command in ("upgrade", "init"):
            line = assert_one_error_line(run(capsys, "--db", db_url, command), 4)
            assert "newer version" in line and "9999_from_the_future" in line
        assert schema.current_revision(engine) == "9999_from_the_future"
        assert run(capsys, "--db", db_url, "current", "--check").code == 4
        assert_one_error_line(run(capsys, "--db", db_url, "user", "list"), 4)
    finally:
        engine.dispose()


def test_upgrade_refuses_an_empty_database(empty_postgres_url, capsys):
    assert "crm-admin init" in assert_one_error_line(
        run(capsys, "--db", empty_postgres_url, "upgrade"), 4)


def test_upgrade_at_head_changes_nothing(sqlite_url, capsys):
    result = run(capsys, "--db", sqlite_url, "upgrade")
    assert result.code == 0 and "already up to date" in result.out


def test_whoami_with_wrong_password(sqlite_url, capsys, monkeypatch):
    """SQLite only: the test PostgreSQL server trusts local connections without passwords."""
    run(capsys, "--db", sqlite_url, "user", "add", "ivanova", "--role", "manager", "--name",
        "Иванова", "--password-stdin", stdin=PASSWORD, monkeypatch=monkeypatch)
    monkeypatch.setenv("CRM_PASSWORD", "wrong password")
    assert "Wrong login or password" in assert_one_error_line(
        run(capsys, "--db", sqlite_url, "whoami", "--user", "ivanova"), 5)
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    assert run(capsys, "--db", sqlite_url, "whoami", "--user", "ivanova").code == 0
    assert "Wrong login" in assert_one_error_line(
        run(capsys, "--db", sqlite_url, "whoami", "--user", "nobody"), 5)


def test_whoami_on_a_missing_database(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CRM_PASSWORD", PASSWORD)
    path = tmp_path / "none.sqlite3"
    assert "no database file" in assert_one_error_line(
        run(capsys, "--db", f"sqlite:///{path}", "whoami", "--user", "anna"), 3)
    assert not path.exists()


def test_whoami_prompts_without_crm_password(sqlite_url, capsys, monkeypatch):
    run(capsys, "--db", sqlite_url, "user", "add", "anna", "--role", "head", "--name", "Анна",
        "--password-stdin", stdin=PASSWORD, monkeypatch=monkeypatch)
    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    prompts: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": prompts.append(prompt) or PASSWORD)
    result = run(capsys, "--db", sqlite_url, "whoami", "--user", "anna")
    assert result.code == 0 and "scope: team" in result.out
    assert prompts == ["Password for anna: "]


def test_role_list(db_url, capsys):
    result = run(capsys, "--db", db_url, "role", "list")
    assert result.code == 0
    rows = {line.split()[0]: line for line in result.out.splitlines()[2:]}
    assert set(rows) == {"admin", "head", "manager", "readonly"}
    assert " all " in rows["admin"] and "users" in rows["admin"]
    assert "read only" in rows["readonly"] and rows["readonly"].endswith(" 0")


def test_console_script_smoke(tmp_path):
    script = Path(sys.executable).with_name("crm-admin")
    if not script.exists():
        pytest.skip("crm-admin console script not installed in this environment")
    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    init = subprocess.run([str(script), "--db", url, "init"], capture_output=True, text=True,
                          timeout=120, check=False)
    assert init.returncode == 0, init.stderr
    bad = subprocess.run([str(script), "--db", UNREACHABLE, "current"], capture_output=True,
                         text=True, timeout=120, check=False)
    assert bad.returncode == 3
    assert bad.stderr.count("\n") == 1 and bad.stderr.startswith("crm-admin: error: ")


def test_init_into_a_postgres_database_created_by_the_fixture_helper(capsys):
    """The conftest helper creates C.UTF-8 databases: init, then a second init is a no-op."""
    admin = pg_admin_engine()
    name = f"crmcli_{unique_login('')}"
    create_pg_database(admin, name)
    try:
        assert run(capsys, "--db", pg_url(name), "init").code == 0
        assert "already" in run(capsys, "--db", pg_url(name), "init").out
    finally:
        drop_pg_database(admin, name)
        admin.dispose()
