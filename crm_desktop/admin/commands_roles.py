"""crm-admin role list / add / set / delete: roles, their scope and rights."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import Engine

from crm_desktop.admin.common import add_db_option, owner_engine, print_table
from crm_desktop.db import make_sessions
from crm_desktop.models import RoleScope
from crm_desktop.services.actor import system_actor
from crm_desktop.services.roles import ROLE_FLAGS, RoleData, RoleRow, RoleService

# command-line names of the role flags: export, copy, print, import, delete, users, ...
FLAG_NAMES = {flag: flag.removeprefix("can_").removeprefix("manage_").replace("view_", "")
              for flag in ROLE_FLAGS}
FLAG_OF = {name: flag for flag, name in FLAG_NAMES.items()}
SCOPES = [s.value for s in RoleScope]


def register(commands: Any) -> None:
    role = commands.add_parser("role", help="list, add, change and delete roles",
                               description="Roles: scope (own/team/all) and rights.")
    add_db_option(role)
    actions = role.add_subparsers(dest="role_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help="list roles with scope and permissions",
        description="List roles: key, name, scope (own/team/all clients), permissions, users.")
    add_db_option(listing)
    listing.set_defaults(handler=cmd_role_list)

    rights = ", ".join(FLAG_NAMES.values())
    add = actions.add_parser("add", help="create a role",
                             description=f"Create a role. Rights: {rights}.")
    add.add_argument("key", metavar="KEY", help="2-12 Latin lower-case letters, digits, '_'")
    add.add_argument("--name", required=True, metavar="NAME", help='e.g. "Стажёр"')
    add.add_argument("--scope", required=True, choices=SCOPES)
    add.add_argument("--allow", nargs="*", default=[], choices=list(FLAG_OF), metavar="RIGHT")
    add_db_option(add)
    add.set_defaults(handler=cmd_role_add)

    change = actions.add_parser(
        "set", help="rename a role, change its scope or rights",
        description=f"Change a role; on PostgreSQL its group role follows at once. "
                    f"Rights: {rights}.")
    change.add_argument("key", metavar="KEY")
    change.add_argument("--name", metavar="NAME")
    change.add_argument("--scope", choices=SCOPES)
    change.add_argument("--allow", nargs="*", default=[], choices=list(FLAG_OF), metavar="RIGHT")
    change.add_argument("--deny", nargs="*", default=[], choices=list(FLAG_OF), metavar="RIGHT")
    add_db_option(change)
    change.set_defaults(handler=cmd_role_set)

    delete = actions.add_parser("delete", help="delete a role nobody has",
                                description="Delete a role that is not built in and unused.")
    delete.add_argument("key", metavar="KEY")
    add_db_option(delete)
    delete.set_defaults(handler=cmd_role_delete)


def _service(args: argparse.Namespace) -> tuple[RoleService, Engine]:
    engine = owner_engine(args)
    return RoleService(make_sessions(engine), system_actor()), engine


def _find(service: RoleService, key: str) -> RoleRow:
    for row in service.list():
        if row.key == key:
            return row
    from crm_desktop.services.errors import NotFound  # noqa: PLC0415 - only for this message

    raise NotFound("role", key)


def cmd_role_list(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        roles = service.list()
    finally:
        engine.dispose()
    print_table(
        ("key", "name", "scope", "permissions", "users"),
        [(r.key, r.name, r.scope.value,
          ", ".join(FLAG_NAMES[f] for f in ROLE_FLAGS if r.flags.get(f)) or "read only",
          r.users)
         for r in roles],
    )
    return 0


def cmd_role_add(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        flags = {FLAG_OF[name]: True for name in args.allow}
        row = service.create(args.key, RoleData(args.name, RoleScope(args.scope), flags))
    finally:
        engine.dispose()
    print(f"Role {row.key} created ({row.name}, scope {row.scope.value}).")
    return 0


def cmd_role_set(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        current = _find(service, args.key)
        flags = {FLAG_OF[name]: True for name in args.allow}
        flags |= {FLAG_OF[name]: False for name in args.deny}
        data = RoleData(args.name or current.name,
                        RoleScope(args.scope) if args.scope else current.scope,
                        current.flags | flags)
        row = service.update(args.key, data, current.version)
    finally:
        engine.dispose()
    granted = ", ".join(FLAG_NAMES[f] for f in ROLE_FLAGS if row.flags[f]) or "read only"
    print(f"Role {row.key}: {row.name}, scope {row.scope.value}; rights: {granted}.")
    return 0


def cmd_role_delete(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        service.delete(args.key)
    finally:
        engine.dispose()
    print(f"Role {args.key} deleted.")
    return 0
