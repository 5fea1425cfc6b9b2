"""Backup and restore of the embedded SQLite database with SQLite's online backup API.

Both are safe while CRM clients are running: a backup reads one consistent snapshot (WAL mode
lets writers go on), and a restore replaces the live database's pages in one SQLite write
transaction, so other connections see either the old or the restored data, never a mixture,
and a failure part-way leaves the database as it was. A restore first saves the current
database next to it (``<name>.before-restore-<time>.sqlite3``).

`backup(..., verify=True)` counts every table's rows in the same read transaction that copies
the database, restores the copy into a scratch file and compares. PostgreSQL servers are backed
up by `backup_server` (pg_dump); `file_kind` tells the two kinds of backup file apart.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.db import parse_url
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, CrmError, SchemaMismatch

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


class BackupError(CrmError):
    MESSAGES = {
        "server": QT_TRANSLATE_NOOP("Errors", "This is a PostgreSQL server database, not a file."),
        "missing": QT_TRANSLATE_NOOP("Errors", "There is no database file at {path}."),
        "exists": QT_TRANSLATE_NOOP(
            "Errors", "{path} already exists; use --force to replace it."),
        "not_backup": QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a crm-desktop backup: {detail}"),
        "failed": QT_TRANSLATE_NOOP("Errors", "Backup or restore failed: {detail}"),
        "disk_full": QT_TRANSLATE_NOOP(
            "Errors", "Not enough disk space to write {path}; nothing was changed. Free some "
            "space or choose another folder. ({detail})"),
        "wrong_kind": QT_TRANSLATE_NOOP("Errors", "{path} is {detail}."),
        "no_tools": QT_TRANSLATE_NOOP(
            "Errors", "{detail} was not found. Install the PostgreSQL client programs "
            "(Debian/Ubuntu: postgresql-client; Windows: the PostgreSQL installer's "
            "\"Command Line Tools\") or name their folder in CRM_PG_BIN."),
        "verify_failed": QT_TRANSLATE_NOOP(
            "Errors", "The backup did not restore to the same data, so it was not kept: "
            "{detail}"),
        "no_createdb": QT_TRANSLATE_NOOP(
            "Errors", "--verify needs a scratch database, but the role {detail} may not create "
            "databases (ALTER ROLE {detail} CREATEDB)."),
        "roles_missing": QT_TRANSLATE_NOOP(
            "Errors", "The backup names server roles this server does not have: {detail}. "
            "Restore the roles first (pg_dumpall --roles-only on the old server), see "
            "docs/ADMIN.md."),
        "not_empty": QT_TRANSLATE_NOOP(
            "Errors", "The database {detail} is not empty; use --force to replace its contents "
            "(they are saved first)."),
    }

    def __init__(self, code: str, path: Path | str = "", detail: str = "") -> None:
        self.code = code
        super().__init__(self.MESSAGES[code], path=str(path), detail=detail)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup (or restored database) holds."""

    path: Path
    size_bytes: int
    revision: str
    clients: int
    users: int


SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


def file_kind(path: Path) -> str | None:
    """'sqlite', 'pg' (pg_dump custom format) or None, from the file's first bytes."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "pg"
    return None


def is_disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or \
        "disk is full" in str(exc) or "no space left" in str(exc).lower()


def sqlite_file(url: str) -> Path:
    """The database file of a SQLite URL; BackupError('server') for PostgreSQL."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise BackupError("server")
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError("missing", parsed.database or ":memory:")
    return Path(parsed.database).expanduser().resolve()


def inspect(path: Path) -> BackupInfo:
    """Check that `path` is an intact crm-desktop database whose schema this program knows."""
    from crm_desktop import schema  # alembic is a heavy import

    if not path.is_file():
        raise BackupError("missing", path)
    if file_kind(path) == "pg":
        raise BackupError("wrong_kind", path, "a PostgreSQL server backup (pg_dump): restore "
                          "it into a PostgreSQL database")
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise BackupError("not_backup", path, f"integrity check: {check}")
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or "clients" not in tables:
                raise BackupError("not_backup", path, "no crm-desktop schema in it")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
            users = conn.execute("SELECT count(*) FROM users").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError("not_backup", path, str(exc)) from exc
    if row is None:
        raise BackupError("not_backup", path, "no schema revision recorded")
    if row[0] not in schema.known_revisions():
        raise SchemaMismatch("newer", row[0], schema.head_revision())
    return BackupInfo(path, path.stat().st_size, row[0], clients, users)


