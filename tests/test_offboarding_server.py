"""Offboarding and the lock screen on a secured PostgreSQL server, checked the way an attacker
would: after offboarding, the leaver's own database login can no longer connect, and the
colleague's login reads the records that moved to them; the lock screen's password is checked
by the server."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from crm_desktop.db import make_sessions
from crm_desktop.services.actor import system_actor
from crm_desktop.services.errors import AccountDisabled, AuthenticationFailed
from crm_desktop.services.offboarding import OffboardingService
from crm_desktop.services.session_lock import SessionLockService
from crm_desktop.services.workspace import login
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server


@pytest.fixture
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


def visible_clients(server: SecuredServer, who: str) -> set[int]:
    with server.connect(who) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM clients")}


def test_the_leaver_cannot_connect_and_the_colleague_reads_their_clients(server):
    assert server.clients["m1"] not in visible_clients(server, "m2")
    workspace = login(server.url, server.logins["adm"], PASSWORD)
    try:
        result = OffboardingService(workspace.sessions, workspace.actor).offboard(
            server.logins["m1"], server.logins["m2"])
    finally:
        workspace.close()
    assert (result.clients, result.deals, result.tasks) == (1, 1, 1)
    with pytest.raises(psycopg.OperationalError):
        server.connect("m1").close()
    with pytest.raises(AccountDisabled):
        login(server.url, server.logins["m1"], PASSWORD)
    assert server.clients["m1"] in visible_clients(server, "m2")
    with server.connect("m2") as conn:
        deals = {row[0] for row in conn.execute("SELECT id FROM deals")}
        tasks = conn.execute("SELECT count(*) FROM tasks WHERE title = 'Позвонить m1'").fetchone()
    assert server.deals["m1"] in deals and tasks == (1,)


def test_the_owner_offboards_from_crm_admin(server):
    service = OffboardingService(make_sessions(server.owner), system_actor())
    service.offboard(server.logins["m2"], server.logins["h"])
    with pytest.raises(psycopg.OperationalError):
        server.connect("m2").close()


def server_checks_passwords(server: SecuredServer) -> bool:
    """The test server may trust local connections (then any password connects)."""
    with server.owner.connect() as conn:
        return not conn.scalar(text(
            "SELECT count(*) FROM pg_hba_file_rules WHERE auth_method = 'trust' "
            "AND type = 'host' AND address IN ('127.0.0.1', 'all')"))


def test_the_lock_screen_password_is_checked_by_the_server(server):
    workspace = login(server.url, server.logins["m1"], PASSWORD)
    try:
        unlock = SessionLockService(workspace.sessions, workspace.actor).unlock
        unlock(PASSWORD)
        if server_checks_passwords(server):
            with pytest.raises(AuthenticationFailed):
                unlock("not-the-password")
        with pytest.raises(AuthenticationFailed):
            unlock("")
        OffboardingService(make_sessions(server.owner), system_actor()).offboard(
            server.logins["m1"], server.logins["m2"])
        with pytest.raises(AccountDisabled):
            unlock(PASSWORD)
    finally:
        workspace.close()
