"""Trigram search indexes over clients.search_text and deals.search_text, outside the ORM model.

Used by revision 0001. Do not change what these functions create; add a new revision instead.
SQLite: an external-content FTS5 table with the trigram tokenizer, kept in sync by triggers.
PostgreSQL: pg_trgm with a GIN index.
"""

from __future__ import annotations

from alembic import op


def _sqlite_fts(table: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5("
        f"search_text, content='{table}', content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF search_text ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        f"INSERT INTO {fts}(rowid, search_text) VALUES (new.id, new.search_text); END",
    ]


SQLITE_CREATE = _sqlite_fts("clients") + _sqlite_fts("deals")


SQLITE_DROP = [
    f"DROP {kind} IF EXISTS {table}_fts{suffix}"
    for table in ("deals", "clients")
    for kind, suffix in (("TRIGGER", "_au"), ("TRIGGER", "_ad"), ("TRIGGER", "_ai"), ("TABLE", ""))
]

POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_clients_search_trgm ON clients USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX ix_deals_search_trgm ON deals USING gin (search_text gin_trgm_ops)",
]

POSTGRES_DROP = [
    "DROP INDEX IF EXISTS ix_deals_search_trgm",
    "DROP INDEX IF EXISTS ix_clients_search_trgm",
]


def create() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_CREATE if dialect == "sqlite" else POSTGRES_CREATE:
        op.execute(statement)


def drop() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DROP if dialect == "sqlite" else POSTGRES_DROP:
        op.execute(statement)
