"""crm-admin import, through a parser built here the way cli.py builds it (the command is
registered by commands_import.register)."""

from __future__ import annotations

import argparse
import json

import pytest
from sqlalchemy import func, select
from test_import_support import write_csv, write_xlsx

from crm_desktop.admin import commands_import
from crm_desktop.admin.cli import describe
from crm_desktop.admin.common import add_db_option
from crm_desktop.db import make_engine
from crm_desktop.models import AuditEntry, Client
from crm_desktop.services.errors import CrmError
from tests.factories import make_world


@pytest.fixture
def world(db_url):
    engine = make_engine(db_url)
    w = make_world(engine)
    w.url = db_url
    w.anna = w.add_user("anna", "manager")
    yield w
    engine.dispose()


def crm_admin(world, capsys, *argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="crm-admin")
    add_db_option(parser, top_level=True)
    commands_import.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["--db", world.url, *argv])
    capsys.readouterr()
    try:
        code = args.handler(args)
    except CrmError as exc:
        message, code = describe(exc)
        return code, message
    return code, capsys.readouterr().out


def clients(world) -> int:
    with world.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(Client)))


def test_import_prints_the_counts_and_writes_the_rejects(world, capsys, tmp_path):
    path = write_csv(tmp_path / "clients.csv")
    code, out = crm_admin(world, capsys, "import", "clients", str(path), "--owner", "anna",
                          "--rejects", str(tmp_path / "bad.csv"))
    assert code == 0
    # --on-duplicate skip (the default): the second "Ромашка" row is skipped, not merged
    assert ("imported 7, updated 0, merged 0, skipped 1, rejected 5; 1 with warnings"
            in out), out
    assert "  row 5: ИНН: INN must be 10 digits" in out
    assert f"Rejected rows with the reasons: {tmp_path / 'bad.csv'}" in out
    assert (tmp_path / "bad.csv").exists() and clients(world) == 7
    with world.sessions() as s:
        assert set(s.scalars(select(Client.manager_id))) == {world.anna.user_id}
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "import"))
        assert entry.login == "crm-admin" and entry.details["created"] == 7


def test_dry_run_and_duplicate_policy(world, capsys, tmp_path):
    path = write_xlsx(tmp_path / "clients.xlsx")
    code, out = crm_admin(world, capsys, "import", "clients", str(path), "--dry-run",
                          "--on-duplicate", "create", "--sheet", "Клиенты")
    assert code == 0 and "Would import clients" in out and "imported 8, " in out
    assert "Dry run: nothing was written." in out and clients(world) == 0
    code, out = crm_admin(world, capsys, "import", "clients", str(path))
    assert "imported 7, updated 0, merged 0, skipped 1" in out
    code, out = crm_admin(world, capsys, "import", "clients", str(path),
                          "--on-duplicate", "update")
    # rows with an INN, phone or e-mail update their cards; the three persons without any
    # of these cannot be recognised and are created again
    assert "imported 3, updated 4, merged 5, skipped 0" in out and clients(world) == 10


def test_mapping_file_and_errors(world, capsys, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Фирма;Номер\nООО Альфа;+7 912 000-00-09\n", encoding="utf-8")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"entity": "clients",
                                   "columns": {"Фирма": "name", "Номер": "phone"}}))
    code, out = crm_admin(world, capsys, "import", "clients", str(path), "--mapping",
                          str(mapping))
    assert code == 0 and "Фирма → name, Номер → phone" in out and clients(world) == 1
    code, message = crm_admin(world, capsys, "import", "deals", str(path), "--mapping",
                              str(mapping))
    assert code == 1 and "it maps clients, not deals" in message
    code, message = crm_admin(world, capsys, "import", "clients", str(path), "--owner", "nobody")
    assert code == 1 and message == 'There is no user "nobody" in your scope.'
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code, message = crm_admin(world, capsys, "import", "clients", str(empty))
    assert code == 1 and message == "The file empty.csv is empty."
