"""crm-admin user ..., role list, whoami: users and roles."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from crm_desktop.admin.common import (
    PASSWORD_ENV,
    add_db_option,
    is_postgres,
    login_as,
    owner_engine,
    print_table,
    read_password,
)
from crm_desktop.db import make_sessions
from crm_desktop.models import Team
from crm_desktop.services.actor import system_actor
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import role_names


def register(commands: Any) -> None:
    user = commands.add_parser("user", help="add, list, disable and enable users",
                               description="Manage CRM users.")
    add_db_option(user)
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help="create a user",
        description="Create a CRM user. The password is asked twice, or read from the first "
                    "line of standard input with --password-stdin. On PostgreSQL this also "
                    "creates the user's database login (a server role named LOGIN).")
    add.add_argument("login", metavar="LOGIN",
                     help="2-63 Latin letters, digits, '.', '-', '_', starting with a letter")
    add.add_argument("--role", required=True, metavar="ROLE",
                     help="role key, see 'crm-admin role list' (admin, head, manager, readonly)")
    add.add_argument("--name", required=True, metavar="FULL_NAME", help='e.g. "Иванова Мария"')
    add.add_argument("--team", metavar="TEAM", help="team (department); created if new")
    add.add_argument("--email", metavar="EMAIL")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from standard input instead of prompting")
    add_db_option(add)
    add.set_defaults(handler=cmd_user_add)

    listing = actions.add_parser("list", help="list users", description="List all users.")
    add_db_option(listing)
    listing.set_defaults(handler=cmd_user_list)

    for name, active in (("disable", False), ("enable", True)):
        verb = "Disable" if not active else "Enable"
        action = actions.add_parser(
            name, help=f"{verb.lower()} a user's access",
            description=f"{verb} a user. A disabled user cannot log in"
                        + (" (on PostgreSQL their login is set to NOLOGIN)." if not active
                           else "; enabling restores the login."))
        action.add_argument("login", metavar="LOGIN")
        add_db_option(action)
        action.set_defaults(handler=cmd_user_set_active, active=active)

    set_role = actions.add_parser(
        "set-role", help="move a user to another role (and team)",
        description="Give a user another role; on PostgreSQL their login moves to that role's "
                    "group role at once.")
    set_role.add_argument("login", metavar="LOGIN")
    set_role.add_argument("--role", required=True, metavar="ROLE")
    set_role.add_argument("--team", metavar="TEAM", help='team (department); "" for none')
    add_db_option(set_role)
    set_role.set_defaults(handler=cmd_user_set_role)

    whoami = commands.add_parser(
        "whoami", help="log in as a user and print who that is",
        description=f"Log in as LOGIN (password from ${PASSWORD_ENV}, else a prompt) and print "
                    "the user's name, role and scope: an end-to-end check of a user's login.")
    whoami.add_argument("--user", required=True, metavar="LOGIN")
    add_db_option(whoami)
    whoami.set_defaults(handler=cmd_whoami)


def _service(args: argparse.Namespace) -> tuple[UserService, Any]:
    engine = owner_engine(args)
    return UserService(make_sessions(engine), system_actor()), engine


def cmd_user_add(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        password = read_password(args, f"Password for {args.login}: ", confirm=True)
        row = service.add(args.login, args.name, args.role, password, team=args.team,
                          email=args.email)
        team = f", team {row.team}" if row.team else ""
        print(f"User {row.login} created: {row.full_name}, role {row.role_key}{team}.")
        if is_postgres(engine):
            print(f'PostgreSQL login "{row.login}" created; the user signs in with it.')
        return 0
    finally:
        engine.dispose()


def cmd_user_list(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        rows = service.list()
    finally:
        engine.dispose()
    print_table(
        ("login", "name", "role", "team", "active", "last login"),
        [(u.login, u.full_name, u.role_key, u.team, "yes" if u.is_active else "no",
          f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else None) for u in rows],
    )
    return 0


def cmd_user_set_active(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        row = service.set_active(args.login, args.active)
    finally:
        engine.dispose()
    print(f"User {row.login} {'enabled' if row.is_active else 'disabled'}.")
    return 0


def cmd_user_set_role(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        row = service.set_role(args.login, args.role, team=args.team)
    finally:
        engine.dispose()
    print(f"User {row.login} now has the role {row.role_key}"
          + (f", team {row.team}." if row.team else "."))
    return 0


def cmd_whoami(args: argparse.Namespace) -> int:
    workspace = login_as(args, args.user)
    try:
        actor = workspace.actor
        team = None
        if actor.team_id is not None:
            with workspace.sessions() as session:
                team = session.scalar(select(Team.name).where(Team.id == actor.team_id))
        role = role_names(workspace.engine).get(actor.role_key, actor.role_key)
    finally:
        workspace.close()
    print(f"login: {actor.login}")
    print(f"name:  {actor.full_name}")
    print(f"role:  {actor.role_key} ({role})")
    print(f"scope: {actor.scope.value}")
    print(f"team:  {team or '-'}")
    return 0
