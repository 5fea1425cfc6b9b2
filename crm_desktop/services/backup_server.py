"""Backup and restore of a PostgreSQL server database with pg_dump / pg_restore (custom format).

The dump is taken in a snapshot exported by a transaction that also counts every table's rows,
so `verify` can restore it into a scratch database (created and dropped here) and compare the
counts exactly even while people keep working. Files are written beside their target and
renamed into place; a restore runs in one transaction (`--single-transaction`), so a failure
leaves the database as it was. Group roles and policies (revision 0004) name server roles: a
backup restores onto the same server, or onto one where those roles were recreated first.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.pool import NullPool

from crm_desktop import schema
from crm_desktop.db import make_engine, parse_url
from crm_desktop.services.backup import BackupError, Clock, file_kind, temp_beside
from crm_desktop.services.errors import SchemaMismatch

log = logging.getLogger(__name__)

TOOLS_ENV = "CRM_PG_BIN"  # a folder with pg_dump / pg_restore, when they are not on PATH
_ROLE_TARGET = re.compile(r'\bTO ((?:"[^"]+"|[\w$]+)(?:\s*,\s*(?:"[^"]+"|[\w$]+))*)')


@dataclass(frozen=True, slots=True)
class ServerBackupInfo:
    path: Path
    size_bytes: int
    revision: str
    counts: dict[str, int]  # rows per table at the moment of the backup
    verified: bool = False

    @property
    def clients(self) -> int:
        return self.counts.get("clients", 0)

    @property
    def users(self) -> int:
        return self.counts.get("users", 0)


def tool(name: str) -> str:
    """The path of pg_dump / pg_restore: $CRM_PG_BIN, else PATH; BackupError('no_tools')."""
    folder = os.environ.get(TOOLS_ENV)
    found = shutil.which(name, path=folder) if folder else shutil.which(name)
    if found is None:
        raise BackupError("no_tools", detail=name)
    return found


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, and the environment carrying it (a
    password on a command line is visible to every user of the machine)."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], url: URL, target: Path | None = None) -> str:
    conninfo, env = _libpq(url)
    args = [a.replace("{conninfo}", conninfo) for a in args]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = " ".join(done.stderr.split())[:600] or f"exit code {done.returncode}"
        if "no space left on device" in detail.lower():
            raise BackupError("disk_full", target or "", detail)
        raise BackupError("failed", target or "", detail)
    return done.stdout


def _table_counts(conn: Connection) -> dict[str, int]:
    tables = conn.scalars(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")).all()
    return {t: int(conn.scalar(text(f'SELECT count(*) FROM public."{t}"')) or 0) for t in tables}


@contextlib.contextmanager
def _snapshot(engine: Engine) -> Iterator[tuple[str, dict[str, int], str]]:
    """An exported snapshot, the row counts and the schema revision it sees; the snapshot lives
    as long as the context (pg_dump --snapshot must start inside it)."""
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, \
            conn.begin():
        snapshot = str(conn.scalar(text("SELECT pg_export_snapshot()")))
        counts = _table_counts(conn)
        revision = str(conn.scalar(text("SELECT version_num FROM alembic_version")))
        yield snapshot, counts, revision


def backup(url: str, target: Path, *, overwrite: bool = False, verify: bool = False,
           clock: Clock = lambda: datetime.now(UTC)) -> ServerBackupInfo:
    """pg_dump the database at `url` to `target` (a file, or a folder to get
    <database>-<UTC time>.dump in it). With `verify` the dump is first restored into a scratch
    database and its row counts compared; a dump that fails never takes `target`'s place."""
    parsed = parse_url(url)
    dump = tool("pg_dump")
    target = target.expanduser().resolve()
    if target.is_dir():
        target = target / f"{parsed.database}-{clock():%Y%m%d-%H%M%S}.dump"
    if target.exists() and not overwrite:
        raise BackupError("exists", target)
    engine = make_engine(parsed, poolclass=NullPool)
    try:
        # an older schema is backed up too: that is the first step of an upgrade
        if schema.current_revision(engine) is None:
            raise SchemaMismatch("empty", None, schema.head_revision())
        with temp_beside(target) as temp:
            with _snapshot(engine) as (snapshot, counts, revision):
                # the owner is itself subject to the forced row security; its own policy
                # (USING true) shows it every row, which pg_dump only uses with this option
                _run([dump, "--format=custom", "--enable-row-security", f"--snapshot={snapshot}",
                      f"--file={temp}", "--dbname={conninfo}"], parsed, target)
            _fsync(temp)
            check_dump(temp)
            if verify:
                _verify(engine, parsed, temp, counts)
            os.replace(temp, target)
    finally:
        engine.dispose()
    log.info("server backup written (%d bytes)", target.stat().st_size)
    return ServerBackupInfo(target, target.stat().st_size, revision, counts, verified=verify)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def check_dump(path: Path) -> str:
    """Check that `path` is a crm-desktop pg_dump whose schema this program knows; returns its
    schema revision."""
    if not path.is_file():
        raise BackupError("missing", path)
    kind = file_kind(path)
    if kind == "sqlite":
        raise BackupError("wrong_kind", path, "a SQLite backup: restore it into a SQLite database")
    if kind != "pg":
        raise BackupError("not_backup", path, "not a pg_dump custom-format file")
    restore_tool = tool("pg_restore")
    try:
        listing = _run([restore_tool, "--list", str(path)], URL.create("postgresql"), path)
        data = _run([restore_tool, "--data-only", "--table=alembic_version", "--file=-",
                     str(path)], URL.create("postgresql"), path)
    except BackupError as exc:
        if exc.code != "failed":
            raise
        raise BackupError("not_backup", path, str(exc.params.get("detail", ""))) from exc
    if " TABLE public alembic_version " not in listing or " TABLE public clients " not in listing:
        raise BackupError("not_backup", path, "no crm-desktop schema in it")
    rows = data.split("FROM stdin;\n", 1)[-1].split("\n\\.", 1)[0].split()
    if len(rows) != 1:
        raise BackupError("not_backup", path, "no schema revision recorded")
    if rows[0] not in schema.known_revisions():
        raise SchemaMismatch("newer", rows[0], schema.head_revision())
    return rows[0]


