"""crm-admin server init / status: the PostgreSQL server mode with row-level security."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import Engine

from crm_desktop import schema
from crm_desktop.admin.common import PROG, CliError, add_db_option, is_postgres, owner_engine
from crm_desktop.db import make_sessions
from crm_desktop.services import login_gate, protection
from crm_desktop.services.errors import SchemaMismatch

EXIT_NOT_SUPPORTED = 6


def register(commands: Any) -> None:
    server = commands.add_parser(
        "server", help="set up and inspect the PostgreSQL server mode",
        description="PostgreSQL server mode: one database login per user, one group role per "
                    "CRM role, row-level security on every table with client data.")
    add_db_option(server)
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create or upgrade the schema and the server's roles and policies",
        description="Run as the database owner (a role with CREATEROLE, or postgres): checks "
                    "the database locale, creates or upgrades the schema through the "
                    "migrations, creates one NOLOGIN group role per CRM role with only the "
                    "privileges it needs, forces row-level security on the client data and "
                    "revokes CONNECT from PUBLIC. Safe to run again.")
    add_db_option(init)
    init.set_defaults(handler=cmd_server_init)
    status = actions.add_parser(
        "status", help="show the group roles and protected tables",
        description="Print the database's group roles, protected tables and user logins.")
    add_db_option(status)
    status.set_defaults(handler=cmd_server_status)


def _postgres_owner(args: argparse.Namespace) -> Engine:
    engine = owner_engine(args, check_schema=False)
    if not is_postgres(engine):
        engine.dispose()
        raise CliError("server mode needs a PostgreSQL database (postgresql://owner@host/db); "
                       "an SQLite file has no server to enforce the rules",
                       exit_code=EXIT_NOT_SUPPORTED)
    return engine


def sync_server(engine: Engine) -> None:
    """Carry the roles and users into the server's group roles (after an upgrade too)."""
    with make_sessions(engine).begin() as session:
        protection.sync(session)
        login_gate.sync_gate(session)


def cmd_server_init(args: argparse.Namespace) -> int:
    engine = _postgres_owner(args)
    try:
        protection.check_ctype(engine)
        revision = schema.current_revision(engine)
        if revision is not None and revision not in schema.known_revisions():
            raise SchemaMismatch("newer", revision, schema.head_revision())
        schema.upgrade(engine)
        sync_server(engine)
        _print_status(engine)
        print(f'Next: add users with "{PROG} user add LOGIN --role manager --name ..."; each '
              "gets a PostgreSQL login in their role's group.")
        return 0
    finally:
        engine.dispose()


def cmd_server_status(args: argparse.Namespace) -> int:
    engine = _postgres_owner(args)
    try:
        schema.check(engine)
        _print_status(engine)
        return 0
    finally:
        engine.dispose()


def _print_status(engine: Engine) -> None:
    with make_sessions(engine)() as session:
        state = protection.describe(session)
    print(f"database:         {state.database}")
    print(f"schema revision:  {schema.head_revision()}")
    print("group roles:      " + ", ".join(
        f"{key} -> {group}" for key, group in state.group_roles.items()))
    print(f"row security on:  {len(state.protected_tables)} tables "
          f"({', '.join(state.protected_tables)})")
    print(f"user logins:      {state.logins}")
