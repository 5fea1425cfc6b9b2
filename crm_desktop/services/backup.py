"""Backup and restore of the embedded SQLite database with SQLite's online backup API.

Both are safe while CRM clients are running: a backup reads one consistent snapshot (WAL mode
lets writers go on), and a restore replaces the live database's pages in one SQLite write
transaction, so other connections see either the old or the restored data, never a mixture,
and a failure part-way leaves the database as it was. A restore first saves the current
database next to it (``<name>.before-restore-<time>.sqlite3``).

PostgreSQL server backup is not here yet (the deployment issue adds pg_dump).
"""

from __future__ import annotations

import contextlib
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
        "server": QT_TRANSLATE_NOOP(
            "Errors", "Backup of a PostgreSQL server database is not available yet; "
            "use pg_dump on the server."),
        "missing": QT_TRANSLATE_NOOP("Errors", "There is no database file at {path}."),
        "exists": QT_TRANSLATE_NOOP(
            "Errors", "{path} already exists; use --force to replace it."),
        "not_backup": QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a crm-desktop backup: {detail}"),
        "failed": QT_TRANSLATE_NOOP("Errors", "Backup or restore failed: {detail}"),
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
def _temp_beside(target: Path) -> Iterator[Path]:
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


def backup(url: str, target: Path, *, overwrite: bool = False) -> BackupInfo:
    """Write a consistent copy of the database at `url` to `target` (atomically). When
    `target` is a folder, the copy is named crm-<UTC time>.sqlite3 inside it."""
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
        with _temp_beside(target) as temp, contextlib.closing(
                sqlite3.connect(f"{source_path.as_uri()}?mode=ro", uri=True)) as source:
            _copy(source, temp)
            inspect(temp)
            os.replace(temp, target)
    except sqlite3.Error as exc:
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
        with _temp_beside(target) as temp, contextlib.closing(
                sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)) as src:
            _copy(src, temp)
            inspect(temp)
            os.replace(temp, target)
    except sqlite3.Error as exc:
        raise BackupError("failed", target, str(exc)) from exc
    return inspect(target)
