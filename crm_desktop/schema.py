"""Create, upgrade and check the database schema through the Alembic migrations.

Checking (what every start does) reads the revision ids from the migration files and the
database's `alembic_version` row without importing Alembic, whose command machinery costs about
0.3 s of start-up; upgrading and downgrading go through Alembic.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from crm_desktop.services.errors import SchemaMismatch

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# `revision = "0012"` / `down_revision: str | None = "0011"` at the start of a line
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"""["']([^"'\s]+)["']""")


def _config(connection: Connection | None = None):  # type: ignore[no-untyped-def]
    from alembic.config import Config  # heavy import, only when needed

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", str(MIGRATIONS_DIR / "versions"))
    config.attributes["connection"] = connection
    return config


def _revision_graph() -> dict[str, tuple[str, ...]] | None:
    """{revision: its down revisions} read from the migration files, or None if a file does not
    say plainly (then Alembic is asked)."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name.startswith("_"):
            continue
        found = {m.group(1): m.group(2)
                 for m in _ASSIGNMENT.finditer(path.read_text(encoding="utf-8"))}
        revision = _QUOTED.fullmatch(found.get("revision", "").strip())
        down = found.get("down_revision", "").strip()
        if revision is None or not down or down.count("(") != down.count(")") \
                or down.count("[") != down.count("]"):  # a tuple over several lines
            return None
        graph[revision.group(1)] = tuple(_QUOTED.findall(down))
    return graph or None


def head_revision() -> str:
    graph = _revision_graph()
    if graph is not None:
        below = {down for downs in graph.values() for down in downs}
        heads = [revision for revision in graph if revision not in below]
        if len(heads) == 1:
            return heads[0]
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only when the files are unclear

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    graph = _revision_graph()
    if graph is not None:
        return set(graph)
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - only when the files are unclear

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's revision (None: not under Alembic yet). Several rows (branches, which
    this project never makes) come back joined by commas, which no program knows."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    return ",".join(sorted(rows)) if rows else None


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
