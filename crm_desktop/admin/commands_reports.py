"""crm-admin report NAME: a report as PDF (and/or CSV), as a CRM user whose role rules apply."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop import config
from crm_desktop.admin.common import PASSWORD_ENV, CliError, add_db_option, login_as, owner_engine
from crm_desktop.db import make_sessions
from crm_desktop.services import report_replica
from crm_desktop.services.actor import system_actor
from crm_desktop.services.reports import Grain
from crm_desktop.services.reports.catalog import ReportKind
from crm_desktop.services.reports.printing import ReportPrinter

USER_HELP = (f"act as this CRM user (password from ${PASSWORD_ENV}, else a prompt): their "
             "role's scope, view-reports and print rights apply, and the numbers come from the "
             "read-only standby when reports_url is set; default: the database owner")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def register(commands: Any) -> None:
    report = commands.add_parser(
        "report", help="save a report as PDF (or CSV)",
        description="Compute a report over a period and save it as a PDF with the printing "
                    "user's watermark (and/or as CSV). Printing is recorded in the audit log.")
    report.add_argument("name", choices=[k.value for k in ReportKind], metavar="NAME",
                        help="one of: " + ", ".join(k.value for k in ReportKind))
    report.add_argument("--from", dest="date_from", type=_day, required=True,
                        metavar="YYYY-MM-DD", help="first day of the period")
    report.add_argument("--to", dest="date_to", type=_day, required=True,
                        metavar="YYYY-MM-DD", help="last day of the period (inclusive)")
    report.add_argument("--pipeline", metavar="ID|NAME", help="only this pipeline's deals")
    report.add_argument("--manager", metavar="LOGIN", help="only this manager's deals")
    report.add_argument("--channel", metavar="NAME", help="only this acquisition channel")
    report.add_argument("--grain", choices=[g.value for g in Grain], default="month",
                        help="revenue: group by day, week or month (default: month)")
    report.add_argument("--days", type=int, default=30, metavar="N",
                        help="not-contacted: more than N days without contact (default: 30)")
    report.add_argument("--out", "--pdf", dest="out", type=Path, metavar="FILE.pdf",
                        help="write the PDF here")
    report.add_argument("--csv", type=Path, metavar="FILE.csv",
                        help="write the tables as CSV here (needs the export right)")
    report.add_argument("--user", metavar="LOGIN", help=USER_HELP)
    add_db_option(report)
    report.set_defaults(handler=cmd_report)


@contextmanager
def _printer(args: argparse.Namespace) -> Iterator[ReportPrinter]:
    if args.user:
        workspace = login_as(args, args.user)
        standby = report_replica.open_for(workspace.engine, config.resolve_reports_url())
        try:
            yield report_replica.report_printer(
                workspace.sessions, report_replica.reports_sessions(workspace.sessions, standby),
                workspace.actor)
        finally:
            if standby is not None:
                standby.dispose()
            workspace.close()
        return
    engine = owner_engine(args)
    try:
        yield ReportPrinter(make_sessions(engine), system_actor())
    finally:
        engine.dispose()


def cmd_report(args: argparse.Namespace) -> int:
    if args.out is None and args.csv is None:
        raise CliError("give --out FILE.pdf and/or --csv FILE.csv")
    kind, grain = ReportKind(args.name), Grain(args.grain)
    with _printer(args) as printer:
        f = printer.resolve(args.date_from, args.date_to, pipeline=args.pipeline,
                            manager_login=args.manager, channel=args.channel)
        pdf = printer.pdf(kind, f, grain=grain, days=args.days) if args.out else None
        text = printer.csv(kind, f, grain=grain, days=args.days) if args.csv else None
    if pdf is not None:
        args.out.write_bytes(pdf)
        print(f"Report {kind.value} ({f.date_from:%d.%m.%Y}–{f.date_to:%d.%m.%Y}) saved to "
              f"{args.out}.")
    if text is not None:
        args.csv.write_text(text, encoding="utf-8-sig")
        print(f"Report {kind.value} saved as CSV to {args.csv}.")
    return 0
