"""Bulk inserts of many rows inside the caller's transaction, the fastest way each backend
offers: COPY on PostgreSQL (executemany sends one INSERT per row: 5x slower at 100k rows), the
demo generator's driver-level executemany on SQLite, with the row triggers run set-wise."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, ContactMethod

# the demo generator's SQLite fast path (values in SQLAlchemy's storage format, no Core
# per-row processing)
from crm_desktop.services.demo.writer import SQLITE_CACHE_KIB
from crm_desktop.services.demo.writer import _bulk_insert as sqlite_bulk_insert

Row = dict[str, Any]
_TABLES = {m.__tablename__: cast(Table, m.__table__) for m in (Client, Contact, ContactMethod)}

# "AFTER INSERT ON t BEGIN INSERT INTO x (a, b) VALUES (NEW.id, 'I'); END": the trigram index
# and the change log; anything else (a WHEN, several statements) is left to run per row
_COPYING_TRIGGER = re.compile(
    r"^CREATE TRIGGER \w+ AFTER INSERT ON (\w+) BEGIN (INSERT INTO \w+\s*\([\w\s,]+\)) "
    r"VALUES \(([^;]*)\); END$", re.IGNORECASE)
_TRIGGER_VALUE = re.compile(r"^(?:NEW\.(\w+)|'[^']*')$", re.IGNORECASE)


def bulk_insert(session: Session, table: str, rows: list[Row]) -> None:
    """Insert `rows` (all with the same keys) into `table`: clients, contacts or
    contact_methods (the tables the demo generator knows too)."""
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        sqlite_bulk_insert(session, table, rows)
        return
    if session.scalar(text("SELECT row_security_active(:t)"), {"t": table}):
        # a user's own login under row security: PostgreSQL refuses COPY FROM there
        session.execute(insert(_TABLES[table]), rows)
        return
    columns = list(rows[0])
    driver = session.connection().connection.driver_connection
    assert driver is not None
    with driver.cursor() as cursor, cursor.copy(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([v.value if isinstance(v, enum.Enum) else v for v in row.values()])


@contextmanager
def big_cache(session: Session) -> Iterator[None]:
    """SQLite: keep the index pages in memory while a batch goes in (the demo generator's
    setting; the default 2 MB cache re-reads them from disk at 100k rows)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    session.execute(text(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text("PRAGMA cache_size=-2000"))


@contextmanager
def triggers_deferred(session: Session, tables: tuple[str, ...]) -> Iterator[None]:
    """SQLite: the AFTER INSERT triggers of `tables` that copy each new row somewhere (the
    trigram index, the change log) run once, set-wise, for all rows inserted inside the block.

    A row trigger on a table with many indexes made each insert 3x slower (11 s instead of
    2 s for 100k clients); the set-wise INSERT ... SELECT writes the same rows. The triggers
    are dropped and re-created from their stored SQL inside the caller's transaction, so other
    connections never see the schema without them (a rollback restores them too). New rows
    are those above the table's largest id once the write lock is held (one writer at a time).
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    # a write first: Python's sqlite3 opens the transaction only before a data change, so a
    # DROP TRIGGER issued first would be committed at once and survive a rollback
    session.execute(text(f"UPDATE {tables[0]} SET id = id WHERE 0"))
    deferred: list[tuple[str, str, str]] = []  # (table, trigger's SQL, set-wise statement)
    for table in tables:
        for name, sql in session.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t "
                "ORDER BY name"), {"t": table}):
            statement = _set_wise(str(sql), table)
            if statement is not None:
                session.execute(text(f'DROP TRIGGER "{name}"'))
                deferred.append((table, str(sql), statement))
    first = {table: _next_id(session, table) for table in tables}
    yield
    for table, sql, statement in deferred:
        session.execute(text(statement), {"first": first[table]})
        session.execute(text(sql))


def _set_wise(trigger_sql: str, table: str) -> str | None:
    """The trigger's INSERT for every row from id :first on, or None when it is not a plain
    row-copying trigger of `table`."""
    match = _COPYING_TRIGGER.match(" ".join(trigger_sql.split()))
    if match is None or match.group(1).lower() != table.lower():
        return None
    values = [v.strip() for v in match.group(3).split(",")]
    picked = []
    for value in values:
        found = _TRIGGER_VALUE.match(value)
        if found is None:
            return None
        picked.append(found.group(1) or value)
    return (f"{match.group(2)} SELECT {', '.join(picked)} FROM {table} "
            "WHERE id >= :first ORDER BY id")


def _next_id(session: Session, table: str) -> int:
    return int(session.scalar(text(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")) or 1)
