"""Create, upgrade and check the database schema through the Alembic migrations."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect

from crm_desktop.services.errors import SchemaMismatch

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # heavy import, only when needed

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_config(conn), revision)
    log.info("database upgraded to %s", revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(_config(conn), revision)


def check(engine: Engine) -> None:
    """Raise SchemaMismatch unless the database is exactly at this program's head."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    if current is None:
        if inspect(engine).get_table_names():
            raise SchemaMismatch("older", None, head)
        raise SchemaMismatch("empty", None, head)
    if current not in known_revisions():
        raise SchemaMismatch("newer", current, head)
    raise SchemaMismatch("older", current, head)
