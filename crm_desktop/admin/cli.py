"""crm-admin: the command line for IT administrators (see docs/ADMIN.md).

Every failure ends with exit code != 0 and one line on stderr ("crm-admin: error: ..."),
never a traceback (unless --debug).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from crm_desktop import __version__
from crm_desktop.admin import (
    commands_audit,
    commands_automation,
    commands_config,
    commands_data,
    commands_db,
    commands_import,
    commands_invoices,
    commands_offboard,
    commands_reports,
    commands_roles,
    commands_server,
    commands_users,
)
from crm_desktop.admin.common import PROG, CliError, add_db_option
from crm_desktop.services.errors import (
    AccountDisabled,
    AuthenticationFailed,
    ConfigurationError,
    CrmError,
    DatabaseUnavailable,
    PermissionDenied,
    SchemaMismatch,
    ValidationError,
)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_DATABASE = 3
EXIT_SCHEMA = 4
EXIT_AUTH = 5
EXIT_INTERRUPTED = 130

# CLI spelling of service field names in validation messages
FIELD_NAMES = {"full_name": "--name", "login": "LOGIN", "role": "--role", "team": "--team",
               "to_login": "--to",
               "email": "--email", "password": "password"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Administer a crm-desktop database: schema, users and roles, demo data, "
                    "backup and restore.",
        epilog="Exit codes: 0 success, 1 operation failed, 2 usage error, 3 database "
               "unreachable or misconfigured, 4 schema version mismatch, 5 login failed, "
               "6 not supported for this database.",
    )
    add_db_option(parser, top_level=True)
    parser.add_argument("--debug", action="store_true",
                        help="log details and show tracebacks of unexpected errors")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands_db.register(commands)
    commands_server.register(commands)
    commands_users.register(commands)
    commands_offboard.register(commands)
    commands_roles.register(commands)
    commands_audit.register(commands)
    commands_invoices.register(commands)
    commands_reports.register(commands)
    commands_import.register(commands)
    commands_automation.register(commands)
    commands_config.register(commands)
    commands_data.register(commands)
    return parser


def describe(exc: CrmError) -> tuple[str, int]:
    """The one-line English message and the exit code of an expected failure."""
    if isinstance(exc, ValidationError):
        return f"{FIELD_NAMES.get(exc.field, exc.field)}: {exc.english()}", EXIT_FAILED
    if isinstance(exc, CliError):
        return exc.english(), exc.exit_code
    if isinstance(exc, ConfigurationError | DatabaseUnavailable):
        return exc.english(), EXIT_DATABASE
    if isinstance(exc, SchemaMismatch):
        revisions = f" (database revision {exc.database_revision or '-'}, program revision " \
                    f"{exc.code_revision})"
        return exc.english() + revisions, EXIT_SCHEMA
    if isinstance(exc, AuthenticationFailed | AccountDisabled):
        return exc.english(), EXIT_AUTH
    if isinstance(exc, PermissionDenied):
        return exc.english(), EXIT_FAILED
    return exc.english(), EXIT_FAILED


def _first_line(exc: BaseException) -> str:
    text = str(exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.handler(args) or EXIT_OK)
    except CrmError as exc:
        return fail(*describe(exc))
    except DBAPIError as exc:
        return fail(f"database error: {_first_line(exc)}", EXIT_DATABASE)
    except SQLAlchemyError as exc:
        return fail(f"database error: {_first_line(exc)}", EXIT_FAILED)
    except OSError as exc:
        return fail(str(exc), EXIT_FAILED)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no traceback
        if args.debug:
            raise
        return fail(f"unexpected {type(exc).__name__}: {_first_line(exc)} "
                    "(run with --debug for details)", EXIT_FAILED)


if __name__ == "__main__":
    sys.exit(main())
