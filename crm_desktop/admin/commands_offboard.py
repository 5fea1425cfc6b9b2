"""crm-admin user offboard LOGIN --to LOGIN: an employee leaves.

Registered after `commands_users` (it adds an action to the `user` command)."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.admin.common import add_db_option, owner_engine, print_table
from crm_desktop.db import make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.offboarding import OffboardingService, OffboardReport

CATEGORIES = ("opened", "exported", "printed")


def _user_actions(commands: Any) -> Any:
    user: argparse.ArgumentParser = commands.choices["user"]
    for action in user._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError("the user command has no actions")


def register(commands: Any) -> None:
    offboard = _user_actions(commands).add_parser(
        "offboard", help="an employee leaves: disable and hand their records to a colleague",
        description="In one transaction: disable LOGIN (on PostgreSQL their login is set to "
                    "NOLOGIN) and make the colleague --to responsible for LOGIN's clients, "
                    "deals, open tasks and projects. Then print what LOGIN opened, exported "
                    "and printed in the last --days days (from the audit log).")
    offboard.add_argument("login", metavar="LOGIN", help="the employee who leaves")
    offboard.add_argument("--to", required=True, metavar="LOGIN", dest="to_login",
                          help="the active colleague who takes over")
    offboard.add_argument("--days", type=int, default=30, metavar="N",
                          help="the report's period (default: 30 days)")
    add_db_option(offboard)
    offboard.set_defaults(handler=cmd_user_offboard)


def cmd_user_offboard(args: argparse.Namespace) -> int:
    engine = owner_engine(args)
    try:
        service = OffboardingService(make_sessions(engine), system_actor())
        result = service.offboard(args.login, args.to_login)
        report = service.report(result.login, max(1, args.days))
    finally:
        engine.dispose()
    print(f"User {result.login} disabled. Handed to {result.to_login} ({result.to_full_name}): "
          f"{result.clients} clients, {result.deals} deals, {result.tasks} open tasks, "
          f"{result.projects} projects.")
    print_report(report)
    return 0


def print_report(report: OffboardReport) -> None:
    print(f"\nWhat {report.login} did from {report.since:%Y-%m-%d %H:%M} to "
          f"{report.until:%Y-%m-%d %H:%M} (UTC):")
    for category in CATEGORIES:
        total = report.total(category)
        print(f"  {category}: {total.events} times, {total.records} records")
    if not report.lines:
        return
    print()
    print_table(
        ("what", "action", "record", "name", "times", "last (UTC)"),
        [(line.category, line.action,
          f"{line.entity} {line.entity_id}" if line.entity_id is not None else line.entity,
          line.name, line.times, f"{line.last_at:%Y-%m-%d %H:%M}") for line in report.lines],
    )
