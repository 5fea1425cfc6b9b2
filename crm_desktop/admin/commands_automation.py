"""crm-admin run-scheduled: fire the time-based automation rules (for cron / Task Scheduler)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from crm_desktop.admin.common import add_db_option, owner_engine
from crm_desktop.db import make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.automation import AutomationService


def register(commands: Any) -> None:
    run = commands.add_parser(
        "run-scheduled", help="run the time-based automation rules once (idempotent)",
        description="Evaluate the active rules for idle deals, overdue tasks and birthdays "
                    "and carry out what is due. A rule fires once per record and period, so "
                    "running this every few minutes (cron, Windows Task Scheduler) or next to "
                    "the workstations' own runs creates nothing twice. Runs as the database "
                    "owner over every record.")
    run.add_argument("--at", metavar="YYYY-MM-DDTHH:MM", type=_moment, default=None,
                     help="evaluate as of this moment (UTC unless an offset is given; "
                          "default: now)")
    add_db_option(run)
    run.set_defaults(handler=cmd_run_scheduled)


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date and time: {text!r}") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def cmd_run_scheduled(args: argparse.Namespace) -> int:
    engine = owner_engine(args)
    try:
        result = AutomationService(make_sessions(engine), system_actor()).run_scheduled(args.at)
    finally:
        engine.dispose()
    print(f"Rules fired: {result.fired}, skipped after an error: {result.skipped}, "
          f"failed: {len(result.failures)}.")
    for rule_id, reason in result.failures:
        print(f"  rule {rule_id}: {reason}")
    return 1 if result.failures else 0
