"""crm-admin report NAME, through a parser built here (cli.py registers the module)."""

from __future__ import annotations

import argparse
import time

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.admin import commands_reports
from crm_desktop.db import make_engine
from crm_desktop.models import AuditEntry
from crm_desktop.services.actor import system_actor
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.services.users import UserService
from tests.factories import make_world
from tests.test_report_support import build_office


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="crm-admin")
    commands_reports.register(parser.add_subparsers(dest="command"))
    return parser.parse_args(list(argv))


@pytest.fixture(autouse=True)
def _utc_workstation(monkeypatch):
    """Periods are local days: make the workstation's time zone UTC like the data's."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def office(sqlite_url):
    engine = make_engine(sqlite_url)
    office = build_office(make_world(engine))
    UserService(office.world.sessions, system_actor()).add(
        "reader2", "Читатель", "readonly", "secret-password-1")
    yield sqlite_url, office
    engine.dispose()


NOVEMBER = ("--from", "2026-11-01", "--to", "2026-11-30")


def test_the_funnel_as_pdf_and_csv(office, tmp_path, capsys):
    url, world = office
    pdf, csv = tmp_path / "funnel.pdf", tmp_path / "funnel.csv"
    args = parse("report", "funnel", *NOVEMBER, "--pipeline", "Тест", "--out", str(pdf),
                 "--csv", str(csv), "--db", url)
    assert args.handler(args) == 0
    assert "saved to" in capsys.readouterr().out
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Воронка продаж: Тест" in text and "Напечатал: crm-admin" in text
    rows = csv.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "Воронка продаж: Тест"
    # the owner sees vera's deal d13 too: 11 in A, 7 in B, 4 won
    assert rows[2].startswith("Квалификация;11;11;63,6 %;36,4 %")
    with world.world.sessions() as session:
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "report_print" in actions and "report_export" in actions


def test_manager_filter_by_login(office, tmp_path):
    url, _world = office
    pdf = tmp_path / "managers.pdf"
    args = parse("report", "managers", *NOVEMBER, "--manager", "anna", "--pdf", str(pdf),
                 "--db", url)
    assert args.handler(args) == 0
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Менеджер: Anna" in text and "Boris" not in text
    unknown = parse("report", "managers", *NOVEMBER, "--manager", "nobody", "--out",
                    str(pdf), "--db", url)
    with pytest.raises(NotFound):
        unknown.handler(unknown)


def test_a_role_without_print_is_refused(office, tmp_path, monkeypatch):
    url, _world = office
    monkeypatch.setenv("CRM_PASSWORD", "secret-password-1")
    out = tmp_path / "report.pdf"
    args = parse("report", "losses", *NOVEMBER, "--out", str(out), "--db", url,
                 "--user", "reader2")
    with pytest.raises(PermissionDenied):
        args.handler(args)
    assert not out.exists()
