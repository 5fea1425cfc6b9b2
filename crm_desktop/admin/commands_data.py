"""crm-admin demo, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crm_desktop import schema
from crm_desktop.admin.common import (
    PROG,
    CliError,
    add_db_option,
    database,
    is_postgres,
    owner_engine,
)
from crm_desktop.db import make_sessions
from crm_desktop.services import backup, backup_server, demo

EXIT_NOT_SUPPORTED = 6


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def register(commands: Any) -> None:
    demo_cmd = commands.add_parser(
        "demo", help="fill the database with realistic Russian demo data",
        description="Add N demo clients with contacts, requisites (valid INN/OGRN/accounts), "
                    "deals with stage history, tasks and activities, a product catalogue and "
                    f"demo users (password {demo.DEMO_PASSWORD}): admin, rukovoditel, ivanova, "
                    "petrov, sidorova, stazher. Running it again adds more clients.")
    demo_cmd.add_argument("--clients", type=_positive, required=True, metavar="N",
                          help="number of clients to add")
    demo_cmd.add_argument("--seed", type=int, default=1, metavar="S",
                          help="random seed (same seed, same data; default 1)")
    demo_cmd.add_argument("--no-logins", action="store_true",
                          help="PostgreSQL: do not create server logins for the demo users "
                               "(logins are server-wide roles)")
    add_db_option(demo_cmd)
    demo_cmd.set_defaults(handler=cmd_demo)

    backup_cmd = commands.add_parser(
        "backup", help="back up the database (SQLite file or PostgreSQL server) to a file",
        description="SQLite: a consistent copy made with SQLite's online backup (safe while "
                    "CRM clients are running). PostgreSQL: pg_dump in custom format (needs the "
                    "PostgreSQL client programs). Either way the file is written beside PATH, "
                    "checked and only then renamed to PATH.")
    backup_cmd.add_argument("path", type=Path, metavar="PATH",
                            help="backup file, or a folder to get <name>-<UTC time>.sqlite3 "
                                 "(.dump for PostgreSQL) in it")
    backup_cmd.add_argument("--force", action="store_true", help="replace PATH if it exists")
    backup_cmd.add_argument("--verify", action="store_true",
                            help="restore the backup into a scratch database (a temporary file, "
                                 "or a temporary PostgreSQL database) and compare the row "
                                 "counts of every table before keeping it")
    add_db_option(backup_cmd)
    backup_cmd.set_defaults(handler=cmd_backup)

    restore_cmd = commands.add_parser(
        "restore", help="replace the database with a backup",
        description="Check the backup at PATH and replace the database with it in one "
                    "transaction (all or nothing). A database that is not empty is only "
                    "replaced with --force, and is first saved: SQLite next to itself as "
                    "<name>.before-restore-<time>.sqlite3, PostgreSQL next to the backup as "
                    "<database>.before-restore-<time>.dump.")
    restore_cmd.add_argument("path", type=Path, metavar="PATH")
    restore_cmd.add_argument("--force", action="store_true",
                             help="replace a database that is not empty")
    add_db_option(restore_cmd)
    restore_cmd.set_defaults(handler=cmd_restore)


def _progress_printer() -> demo.Progress | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\rclients: {done:,} / {total:,}", end=end, file=sys.stderr, flush=True)
    return show


def cmd_demo(args: argparse.Namespace) -> int:
    engine = owner_engine(args)
    try:
        summary = demo.generate(make_sessions(engine), args.clients, seed=args.seed,
                                progress=_progress_printer(),
                                create_logins=is_postgres(engine) and not args.no_logins)
    finally:
        engine.dispose()
    print(f"Demo data added in {summary.seconds:.1f} s: {summary.clients:,} clients, "
          f"{summary.contacts:,} contacts, {summary.deals:,} deals "
          f"({summary.stage_changes:,} stage changes), {summary.tasks:,} tasks, "
          f"{summary.activities:,} activities; {summary.users_created} new users, "
          f"{summary.products_created} new products.")
    if summary.users_created:
        print(f"Demo users sign in with the password {demo.DEMO_PASSWORD}.")
    return 0


def _is_server(url: str) -> bool:
    try:
        backup.sqlite_file(url)
    except backup.BackupError as exc:
        if exc.code == "server":
            return True
        raise
    return False


def _tools_checked(url: str) -> None:
    """A missing pg_dump is "not supported here" (exit code 6), not a failed operation."""
    try:
        backup_server.tool("pg_dump")
        backup_server.tool("pg_restore")
    except backup.BackupError as exc:
        raise CliError(exc.english(), EXIT_NOT_SUPPORTED) from exc


def cmd_backup(args: argparse.Namespace) -> int:
    url = database(args).url
    if _is_server(url):
        _tools_checked(url)
        server = backup_server.backup(url, args.path, overwrite=args.force, verify=args.verify)
        path, size, revision = server.path, server.size_bytes, server.revision
        clients, users = server.clients, server.users
        tables = len(server.counts)
    else:
        info = backup.backup(url, args.path, overwrite=args.force, verify=args.verify)
        path, size, revision = info.path, info.size_bytes, info.revision
        clients, users, tables = info.clients, info.users, 0
    print(f"Backup written to {path} ({size:,} bytes, schema revision {revision}, "
          f"{clients:,} clients, {users} users).")
    if args.verify:
        print("Verified: restored into a scratch database, every table has the same number "
              f"of rows{f' ({tables} tables)' if tables else ''}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    url = database(args).url
    if _is_server(url):
        _tools_checked(url)
        revision, saved = backup_server.restore(url, args.path, force=args.force)
        summary = ""
    else:
        info, saved = backup.restore(url, args.path, force=args.force)
        revision = info.revision
        summary = f", {info.clients:,} clients, {info.users} users"
    if saved is not None:
        print(f"The previous database was saved to {saved}.")
    print(f"Database restored from {args.path} (schema revision {revision}{summary}).")
    if revision != schema.head_revision():
        print(f'The backup has an older schema: run "{PROG} upgrade" before using it.')
    return 0
