"""Substring search over a trigram-indexed `search_text` column (PITFALLS.md #2, #4-#6).

SQLite: the FTS5 trigram table `<table>_fts`, joined (not `IN (subquery)`), the fragment quoted
as a phrase. PostgreSQL: `LIKE '%…%'`, which the pg_trgm GIN index serves. Fragments shorter
than three characters cannot use trigrams: callers fall back to a prefix range on a sort key.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, column, table, text
from sqlalchemy.orm import InstrumentedAttribute

MIN_TRIGRAM = 3


def like_pattern(fragment: str) -> str:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def prefix_range(sort_key: InstrumentedAttribute[str], fragment: str) -> ColumnElement[bool]:
    return (sort_key >= fragment) & (sort_key < fragment + "\uffff")


def trigram_match(
    query: Select[*tuple[Any, ...]],
    dialect: str,
    table_name: str,
    id_column: InstrumentedAttribute[int],
    search_column: InstrumentedAttribute[str],
    fragment: str,
) -> Select[*tuple[Any, ...]]:
    """`query` narrowed to rows whose search text contains `fragment` (≥ 3 characters)."""
    if dialect == "sqlite":
        fts_name = f"{table_name}_fts"
        fts = table(fts_name, column("rowid"))
        phrase = '"' + fragment.replace('"', '""') + '"'
        return query.join(fts, fts.c.rowid == id_column).where(
            text(f"{fts_name} MATCH :phrase").bindparams(phrase=phrase)
        )
    return query.where(search_column.like(like_pattern(fragment)))
