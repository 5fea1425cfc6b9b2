"""Bulk inserts of many rows inside the caller's transaction, the fastest way each backend
offers: COPY on PostgreSQL (executemany sends one INSERT per row: 5x slower at 100k rows), the
demo generator's driver-level executemany on SQLite."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, insert, text
from sqlalchemy.orm import Session

from crm_desktop.models import Client, Contact, ContactMethod

# the demo generator's SQLite fast path (values in SQLAlchemy's storage format, no Core
# per-row processing) and its set-wise FTS indexing
from crm_desktop.services.demo.writer import SQLITE_CACHE_KIB
from crm_desktop.services.demo.writer import _bulk_insert as sqlite_bulk_insert
from crm_desktop.services.demo.writer import _fts_deferred as fts_deferred

Row = dict[str, Any]
_TABLES = {m.__tablename__: cast(Table, m.__table__) for m in (Client, Contact, ContactMethod)}


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


def insert_clients(session: Session, rows: list[Row], first_id: int, last_id: int) -> None:
    """Clients with their ids; on SQLite the trigram index gets them set-wise afterwards."""
    if session.get_bind().dialect.name == "sqlite":
        with fts_deferred(session, "clients", first_id, last_id):
            bulk_insert(session, "clients", rows)
    else:
        bulk_insert(session, "clients", rows)
