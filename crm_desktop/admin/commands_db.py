"""crm-admin init, upgrade, current: create and upgrade the database schema."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, inspect

from crm_desktop import schema
from crm_desktop.admin.commands_server import sync_server
from crm_desktop.admin.common import (
    PROG,
    add_db_option,
    database,
    is_postgres,
    owner_engine,
    shown_url,
    sqlite_file,
    warn,
)
from crm_desktop.services import backup, protection
from crm_desktop.services.errors import ConfigurationError, SchemaMismatch

EXIT_NOT_AT_HEAD = 4


def register(commands: Any) -> None:
    init = commands.add_parser(
        "init", help="create the database schema (or bring it to the current version)",
        description="Create the CRM tables in an empty database, or upgrade an existing one "
                    "to this program's schema version. A missing SQLite file is created. "
                    "On PostgreSQL the database itself must exist (createdb) and should use a "
                    "UTF-8 locale such as C.UTF-8 or ru_RU.UTF-8 for Russian search.")
    add_db_option(init)
    init.set_defaults(handler=cmd_init)

    upgrade = commands.add_parser(
        "upgrade", help="upgrade the schema to this program's version",
        description="Apply the schema migrations the database lacks. SQLite databases are "
                    "backed up next to the file first. Refuses databases created by a newer "
                    "crm-desktop.")
    add_db_option(upgrade)
    upgrade.set_defaults(handler=cmd_upgrade)

    current = commands.add_parser(
        "current", help="show the database's schema revision and whether it is up to date",
        description="Print the database URL, its schema revision, this program's revision "
                    "and the status.")
    current.add_argument("--check", action="store_true",
                         help=f"exit with code {EXIT_NOT_AT_HEAD} unless the schema is up to date")
    add_db_option(current)
    current.set_defaults(handler=cmd_current)


def _refuse_newer(engine: Engine) -> str | None:
    revision = schema.current_revision(engine)
    if revision is not None and revision not in schema.known_revisions():
        raise SchemaMismatch("newer", revision, schema.head_revision())
    return revision


def check_ctype(engine: Engine) -> None:
    """PITFALLS #4: with LC_CTYPE C/POSIX pg_trgm and lower() do not fold Cyrillic."""
    try:
        protection.check_ctype(engine)
    except ConfigurationError as exc:
        warn(f"{exc} (createdb --locale=C.UTF-8 -T template0)")


def cmd_init(args: argparse.Namespace) -> int:
    engine = owner_engine(args, check_schema=False, create=True)
    try:
        revision = _refuse_newer(engine)
        if is_postgres(engine):
            check_ctype(engine)
        head = schema.head_revision()
        if revision == head:
            print(f"The database is already up to date (revision {head}).")
            return 0
        schema.upgrade(engine)
        if is_postgres(engine):
            sync_server(engine)
        verb = "created" if revision is None else f"upgraded from revision {revision}"
        print(f"Database {verb}; schema revision {head}.")
        return 0
    finally:
        engine.dispose()


def cmd_upgrade(args: argparse.Namespace) -> int:
    engine = owner_engine(args, check_schema=False)
    try:
        revision = _refuse_newer(engine)
        head = schema.head_revision()
        if revision is None:
            code = "older" if inspect(engine).get_table_names() else "empty"
            raise SchemaMismatch(code, None, head)
        if revision == head:
            print(f"The database is already up to date (revision {head}).")
            return 0
        path = sqlite_file(database(args).url)
        if path is not None:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            saved = path.with_name(f"{path.stem}.before-upgrade-{stamp}.sqlite3")
            backup.backup(database(args).url, saved)
            print(f"Backup of the current database: {saved}")
        schema.upgrade(engine)
        if is_postgres(engine):
            sync_server(engine)
        print(f"Database upgraded from revision {revision} to {head}.")
        return 0
    finally:
        engine.dispose()


def cmd_current(args: argparse.Namespace) -> int:
    resolved = database(args)
    engine = owner_engine(args, check_schema=False)
    try:
        revision = schema.current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    head = schema.head_revision()
    if revision == head:
        status = "up to date"
    elif revision is None:
        status = (f'empty: run "{PROG} init"' if not has_tables
                  else "not a crm-desktop database (no schema revision)")
    elif revision not in schema.known_revisions():
        status = "created by a newer crm-desktop: update this program"
    else:
        status = f'older than this program: run "{PROG} upgrade"'
    print(f"database: {shown_url(resolved.url)} (from {resolved.source})")
    print(f"revision: {revision or '-'}")
    print(f"head:     {head}")
    print(f"status:   {status}")
    return EXIT_NOT_AT_HEAD if args.check and revision != head else 0