@contextlib.contextmanager
def temp_beside(target: Path) -> Iterator[Path]:
    """A temporary file in the target's folder (same file system, so os.replace is atomic);
    removed unless it was moved into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        for leftover in (temp, Path(f"{temp}-journal"), Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            leftover.unlink(missing_ok=True)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a whole database into a new single file (rollback journal, not WAL) and fsync it."""
    with contextlib.closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def table_counts(conn: sqlite3.Connection) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def _verify(copy: Path, expected: dict[str, int]) -> None:
    """Restore `copy` into a scratch file and compare its row counts with `expected`."""
    with temp_beside(copy.with_name(copy.name + ".verify")) as scratch, contextlib.closing(
            sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as source:
        _copy(source, scratch)
        with contextlib.closing(sqlite3.connect(scratch)) as conn:
            got = table_counts(conn)
    differences = [f"{t}: {n} in the database, {got.get(t)} in the backup"
                   for t, n in expected.items() if got.get(t) != n]
    if differences:
        raise BackupError("verify_failed", copy, "; ".join(differences[:5]))


def backup(url: str, target: Path, *, overwrite: bool = False,
           verify: bool = False) -> BackupInfo:
    """Write a consistent copy of the database at `url` to `target` (atomically). When
    `target` is a folder, the copy is named crm-<UTC time>.sqlite3 inside it. With `verify`
    the copy is restored into a scratch file and its row counts are compared with those the
    copy was taken from; a copy that fails never takes `target`'s place."""
    source_path = sqlite_file(url)
    target = target.expanduser().resolve()
    if target.is_dir():
        target = target / f"{source_path.stem}-{datetime.now(UTC):%Y%m%d-%H%M%S}.sqlite3"
    if not source_path.is_file():
        raise BackupError("missing", source_path)
    if target == source_path:
        raise BackupError("exists", target)
    if target.exists() and not overwrite:
        raise BackupError("exists", target)
    try:
        with temp_beside(target) as temp, contextlib.closing(
                sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True,
                                isolation_level=None)) as source:
            source.execute("BEGIN")  # one read snapshot for the counts and the copy
            counts = table_counts(source)
            _copy(source, temp)
            source.execute("COMMIT")
            inspect(temp)
            if verify:
                _verify(temp, counts)
            os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc):
            raise BackupError("disk_full", target, str(exc)) from exc
        if isinstance(exc, OSError):
            raise
        raise BackupError("failed", target, str(exc)) from exc
    log.info("backup written (%d bytes)", target.stat().st_size)
    return inspect(target)


def restore(url: str, source: Path, *, force: bool = False,
            clock: Clock = lambda: datetime.now(UTC)) -> tuple[BackupInfo, Path | None]:
    """Replace the database at `url` with the backup `source`.

    Returns what was restored and where the previous database was saved (None when there was
    none). Refuses to replace an existing database without `force`.
    """
    target = sqlite_file(url)
    source = source.expanduser().resolve()
    info = inspect(source)
    if source == target:
        raise BackupError("exists", target)
    if not target.exists():
        return _restore_new(source, target), None
    if not force:
        raise BackupError("exists", target)
    saved = target.with_name(f"{target.stem}.before-restore-{clock():%Y%m%d-%H%M%S}.sqlite3")
    backup(f"sqlite:///{target}", saved)
    try:
        with contextlib.closing(sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src, \
                contextlib.closing(sqlite3.connect(target, timeout=30)) as live:
            # one write transaction on the live database: all pages or none
            src.backup(live)
    except sqlite3.Error as exc:
        raise BackupError("failed", target, str(exc)) from exc
    log.info("database restored from backup revision %s", info.revision)
    return inspect(target), saved


def _restore_new(source: Path, target: Path) -> BackupInfo:
    try:
        with temp_beside(target) as temp, contextlib.closing(
                sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src:
            _copy(src, temp)
            inspect(temp)
            os.replace(temp, target)
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc):
            raise BackupError("disk_full", target, str(exc)) from exc
        if isinstance(exc, OSError):
            raise
        raise BackupError("failed", target, str(exc)) from exc
    return inspect(target)
