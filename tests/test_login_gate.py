"""Server mode: wrong passwords lock the account too. PostgreSQL checks the password itself, so
the client counts a refusal through the gate login (revision 0012), which can do nothing else.

The test server trusts local connections and never refuses a password, so the server's refusal
of the user's own connection is simulated; the gate, the counting, the lock and the audit are
real."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from sqlalchemy import select, text

from crm_desktop.db import make_sessions
from crm_desktop.migrations.security_0012 import GATE_ROLE
from crm_desktop.models import AuditEntry, User
from crm_desktop.services import workspace
from crm_desktop.services.actor import system_actor
from crm_desktop.services.errors import AccountLocked, AuthenticationFailed
from crm_desktop.services.security_settings import SecuritySettings, SecuritySettingsService
from tests.pg_security_support import PASSWORD, SecuredServer, secured_server


@pytest.fixture(scope="module")
def server() -> Iterator[SecuredServer]:
    yield from secured_server()


@pytest.fixture
def refusing_server(monkeypatch: pytest.MonkeyPatch):
    """The server refuses the user's password (as a scram-sha-256 server would)."""
    real_open = workspace.open_engine

    def open_engine(url, *, user=None, password=None, check_schema=True):
        if password == "wrong":
            raise AuthenticationFailed()
        return real_open(url, user=user, password=password, check_schema=check_schema)

    monkeypatch.setattr(workspace, "open_engine", open_engine)


def _failures(server: SecuredServer, since: int) -> list[tuple[str | None, dict]]:
    with make_sessions(server.owner)() as session:
        entries = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "login_failed", AuditEntry.id > since).order_by(AuditEntry.id))
        return [(e.login, e.details) for e in entries]


def _last_audit_id(server: SecuredServer) -> int:
    with server.owner.connect() as conn:
        return int(conn.scalar(text("SELECT coalesce(max(id), 0) FROM audit_log")))


def test_wrong_passwords_lock_a_server_account(server: SecuredServer, refusing_server) -> None:
    SecuritySettingsService(make_sessions(server.owner), system_actor()).update(
        SecuritySettings(failed_login_limit=3, failed_login_lock_minutes=20))
    who = server.logins["m2"]
    since = _last_audit_id(server)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            workspace.login(server.url, who, "wrong")
    with pytest.raises(AccountLocked) as locked:
        workspace.login(server.url, who, "wrong")
    assert locked.value.params == {"minutes": 20}
    with pytest.raises(AccountLocked):  # the right password, while locked
        workspace.login(server.url, who, PASSWORD)
    with pytest.raises(AccountLocked):  # a wrong one, while locked: still counted as refused
        workspace.login(server.url, who, "wrong")
    assert _failures(server, since) == [
        (who, {"reason": "password"}), (who, {"reason": "password"}),
        (who, {"reason": "password, locked"}), (who, {"reason": "locked"}),
        (who, {"reason": "locked"})]

    with server.owner.begin() as conn:  # the lock runs out
        conn.execute(text("UPDATE users SET locked_until = :t WHERE login = :l"),
                     {"t": datetime.now(UTC) - timedelta(minutes=1), "l": who})
    workspace.login(server.url, who, PASSWORD).close()
    with make_sessions(server.owner)() as session:
        user = session.scalar(select(User).where(User.login == who))
        assert user is not None and user.failed_logins == 0 and user.locked_until is None


def test_one_wrong_password_is_forgotten_after_a_good_login(
        server: SecuredServer, refusing_server) -> None:
    who = server.logins["h2"]
    with pytest.raises(AuthenticationFailed):
        workspace.login(server.url, who, "wrong")
    with server.owner.connect() as conn:
        assert conn.scalar(text("SELECT failed_logins FROM users WHERE login = :l"),
                           {"l": who}) == 1
    workspace.login(server.url, who, PASSWORD).close()
    with server.owner.connect() as conn:
        assert conn.scalar(text("SELECT failed_logins FROM users WHERE login = :l"),
                           {"l": who}) == 0


def test_an_unknown_login_is_audited(server: SecuredServer, refusing_server) -> None:
    since = _last_audit_id(server)
    with pytest.raises(AuthenticationFailed):
        workspace.login(server.url, "nobody_here", "wrong")
    assert _failures(server, since) == [(None, {"login": "nobody_here", "reason": "unknown"})]


def test_the_gate_login_can_do_nothing_else(server: SecuredServer) -> None:
    dsn = server.url.replace("postgresql://postgres@", f"postgresql://{GATE_ROLE}@")
    with psycopg.connect(dsn, autocommit=True) as conn:
        for statement in ("SELECT * FROM clients", "SELECT * FROM users",
                          "SELECT * FROM audit_log", "DELETE FROM audit_log",
                          "SELECT crm_sync_security()", "SELECT crm_sync_gate()"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # a user's own login cannot count failures for somebody else either
    with server.connect("m1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT crm_gate_failed(%s)", (server.logins["m2"],))
