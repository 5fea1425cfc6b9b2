"""crm-admin config show | set KEY VALUE | unset KEY [--machine]: this computer's config files."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from crm_desktop import config
from crm_desktop.admin.common import PROG, CliError, warn
from crm_desktop.db import parse_url

URL_KEYS = ("database_url", "reports_url")


def register(commands: Any) -> None:
    if "config" in commands.choices:  # registered once, whichever module gets there first
        return
    cfg = commands.add_parser(
        "config", help="show or change this computer's configuration (which database to use)",
        description="The per-user config file is written by crm-desktop on its first start; "
                    "the machine-wide file (--machine) is the administrator's and wins over "
                    "it. Keys: " + "; ".join(f"{k} — {v}" for k, v in config.KEYS.items()))
    actions = cfg.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="the values in force and where each comes from")
    show.set_defaults(handler=cmd_show)
    set_cmd = actions.add_parser("set", help="set KEY to VALUE in the per-user (or --machine) file")
    set_cmd.add_argument("key", choices=sorted(config.KEYS), metavar="KEY")
    set_cmd.add_argument("value", metavar="VALUE")
    unset = actions.add_parser("unset", help="remove KEY from the per-user (or --machine) file")
    unset.add_argument("key", choices=sorted(config.KEYS), metavar="KEY")
    for action in (set_cmd, unset):
        action.add_argument("--machine", action="store_true",
                            help="the machine-wide file for every user of this computer "
                                 "(needs administrator rights)")
    set_cmd.set_defaults(handler=cmd_set)
    unset.set_defaults(handler=cmd_unset)


def shown_url(url: str) -> str:
    """The address as written in the file, without its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _shown(key: str, value: str) -> str:
    return shown_url(value) if key in URL_KEYS else value


def cmd_show(args: argparse.Namespace) -> int:
    values = config.effective_config()
    resolved = config.resolve_database_url(getattr(args, "db", None))
    print(f"machine config: {config.machine_config_path()}"
          f"{'' if config.machine_config_path().exists() else ' (none)'}")
    print(f"user config:    {config.user_config_path()}"
          f"{'' if config.user_config_path().exists() else ' (none)'}")
    print()
    print(f"database_url = {shown_url(resolved.url)}  ({resolved.source})")
    for key in config.KEYS:
        if key != "database_url" and key in values:
            item = values[key]
            print(f"{key} = {_shown(key, item.value)}  ({item.source})")
    return 0


def _validate(key: str, value: str) -> str:
    value = value.strip()
    if key in URL_KEYS:
        backend = parse_url(value).get_backend_name()  # ConfigurationError: exit code 3
        if key == "reports_url" and backend != "postgresql":
            raise CliError("reports_url must be a PostgreSQL address (a read-only standby)")
        if parse_url(value).password:
            warn("the address contains a password, which every user of this computer can "
                 "read in the file; leave it out: each user signs in with their own login")
    elif key == "language" and value not in config.LANGUAGES:
        raise CliError("language must be one of: " + ", ".join(config.LANGUAGES))
    return value


def _write(path_scope: config.Scope, values: dict[str, str], remove: tuple[str, ...]) -> str:
    path = config.config_path(path_scope)
    try:
        config.update_config(path, values, remove)
    except PermissionError as exc:
        raise CliError(f"cannot write {path}: permission denied"
                       + (" (run as administrator / root)" if path_scope == "machine" else "")
                       ) from exc
    return str(path)


def cmd_set(args: argparse.Namespace) -> int:
    value = _validate(args.key, args.value)
    scope: config.Scope = "machine" if args.machine else "user"
    path = _write(scope, {args.key: value}, ())
    print(f"{args.key} = {_shown(args.key, value)} written to {path}")
    in_force = config.effective_config().get(args.key)
    if in_force is not None and in_force.value != value:
        warn(f"{args.key} from the {in_force.source} wins over this value on this computer "
             f"(run '{PROG} config show')")
    return 0


def cmd_unset(args: argparse.Namespace) -> int:
    scope: config.Scope = "machine" if args.machine else "user"
    path = config.config_path(scope)
    if args.key not in config.read_config(path):
        print(f"{args.key} was not set in {path}")
        return 0
    _write(scope, {}, (args.key,))
    print(f"{args.key} removed from {path}")
    return 0
