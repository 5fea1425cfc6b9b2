"""crm-admin invoice list / print, through a parser built here (cli.py registers the module)."""

from __future__ import annotations

import argparse
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.admin import commands_invoices
from crm_desktop.db import make_engine
from crm_desktop.models import AuditEntry
from crm_desktop.services.actor import system_actor
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.services.invoices import InvoiceService
from crm_desktop.services.users import UserService
from tests.test_invoice_support import invoice_world


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-admin")
    commands_invoices.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(list(argv))


@pytest.fixture
def office(sqlite_url):
    engine = make_engine(sqlite_url)
    world = invoice_world(engine)
    invoices = InvoiceService(world.sessions, world.anna, lambda: date(2026, 11, 26))
    for _ in range(2):
        draft = invoices.create_from_deal(world.deal.id)
        invoices.issue(draft.row.id, draft.row.version)
    invoices.create_from_deal(world.deal.id)  # a draft: not listed, no number
    users = UserService(world.sessions, system_actor())
    users.add("reader2", "Читатель", "readonly", "secret-password-1")
    yield sqlite_url, world
    engine.dispose()


def test_list_shows_numbered_invoices(office, capsys):
    url, _world = office
    args = parse("invoice", "list", "--year", "2026", "--db", url)
    assert args.handler(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["year", "number", "date", "status", "buyer", "total", "paid",
                                "on"]
    assert [line.split()[:4] for line in lines[2:]] == [
        ["2026", "2", "26.11.2026", "issued"], ["2026", "1", "26.11.2026", "issued"]]
    assert "5 249.99" in lines[2]


def test_print_writes_the_pdf_and_audits_it(office, tmp_path, capsys):
    url, world = office
    out = tmp_path / "invoice.pdf"
    args = parse("invoice", "print", "2", "--year", "2026", "--out", str(out), "--db", url)
    assert args.handler(args) == 0
    assert "saved to" in capsys.readouterr().out
    text = PdfReader(out).pages[0].extract_text()
    assert "Счёт на оплату № 2 от 26 ноября 2026 г." in text
    with world.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "invoice_print")).one()
    assert entry.login == "crm-admin"
    missing = parse("invoice", "print", "9", "--year", "2026", "--out", str(out), "--db", url)
    with pytest.raises(NotFound):
        missing.handler(missing)


def test_a_user_without_the_print_right_cannot_print(office, tmp_path, monkeypatch):
    url, _world = office
    monkeypatch.setenv("CRM_PASSWORD", "secret-password-1")
    out = tmp_path / "invoice.pdf"
    args = parse("invoice", "print", "1", "--year", "2026", "--out", str(out), "--db", url,
                 "--user", "reader2")
    with pytest.raises((PermissionDenied, NotFound)):
        args.handler(args)
    assert not out.exists()
