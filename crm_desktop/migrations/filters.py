"""Which database objects autogenerate compares with the ORM model."""

from __future__ import annotations

from typing import Any

# Objects the migrations create outside the ORM model (search indexes).
UNMODELLED_PREFIXES = ("clients_fts", "deals_fts", "ix_clients_search_trgm", "ix_deals_search_trgm")


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (name or "").startswith(UNMODELLED_PREFIXES)


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render the model's UtcDateTime as a plain DateTime: migrations never import models."""
    from crm_desktop.models.base import UtcDateTime

    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False
