"""The audit trail: sign-in refusals and the lockout, every change of client data with old and
new values (SQLite: the program; PostgreSQL: triggers), and the chain across an upgrade."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import AuditEntry, User
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.errors import AccountLocked, AuthenticationFailed
from crm_desktop.services.security_settings import SecuritySettings, SecuritySettingsService
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import login

PASSWORD = "correct horse"


@pytest.fixture
def sqlite_users(sqlite_url):
    engine = make_engine(sqlite_url)
    users = UserService(make_sessions(engine), system_actor())
    users.add("ivanova", "Иванова Анна", "manager", PASSWORD)
    yield engine
    engine.dispose()


def _entries(engine, action):
    with make_sessions(engine)() as session:
        return session.scalars(
            select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)).all()


def test_wrong_passwords_lock_the_account_for_a_while(sqlite_url, sqlite_users):
    SecuritySettingsService(make_sessions(sqlite_users), system_actor()).update(
        SecuritySettings(failed_login_limit=3, failed_login_lock_minutes=20))
    now = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            login(sqlite_url, "ivanova", "wrong", clock=lambda: now)
    with pytest.raises(AccountLocked) as locked:
        login(sqlite_url, "ivanova", "wrong", clock=lambda: now)
    assert locked.value.params == {"minutes": 20}
    with pytest.raises(AccountLocked):  # even the right password, while locked
        login(sqlite_url, "ivanova", PASSWORD, clock=lambda: now + timedelta(minutes=19))
    later = now + timedelta(minutes=21)
    login(sqlite_url, "ivanova", PASSWORD, clock=lambda: later).close()
    reasons = [e.details.get("reason") for e in _entries(sqlite_users, "login_failed")]
    assert reasons == ["password", "password", "password, locked", "locked"]
    with make_sessions(sqlite_users)() as session:
        user = session.scalar(select(User).where(User.login == "ivanova"))
        assert user is not None and user.failed_logins == 0 and user.locked_until is None


def test_an_unknown_login_is_audited(sqlite_url, sqlite_users):
    with pytest.raises(AuthenticationFailed):
        login(sqlite_url, "nobody", PASSWORD)
    assert [e.details for e in _entries(sqlite_users, "login_failed")] == [
        {"login": "nobody", "reason": "unknown"}]


def test_sqlite_logs_changes_of_client_data_with_old_and_new_values(sqlite_url, sqlite_users):
    workspace = login(sqlite_url, "ivanova", PASSWORD)
    try:
        clients = ClientService(workspace.sessions, workspace.actor)
        card = clients.create(ClientData(name="ООО Ромашка", city="Казань"))
        clients.update(card.id, replace(card.data, city="Самара"), card.version)
    finally:
        workspace.close()
    changes = [(e.action, e.details) for e in _entries(sqlite_users, "update")
               if e.entity == "client"]
    assert changes == [("update", {"old": {"city": "Казань"}, "new": {"city": "Самара"}})]
    created = [e for e in _entries(sqlite_users, "insert") if e.entity == "client"]
    assert created[0].entity_id == card.id and created[0].details["new"]["name"] == "ООО Ромашка"
    assert created[0].login == "ivanova"
    with make_sessions(sqlite_users)() as session:
        assert audit.verify_chain(session) is None


def test_the_upgrade_reseals_the_chain_in_the_servers_format(empty_postgres_url):
    engine = make_engine(empty_postgres_url)
    try:
        schema.upgrade(engine, "0004")
        with make_sessions(engine).begin() as session:
            for n in range(3):
                session.execute(text(
                    "INSERT INTO audit_log (action, details, hash, occurred_at) "
                    "VALUES (:a, '{}', 'client-side', now())"), {"a": f"old{n}"})
        schema.upgrade(engine)
        with make_sessions(engine).begin() as session:
            audit.record(session, system_actor(), "after_upgrade")
        with make_sessions(engine)() as session:
            assert audit.verify_chain(session) is None
            assert session.scalar(select(AuditEntry.hash).where(
                AuditEntry.action == "old0")) != "client-side"
    finally:
        engine.dispose()
