"""crm-admin audit verify / list: the tamper-evident audit log."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.admin.common import add_db_option, owner_engine, print_table
from crm_desktop.db import make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.audit import AuditService

EXIT_BROKEN = 1


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help="check and read the audit log",
                                description="The append-only audit log with its hash chain.")
    add_db_option(audit)
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", help="check that no entry was changed or removed",
        description="Recompute the hash chain; prints the first broken link and exits with "
                    f"code {EXIT_BROKEN} if an entry was changed, removed or inserted.")
    add_db_option(verify)
    verify.set_defaults(handler=cmd_audit_verify)
    listing = actions.add_parser("list", help="the latest entries",
                                 description="Print the latest entries, newest first.")
    listing.add_argument("--user", metavar="LOGIN")
    listing.add_argument("--action", metavar="ACTION", help="e.g. login, login_failed, export")
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    add_db_option(listing)
    listing.set_defaults(handler=cmd_audit_list)


def _service(args: argparse.Namespace) -> tuple[AuditService, Any]:
    engine = owner_engine(args)
    return AuditService(make_sessions(engine), system_actor()), engine


def cmd_audit_verify(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        check = service.verify()
        broken = service.page(check.broken_id + 1, 1) if check.broken_id else []
    finally:
        engine.dispose()
    if check.intact:
        print(f"The audit log is intact: {check.entries} entries, every link matches.")
        return 0
    where = ""
    if broken:
        entry = broken[0]
        where = (f" ({entry.occurred_at:%Y-%m-%d %H:%M:%S}, {entry.login or '-'}, "
                 f"{entry.action})")
    print(f"BROKEN: entry {check.broken_id}{where} does not match the chain: it or the entry "
          "before it was changed, removed or inserted afterwards.")
    return EXIT_BROKEN


def cmd_audit_list(args: argparse.Namespace) -> int:
    service, engine = _service(args)
    try:
        rows = service.page(None, args.limit, login=args.user, action=args.action)
    finally:
        engine.dispose()
    print_table(
        ("id", "time (UTC)", "user", "action", "record", "details"),
        [(r.id, f"{r.occurred_at:%Y-%m-%d %H:%M:%S}", r.login, r.action,
          f"{r.entity} {r.entity_id}" if r.entity else None,
          ", ".join(f"{k}={v}" for k, v in r.details.items())[:80] or None) for r in rows],
    )
    return 0
