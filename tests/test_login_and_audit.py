"""Logging in on both backends (PostgreSQL: the user's own database login) and the audit chain."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text, update

from crm_desktop.db import make_sessions
from crm_desktop.models import AuditEntry
from crm_desktop.services import audit
from crm_desktop.services.actor import Permission, system_actor
from crm_desktop.services.errors import (
    AccountDisabled,
    AlreadyExists,
    AuthenticationFailed,
    ValidationError,
)
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import login


@pytest.fixture
def admin_users(engine):
    """UserService as crm-admin; drops the PostgreSQL login roles it created afterwards."""
    service = UserService(make_sessions(engine), system_actor())
    created: list[str] = []
    service.created = created
    yield service
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for role in created:
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


def add(service, role_key="manager", password="correct horse"):
    login_name = f"u{uuid.uuid4().hex[:10]}"
    service.created.append(login_name)
    service.add(login_name, "Иванова Анна", role_key, password, team="Продажи")
    return login_name


def test_login_checks_password_and_gives_the_role(db_url, engine, admin_users):
    name = add(admin_users)
    workspace = login(db_url, name.upper(), "correct horse")
    try:
        assert workspace.actor.login == name
        assert workspace.actor.role_key == "manager"
        assert workspace.actor.can(Permission.PRINT) and not workspace.actor.can(Permission.EXPORT)
        if engine.dialect.name == "postgresql":
            with workspace.engine.connect() as conn:
                assert conn.scalar(text("select current_user")) == name
    finally:
        workspace.close()
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:  # the password lives in PostgreSQL, as a SCRAM verifier
            stored = conn.scalar(
                text("select rolpassword from pg_authid where rolname = :r"), {"r": name}
            )
            assert stored.startswith("SCRAM-SHA-256$")
            trusting = conn.scalar(
                text(
                    "select count(*) from pg_hba_file_rules where auth_method = 'trust'"
                    " and 'host' = type and address in ('127.0.0.1', 'all')"
                )
            )
    if engine.dialect.name == "sqlite" or not trusting:
        with pytest.raises(AuthenticationFailed):
            login(db_url, name, "wrong password")
    with pytest.raises(AuthenticationFailed):
        login(db_url, "nobody", "correct horse")


def test_disabled_user_cannot_log_in(db_url, admin_users):
    name = add(admin_users)
    admin_users.set_active(name, False)
    with pytest.raises((AccountDisabled, AuthenticationFailed)):
        login(db_url, name, "correct horse")
    admin_users.set_active(name, True)
    login(db_url, name, "correct horse").close()


def test_duplicate_login_and_bad_input(admin_users):
    name = add(admin_users)
    with pytest.raises(AlreadyExists):
        admin_users.add(name, "Другой", "manager", "another password")
    with pytest.raises(ValidationError) as err:
        admin_users.add("1bad", "X", "manager", "long enough")
    assert err.value.field == "login"
    with pytest.raises(ValidationError) as err:
        admin_users.add("goodname", "X", "manager", "short")
    assert err.value.field == "password"
    with pytest.raises(ValidationError) as err:
        admin_users.add("goodname", "X", "emperor", "long enough")
    assert err.value.field == "role"


def test_audit_chain_detects_tampering(engine):
    sessions = make_sessions(engine)
    with sessions.begin() as session:
        for action in ("login", "export", "print"):
            audit.record(session, system_actor(), action, "client", 1)
    with sessions() as session:
        assert audit.verify_chain(session) is None
    with sessions.begin() as session:
        second = session.scalars(AuditEntry.__table__.select().order_by(AuditEntry.id)).all()[1]
        session.execute(update(AuditEntry).where(AuditEntry.id == second).values(action="view"))
    with sessions() as session:
        assert audit.verify_chain(session) == second


def test_unreachable_server_is_a_clear_error():
    from crm_desktop.services.errors import DatabaseUnavailable

    with pytest.raises(DatabaseUnavailable):
        login("postgresql://nobody@127.0.0.1:1/none", "x", "y")


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # logins: PostgreSQL only
def test_existing_database_login_is_not_taken_over(engine, admin_users):
    """Logins are server-wide: a same-named login of another database is refused, not altered."""
    name = f"u{uuid.uuid4().hex[:10]}"
    admin_users.created.append(name)
    with engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE \"{name}\" LOGIN PASSWORD 'theirs'"))
    with pytest.raises(AlreadyExists):
        admin_users.add(name, "Кто-то", "manager", "another password")
    with engine.connect() as conn:
        assert conn.scalar(text("select count(*) from users where login = :l"), {"l": name}) == 0
