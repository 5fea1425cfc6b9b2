"""crm-admin invoice list / invoice print: issued invoices and their PDFs."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.admin.common import (
    PASSWORD_ENV,
    add_db_option,
    login_as,
    owner_engine,
    print_table,
)
from crm_desktop.db import make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.invoices import InvoiceService

USER_HELP = (f"act as this CRM user (password from ${PASSWORD_ENV}, else a prompt): their "
             "role's scope and print right apply; default: the database owner")


def register(commands: Any) -> None:
    invoice = commands.add_parser("invoice", help="list issued invoices, print one to PDF",
                                  description="Issued invoices (Счета на оплату).")
    add_db_option(invoice)
    actions = invoice.add_subparsers(dest="invoice_command", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list", help="list issued, paid and cancelled invoices",
        description="List the invoices that have a number, newest first.")
    listing.add_argument("--year", type=int, metavar="YEAR", help="only this year's invoices")
    listing.add_argument("--user", metavar="LOGIN", help=USER_HELP)
    add_db_option(listing)
    listing.set_defaults(handler=cmd_invoice_list)

    printing = actions.add_parser(
        "print", help="save an invoice as PDF",
        description="Save invoice NUMBER of --year as a PDF file. The print is recorded in "
                    "the audit log.")
    printing.add_argument("number", type=int, metavar="NUMBER")
    printing.add_argument("--year", type=int, metavar="YEAR",
                          help="the invoice's year (default: this year)")
    printing.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    printing.add_argument("--user", metavar="LOGIN", help=USER_HELP)
    add_db_option(printing)
    printing.set_defaults(handler=cmd_invoice_print)


@contextmanager
def _invoices(args: argparse.Namespace) -> Iterator[InvoiceService]:
    if args.user:
        workspace = login_as(args, args.user)
        try:
            yield InvoiceService(workspace.sessions, workspace.actor)
        finally:
            workspace.close()
        return
    engine = owner_engine(args)
    try:
        yield InvoiceService(make_sessions(engine), system_actor())
    finally:
        engine.dispose()


def _amount(value: Any) -> str:
    return f"{value:,.2f}".replace(",", " ")


def cmd_invoice_list(args: argparse.Namespace) -> int:
    with _invoices(args) as invoices:
        rows = invoices.issued(args.year)
    show: Callable[[date | None], str] = lambda d: d.strftime("%d.%m.%Y") if d else ""  # noqa: E731
    print_table(
        ("year", "number", "date", "status", "buyer", "total", "paid on"),
        [(r.year, r.number, show(r.issued_on), r.status.value, r.buyer_name, _amount(r.total),
          show(r.paid_on)) for r in rows],
    )
    return 0


def cmd_invoice_print(args: argparse.Namespace) -> int:
    year = args.year or date.today().year
    with _invoices(args) as invoices:
        card = invoices.find(year, args.number)
        data = invoices.pdf(card.row.id)
    args.out.write_bytes(data)
    print(f"Invoice {args.number} of {year} ({card.buyer.name}, {_amount(card.row.total)} RUB) "
          f"saved to {args.out}.")
    return 0
