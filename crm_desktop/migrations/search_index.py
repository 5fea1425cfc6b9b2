"""Trigram search indexes over clients.search_text, outside the ORM model.

Used by revision 0001. Do not change what these functions create; add a new revision instead.
SQLite: an external-content FTS5 table with the trigram tokenizer, kept in sync by triggers.
PostgreSQL: pg_trgm with a GIN index.
"""

from __future__ import annotations

from alembic import op

SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE clients_fts USING fts5("
    "search_text, content='clients', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER clients_fts_ai AFTER INSERT ON clients BEGIN "
    "INSERT INTO clients_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER clients_fts_ad AFTER DELETE ON clients BEGIN "
    "INSERT INTO clients_fts(clients_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER clients_fts_au AFTER UPDATE OF search_text ON clients BEGIN "
    "INSERT INTO clients_fts(clients_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO clients_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS clients_fts_au",
    "DROP TRIGGER IF EXISTS clients_fts_ad",
    "DROP TRIGGER IF EXISTS clients_fts_ai",
    "DROP TABLE IF EXISTS clients_fts",
]

POSTGRES_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_clients_search_trgm ON clients USING gin (search_text gin_trgm_ops)",
]

POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_clients_search_trgm"]


def create() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_CREATE if dialect == "sqlite" else POSTGRES_CREATE:
        op.execute(statement)


def drop() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_DROP if dialect == "sqlite" else POSTGRES_DROP:
        op.execute(statement)
