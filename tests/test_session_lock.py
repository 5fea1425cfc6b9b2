"""Unlocking a locked session on SQLite: the argon2 hash decides, a disabled user cannot
unlock, and both outcomes are audited. (PostgreSQL: tests/test_offboarding_server.py.)"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.models import AuditEntry
from crm_desktop.services.actor import system_actor
from crm_desktop.services.errors import AccountDisabled, AuthenticationFailed
from crm_desktop.services.session_lock import WRONG_PASSWORD, SessionLockService
from crm_desktop.services.users import UserService
from crm_desktop.services.workspace import login


@pytest.fixture
def signed_in(sqlite_url):
    engine = make_engine(sqlite_url)
    UserService(make_sessions(engine), system_actor()).add(
        "ivanova", "Иванова Мария", "manager", "correct-horse")
    workspace = login(sqlite_url, "ivanova", "correct-horse")
    yield workspace
    workspace.close()
    engine.dispose()


def actions(workspace):
    with workspace.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).where(
            AuditEntry.action.like("unlock%")).order_by(AuditEntry.id)))


def test_the_right_password_unlocks_and_a_wrong_one_is_refused(signed_in):
    service = SessionLockService(signed_in.sessions, signed_in.actor)
    service.unlock("correct-horse")
    with pytest.raises(AuthenticationFailed) as caught:
        service.unlock("correct-horsE")
    assert caught.value.message == WRONG_PASSWORD
    with pytest.raises(AuthenticationFailed):
        service.unlock("")
    assert actions(signed_in) == ["unlock", "unlock_failed", "unlock_failed"]


def test_a_user_disabled_meanwhile_cannot_unlock(signed_in, sqlite_url):
    UserService(signed_in.sessions, system_actor()).set_active("ivanova", False)
    with pytest.raises(AccountDisabled):
        SessionLockService(signed_in.sessions, signed_in.actor).unlock("correct-horse")