@contextlib.contextmanager
def scratch_database(engine: Engine) -> Iterator[URL]:
    """A new empty database on the same server, dropped on leaving (the role needs CREATEDB)."""
    name = f"crm_scratch_{uuid.uuid4().hex[:12]}"
    admin = engine.execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        allowed = conn.scalar(text(
            "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"))
        if not allowed:
            raise BackupError("no_createdb", detail=str(conn.scalar(text("SELECT current_user"))))
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\' '
                          "LC_COLLATE 'C' LC_CTYPE 'C'"))
    try:
        yield engine.url.set(database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def _verify(engine: Engine, url: URL, dump: Path, expected: dict[str, int]) -> None:
    with scratch_database(engine) as scratch:
        _run([tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
              "--dbname={conninfo}", str(dump)], scratch.set(password=url.password), dump)
        check = make_engine(scratch.set(password=url.password), poolclass=NullPool)
        try:
            with check.connect() as conn:
                got = _table_counts(conn)
        finally:
            check.dispose()
    differences = [f"{t}: {n} in the database, {got.get(t)} in the backup"
                   for t, n in expected.items() if got.get(t) != n]
    if differences:
        raise BackupError("verify_failed", dump, "; ".join(differences[:5]))
    log.info("backup verified: %d tables, same row counts", len(expected))


def missing_roles(engine: Engine, dump: Path) -> list[str]:
    """Server roles the dump's grants and policies name that this server lacks."""
    script = _run([tool("pg_restore"), "--section=post-data", "--section=pre-data",
                   "--schema-only", "--file=-", str(dump)], URL.create("postgresql"), dump)
    named: set[str] = set()
    for line in script.splitlines():
        if line.startswith(("GRANT ", "CREATE POLICY ", "ALTER DEFAULT PRIVILEGES ")):
            for match in _ROLE_TARGET.finditer(line):
                named.update(r.strip().strip('"') for r in match.group(1).split(","))
    named.discard("PUBLIC")
    with engine.connect() as conn:
        existing = set(conn.scalars(text("SELECT rolname FROM pg_roles")).all())
    return sorted(named - existing)


def is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not conn.scalar(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))


def restore(url: str, source: Path, *, force: bool = False,
            clock: Clock = lambda: datetime.now(UTC)) -> tuple[str, Path | None]:
    """Replace the database at `url` with the dump `source` in one transaction.

    Returns the restored schema revision and where the previous contents were saved (None for
    an empty database). A non-empty database is only replaced with `force`.
    """
    parsed = parse_url(url)
    source = source.expanduser().resolve()
    revision = check_dump(source)
    engine = make_engine(parsed, poolclass=NullPool)
    try:
        lacking = missing_roles(engine, source)
        if lacking:
            raise BackupError("roles_missing", source, ", ".join(lacking))
        empty = is_empty(engine)
        if not empty and not force:
            raise BackupError("not_empty", detail=str(parsed.database))
        saved = None
        if not empty:
            saved = source.with_name(
                f"{parsed.database}.before-restore-{clock():%Y%m%d-%H%M%S}.dump")
            backup(url, saved)
        args = [tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
                "--dbname={conninfo}", str(source)]
        if not empty:
            args[1:1] = ["--clean", "--if-exists"]
        _run(args, parsed, source)
    finally:
        engine.dispose()
    log.info("server database restored from backup revision %s", revision)
    return revision, saved
