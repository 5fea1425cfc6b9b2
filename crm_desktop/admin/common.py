"""Shared pieces of the crm-admin commands: which database, opening it, passwords, tables."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Engine

from crm_desktop.config import ResolvedUrl, resolve_database_url
from crm_desktop.db import parse_url
from crm_desktop.services.errors import CrmError, DatabaseUnavailable
from crm_desktop.services.workspace import Workspace, login, open_engine

PROG = "crm-admin"
PASSWORD_ENV = "CRM_PASSWORD"


class CliError(CrmError):
    """A failure found by the command line itself (not by a service)."""

    def __init__(self, message: str, exit_code: int = 1, **params: object) -> None:
        self.exit_code = exit_code
        super().__init__(message, **params)


def database(args: argparse.Namespace) -> ResolvedUrl:
    """--db, else $CRM_DATABASE_URL, else the config files, else the default SQLite file."""
    return resolve_database_url(getattr(args, "db", None))


def shown_url(url: str) -> str:
    """The URL for display, without its password."""
    try:
        return parse_url(url).render_as_string(hide_password=True)
    except CrmError:
        return url


def sqlite_file(url: str) -> Path | None:
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database or "").expanduser()


def owner_engine(args: argparse.Namespace, *, check_schema: bool = True,
                 create: bool = False) -> Engine:
    """Connect as the database owner (the URL's user). A missing SQLite file is created only
    when `create` is set (crm-admin init), never by a typo in --db."""
    url = database(args).url
    path = sqlite_file(url)
    if path is not None and not create and not path.exists():
        raise DatabaseUnavailable(detail=f'no database file at {path} (run "{PROG} init")')
    return open_engine(url, check_schema=check_schema)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def read_password(args: argparse.Namespace, prompt: str, *, confirm: bool) -> str:
    """From stdin (--password-stdin: the first line), else an interactive prompt."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise CliError("the two passwords do not match")
    return first


def login_as(args: argparse.Namespace, login_name: str) -> Workspace:
    """Log in as a CRM user (commands that act as a user: --user LOGIN). The password comes
    from $CRM_PASSWORD, else a prompt. The caller closes the workspace."""
    url = database(args).url
    path = sqlite_file(url)
    if path is not None and not path.exists():
        raise DatabaseUnavailable(detail=f"no database file at {path}")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"Password for {login_name}: ")
    return login(url, login_name, password)


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A plain aligned text table on stdout."""
    text_rows = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, len(v)) for w, v in zip(widths, row, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line.rstrip())
    print("  ".join("-" * w for w in widths))
    for row in text_rows:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def warn(message: str) -> None:
    print(f"{PROG}: WARNING: {message}", file=sys.stderr)


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    """--db on the main parser and again on every subcommand (either place works)."""
    parser.add_argument(
        "--db", metavar="URL", default=None if top_level else argparse.SUPPRESS,
        help="database URL, e.g. sqlite:////path/crm.sqlite3 or "
             "postgresql://owner@server/crm (default: $CRM_DATABASE_URL, then the "
             "workstation config file, then the default SQLite file)",
    )
