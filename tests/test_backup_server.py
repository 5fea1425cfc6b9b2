"""crm-admin backup / restore of a PostgreSQL server database (pg_dump, pg_restore)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from conftest import pg_admin_engine
from conftest_cli import assert_one_error_line, run
from sqlalchemy import text

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services import backup_server, demo

COUNTED = ("clients", "contacts", "deals", "deal_stage_changes", "tasks", "activities", "users",
           "audit_log")


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.scalar(text(f"SELECT count(*) FROM {t}")) for t in COUNTED}
    finally:
        engine.dispose()


def fill(url: str, clients: int, seed: int) -> None:
    engine = make_engine(url)
    demo.generate(make_sessions(engine), clients, seed=seed, today=date(2026, 11, 26))
    engine.dispose()


def scratch_databases() -> set[str]:
    with pg_admin_engine().connect() as conn:
        return set(conn.scalars(text(
            "SELECT datname FROM pg_database WHERE datname LIKE 'crm_scratch_%'")).all())


def test_backup_verify_and_restore_round_trip(postgres_url, tmp_path, capsys):
    fill(postgres_url, 20, seed=1)
    before = counts(postgres_url)
    scratch_before = scratch_databases()
    target = tmp_path / "nightly" / "crm.dump"
    result = run(capsys, "--db", postgres_url, "backup", str(target), "--verify")
    assert result.code == 0, result
    assert "20 clients" in result.out and "Verified" in result.out
    assert target.read_bytes().startswith(b"PGDMP")
    assert scratch_databases() == scratch_before  # the scratch database was dropped

    fill(postgres_url, 5, seed=2)  # work goes on after the backup
    refused = run(capsys, "--db", postgres_url, "restore", str(target))
    assert "not empty" in assert_one_error_line(refused, 1)
    assert counts(postgres_url)["clients"] == 25

    restored = run(capsys, "--db", postgres_url, "restore", str(target), "--force")
    assert restored.code == 0, restored
    assert counts(postgres_url) == before
    [saved] = target.parent.glob("*.before-restore-*.dump")
    assert str(saved) in restored.out
    assert run(capsys, "--db", postgres_url, "current", "--check").code == 0
    assert not list(target.parent.glob(".*"))


def test_restore_into_an_empty_database(postgres_url, empty_postgres_url, tmp_path, capsys):
    fill(postgres_url, 8, seed=3)
    dump = tmp_path / "crm.dump"
    assert run(capsys, "--db", postgres_url, "backup", str(dump)).code == 0
    result = run(capsys, "--db", empty_postgres_url, "restore", str(dump))
    assert result.code == 0, result
    assert "saved" not in result.out
    assert counts(empty_postgres_url) == counts(postgres_url)
    assert run(capsys, "--db", empty_postgres_url, "current", "--check").code == 0


def test_backup_into_a_folder_and_refusing_to_overwrite(postgres_url, tmp_path, capsys):
    result = run(capsys, "--db", postgres_url, "backup", str(tmp_path))
    assert result.code == 0, result
    [made] = tmp_path.glob("*.dump")
    made.write_bytes(b"keep me")
    assert "--force" in assert_one_error_line(
        run(capsys, "--db", postgres_url, "backup", str(made)), 1)
    assert made.read_bytes() == b"keep me"


@pytest.mark.parametrize("damage", ["garbage", "truncated", "sqlite"])
def test_a_damaged_or_foreign_file_is_refused_and_nothing_changes(
        postgres_url, sqlite_url, tmp_path, capsys, damage):
    fill(postgres_url, 4, seed=4)
    before = counts(postgres_url)
    bad = tmp_path / "bad.dump"
    if damage == "garbage":
        bad.write_bytes(b"PGDMP" + b"\x07" * 500)
    elif damage == "truncated":
        assert run(capsys, "--db", postgres_url, "backup", str(bad)).code == 0
        bad.write_bytes(bad.read_bytes()[:3000])
    else:
        assert run(capsys, "--db", sqlite_url, "backup", str(bad)).code == 0
    line = assert_one_error_line(
        run(capsys, "--db", postgres_url, "restore", str(bad), "--force"), 1)
    assert ("SQLite backup" if damage == "sqlite" else "bad.dump") in line
    assert counts(postgres_url) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


def test_an_older_schema_is_backed_up_before_an_upgrade(postgres_url, tmp_path, capsys):
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    engine.dispose()
    dump = tmp_path / "before-upgrade.dump"
    result = run(capsys, "--db", postgres_url, "backup", str(dump), "--verify")
    assert result.code == 0, result
    assert "schema revision 0001" in result.out
    assert backup_server.check_dump(dump) == "0001"


def test_an_empty_database_is_not_backed_up(empty_postgres_url, tmp_path, capsys):
    assert_one_error_line(
        run(capsys, "--db", empty_postgres_url, "backup", str(tmp_path / "x.dump")), 4)
    assert not list(tmp_path.iterdir())


def test_a_backup_from_a_newer_program_is_refused(postgres_url, tmp_path, capsys):
    engine = make_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_newer'"))
    engine.dispose()
    dump = tmp_path / "newer.dump"
    subprocess.run(["pg_dump", "-Fc", "--enable-row-security", f"--file={dump}",
                    postgres_url], check=True)
    assert_one_error_line(run(capsys, "--db", postgres_url, "restore", str(dump), "--force"), 4)


def test_restore_names_the_server_roles_it_lacks(postgres_url, empty_postgres_url, tmp_path,
                                                  capsys):
    role = "crm_test_gone_" + tmp_path.name[-8:].replace("-", "_").lower()
    admin = pg_admin_engine()
    source = make_engine(postgres_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
    with source.begin() as conn:
        conn.execute(text(f'GRANT SELECT ON clients TO "{role}"'))
    dump = tmp_path / "crm.dump"
    try:
        assert run(capsys, "--db", postgres_url, "backup", str(dump)).code == 0
    finally:
        with source.begin() as conn:
            conn.execute(text(f'REVOKE ALL ON clients FROM "{role}"'))
        source.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE "{role}"'))
    line = assert_one_error_line(run(capsys, "--db", empty_postgres_url, "restore", str(dump)), 1)
    assert role in line and "pg_dumpall --roles-only" in line
    engine = make_engine(empty_postgres_url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) \
            == 0
    engine.dispose()


def test_without_the_postgresql_tools(postgres_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv(backup_server.TOOLS_ENV, str(tmp_path / "empty"))
    for command in ("backup", "restore"):
        line = assert_one_error_line(
            run(capsys, "--db", postgres_url, command, str(tmp_path / "x.dump")), 6)
        assert "pg_dump was not found" in line and "postgresql-client" in line
    assert not (tmp_path / "x.dump").exists()


def fake_tool(folder: Path, name: str, script: str) -> None:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    path.chmod(0o755)


def test_a_full_disk_keeps_the_old_backup_and_leaves_no_scraps(postgres_url, tmp_path, capsys,
                                                               monkeypatch):
    """pg_dump stopping half-way with ENOSPC, as it does on a full disk."""
    tools = tmp_path / "bin"
    fake_tool(tools, "pg_restore", 'exec pg_restore "$@"\n')
    fake_tool(tools, "pg_dump", 'for a; do case "$a" in --file=*) f="${a#--file=}";; esac; '
              'done\nprintf PGDMP-half > "$f"\n'
              'echo "pg_dump: error: could not write to output file: No space left on device" '
              '>&2\nexit 1\n')
    monkeypatch.setenv(backup_server.TOOLS_ENV, str(tools))
    target = tmp_path / "out" / "crm.dump"
    target.parent.mkdir()
    target.write_bytes(b"last night's backup")
    line = assert_one_error_line(
        run(capsys, "--db", postgres_url, "backup", str(target), "--force"), 1)
    assert "Not enough disk space" in line
    assert target.read_bytes() == b"last night's backup"
    assert [p.name for p in target.parent.iterdir()] == ["crm.dump"]
