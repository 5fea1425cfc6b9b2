"""Which database objects autogenerate compares with the ORM model."""

from __future__ import annotations

from typing import Any

# Objects the migrations create outside the ORM model (search indexes).
UNMODELLED_PREFIXES = ("clients_fts", "ix_clients_search_trgm")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (name or "").startswith(UNMODELLED_PREFIXES)
