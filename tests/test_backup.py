"""SQLite backup and restore (service and crm-admin commands)."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest_cli import assert_one_error_line, run
from sqlalchemy import text

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services import backup, demo
from crm_desktop.services.errors import SchemaMismatch

COUNTED = ("clients", "contacts", "contact_methods", "deals", "deal_stage_changes", "tasks",
           "activities", "users", "audit_log")


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


def db_file(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def test_backup_restore_round_trip(sqlite_url, tmp_path, capsys):
    fill(sqlite_url, 40, seed=1)
    before = counts(sqlite_url)
    target = tmp_path / "backups" / "crm-2026-11-26.sqlite3"
    result = run(capsys, "--db", sqlite_url, "backup", str(target))
    assert result.code == 0, result
    assert "40 clients" in result.out and target.is_file()

    fill(sqlite_url, 15, seed=2)  # work goes on after the backup
    assert counts(sqlite_url)["clients"] == 55

    refused = run(capsys, "--db", sqlite_url, "restore", str(target))
    assert "--force" in assert_one_error_line(refused, 1)
    assert counts(sqlite_url)["clients"] == 55

    restored = run(capsys, "--db", sqlite_url, "restore", str(target), "--force")
    assert restored.code == 0, restored
    assert counts(sqlite_url) == before
    saved = list(db_file(sqlite_url).parent.glob("crm.before-restore-*.sqlite3"))
    assert len(saved) == 1 and backup.inspect(saved[0]).clients == 55
    # the restored database is a working CRM database
    assert run(capsys, "--db", sqlite_url, "current", "--check").code == 0
    assert run(capsys, "--db", sqlite_url, "user", "list").code == 0
    assert not list(target.parent.glob("*.part"))


def test_restore_into_a_new_file(sqlite_url, tmp_path, capsys):
    fill(sqlite_url, 10, seed=3)
    target = tmp_path / "copy.sqlite3"
    assert run(capsys, "--db", sqlite_url, "backup", str(target)).code == 0
    new_db = f"sqlite:///{tmp_path / 'other' / 'crm.sqlite3'}"
    result = run(capsys, "--db", new_db, "restore", str(target))
    assert result.code == 0, result
    assert counts(new_db) == counts(sqlite_url)


def test_backup_refuses_to_overwrite_without_force(sqlite_url, tmp_path, capsys):
    target = tmp_path / "b.sqlite3"
    target.write_bytes(b"precious")
    assert "--force" in assert_one_error_line(
        run(capsys, "--db", sqlite_url, "backup", str(target)), 1)
    assert target.read_bytes() == b"precious"
    assert run(capsys, "--db", sqlite_url, "backup", str(target), "--force").code == 0
    assert backup.inspect(target).revision


def test_backup_while_a_client_is_writing(sqlite_url, tmp_path):
    """Online backup: an open write transaction elsewhere neither blocks nor leaks into it."""
    writer = sqlite3.connect(db_file(sqlite_url), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO teams (name) VALUES ('uncommitted')")
        info = backup.backup(sqlite_url, tmp_path / "online.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("SELECT count(*) FROM teams WHERE name = 'uncommitted'").fetchone() \
            == (0,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restore_refuses_a_file_that_is_not_a_backup(sqlite_url, tmp_path, capsys, content):
    fill(sqlite_url, 5, seed=4)
    before = counts(sqlite_url)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    line = assert_one_error_line(
        run(capsys, "--db", sqlite_url, "restore", str(bogus), "--force"), 1)
    assert "not a crm-desktop backup" in line
    assert counts(sqlite_url) == before


def test_restore_refuses_a_plain_sqlite_file(sqlite_url, tmp_path, capsys):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    line = assert_one_error_line(
        run(capsys, "--db", sqlite_url, "restore", str(other), "--force"), 1)
    assert "no crm-desktop schema" in line


def test_restore_refuses_a_backup_from_a_newer_program(sqlite_url, tmp_path, capsys):
    target = tmp_path / "newer.sqlite3"
    backup.backup(sqlite_url, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    with pytest.raises(SchemaMismatch):
        backup.inspect(target)
    assert_one_error_line(run(capsys, "--db", sqlite_url, "restore", str(target), "--force"), 4)


def test_missing_backup_file_and_missing_database(sqlite_url, tmp_path, capsys):
    assert "no database file" in assert_one_error_line(
        run(capsys, "--db", sqlite_url, "restore", str(tmp_path / "nope.sqlite3")), 1)
    missing_db = f"sqlite:///{tmp_path / 'absent.sqlite3'}"
    assert "no database file" in assert_one_error_line(
        run(capsys, "--db", missing_db, "backup", str(tmp_path / "b.sqlite3")), 1)
    assert not (tmp_path / "absent.sqlite3").exists()


def test_backup_into_a_folder_names_the_file(sqlite_url, tmp_path, capsys):
    folder = tmp_path / "nightly"
    folder.mkdir()
    result = run(capsys, "--db", sqlite_url, "backup", str(folder))
    assert result.code == 0, result
    [made] = folder.glob("crm-*.sqlite3")
    assert backup.inspect(made).revision and str(made) in result.out


def test_verify_restores_into_a_scratch_file_and_compares(sqlite_url, tmp_path, capsys):
    fill(sqlite_url, 12, seed=5)
    target = tmp_path / "checked.sqlite3"
    result = run(capsys, "--db", sqlite_url, "backup", str(target), "--verify")
    assert result.code == 0, result
    assert "Verified" in result.out
    assert counts(f"sqlite:///{target}") == counts(sqlite_url)
    assert not list(tmp_path.glob(".checked*"))  # neither the temporary nor the scratch file


def test_verify_that_finds_a_difference_keeps_nothing(sqlite_url, tmp_path, capsys,
                                                      monkeypatch):
    fill(sqlite_url, 3, seed=6)
    real = backup.table_counts
    calls = []

    def counts_then_lose_a_client(conn):
        calls.append(1)
        found = real(conn)
        if len(calls) == 2:  # the scratch copy
            found["clients"] -= 1
        return found

    monkeypatch.setattr(backup, "table_counts", counts_then_lose_a_client)
    target = tmp_path / "old.sqlite3"
    target.write_bytes(b"yesterday's backup")
    line = assert_one_error_line(
        run(capsys, "--db", sqlite_url, "backup", str(target), "--force", "--verify"), 1)
    assert "did not restore to the same data" in line and "clients: 3" in line
    assert target.read_bytes() == b"yesterday's backup"
    assert not list(tmp_path.glob(".*.part*"))


def test_a_full_disk_leaves_the_old_backup_and_no_scraps(sqlite_url, tmp_path, capsys,
                                                        monkeypatch):
    target = tmp_path / "nightly.sqlite3"
    backup.backup(sqlite_url, target)
    before = target.read_bytes()

    def disk_full(_source, temp):
        temp.write_bytes(b"half a database")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", disk_full)
    line = assert_one_error_line(
        run(capsys, "--db", sqlite_url, "backup", str(target), "--force"), 1)
    assert "Not enough disk space" in line and "nothing was changed" in line
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".nightly*"))


def test_a_server_backup_is_not_restored_into_sqlite(sqlite_url, tmp_path, capsys):
    dump = tmp_path / "crm.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    line = assert_one_error_line(
        run(capsys, "--db", sqlite_url, "restore", str(dump), "--force"), 1)
    assert "PostgreSQL server backup" in line
