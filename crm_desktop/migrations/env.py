"""Alembic environment: runs on the connection handed over by crm_desktop.schema."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import create_engine

from crm_desktop.migrations.filters import include_object, render_item
from crm_desktop.models import Base


def run() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    options: dict[str, Any] = dict(
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        compare_server_default=False,
        include_object=include_object,
        render_item=render_item,
    )
    if connection is not None:
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        context.configure(connection=conn, **options)
        with context.begin_transaction():
            context.run_migrations()


run()
