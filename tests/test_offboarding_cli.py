"""crm-admin user offboard LOGIN --to LOGIN: counts and the 30-day report on stdout, one error
line for bad input. The command is registered into the real parser the way cli.py will."""

from __future__ import annotations

import argparse

import pytest
from factories import make_world

from crm_desktop.admin import commands_offboard
from crm_desktop.admin.cli import build_parser, describe, fail
from crm_desktop.db import make_engine
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import CrmError
from crm_desktop.services.users import UserService


def parser_with_offboard() -> argparse.ArgumentParser:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if "offboard" not in commands_offboard._user_actions(commands).choices:
        commands_offboard.register(commands)
    return parser


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    args = parser_with_offboard().parse_args(list(argv))
    try:
        code = args.handler(args)
    except CrmError as exc:
        code = fail(*describe(exc))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def office(sqlite_url):
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    leaver = world.add_user("ivanova", "manager")
    world.add_user("petrov", "manager")
    client = ClientService(world.sessions, leaver).create(ClientData(name="ООО Ромашка")).id
    with world.sessions.begin() as session:
        audit.record(session, leaver, "card_open", "client", client)
        audit.record(session, leaver, "invoice_print", "invoice", 3)
    yield world, sqlite_url
    engine.dispose()


def test_offboard_prints_what_moved_and_the_report(capsys, office):
    world, url = office
    code, out, err = run(capsys, "user", "offboard", "ivanova", "--to", "petrov", "--db", url)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == ("User ivanova disabled. Handed to petrov (Petrov): 1 clients, 0 deals, "
                        "0 open tasks, 0 projects.")
    assert "  opened: 1 times, 1 records" in lines
    assert "  printed: 1 times, 1 records" in lines
    assert "  exported: 0 times, 0 records" in lines
    assert any("ООО Ромашка" in line and "card_open" in line for line in lines)
    users = {u.login: u.is_active for u in UserService(world.sessions, system_actor()).list()}
    assert users == {"ivanova": False, "petrov": True}


def test_an_unknown_colleague_is_one_error_line_and_changes_nothing(capsys, office):
    world, url = office
    code, out, err = run(capsys, "user", "offboard", "ivanova", "--to", "nobody", "--db", url)
    assert code == 1 and out == ""
    [line] = err.splitlines()
    assert line.startswith("crm-admin: error: ")
    assert line.endswith(": There is no user with the login nobody.")
    users = {u.login: u.is_active for u in UserService(world.sessions, system_actor()).list()}
    assert users["ivanova"] is True
