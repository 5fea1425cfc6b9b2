"""Unlocking a locked session: the signed-in user proves it is still them with the password.

SQLite: the argon2 hash in `users.password_hash`. PostgreSQL: the server checks the password by
a short connection of its own with the user's database login (the running session's
connections stay as they are). Both refuse a user who was disabled meanwhile.
"""

from __future__ import annotations

import logging

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import User
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    AccountDisabled,
    AuthenticationFailed,
)
from crm_desktop.services.passwords import verify_password
from crm_desktop.services.workspace import open_engine

log = logging.getLogger(__name__)

WRONG_PASSWORD = QT_TRANSLATE_NOOP("Errors", "Wrong password.")


def _server_accepts(engine: Engine, db_role: str, password: str) -> bool:
    url = engine.url.set(password=None).render_as_string(hide_password=False)
    try:
        probe = open_engine(url, user=db_role, password=password, check_schema=False)
    except AuthenticationFailed:
        return False
    probe.dispose()
    return True


class SessionLockService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def unlock(self, password: str) -> None:
        """Return if `password` is the actor's; raise AuthenticationFailed (wrong password) or
        AccountDisabled. Either outcome is audited."""
        with self._sessions() as session:
            user = session.get(User, self._actor.user_id)
            engine = session.get_bind()
            if user is None or not user.is_active:
                raise AccountDisabled()
            db_role, password_hash = user.db_role, user.password_hash
        assert isinstance(engine, Engine)
        if engine.dialect.name == "postgresql":
            ok = bool(password) and db_role is not None and _server_accepts(
                engine, db_role, password)
        else:
            ok = verify_password(password_hash, password)
        with self._sessions.begin() as session:
            audit.record(session, self._actor, "unlock" if ok else "unlock_failed")
        if not ok:
            log.info("user id=%s: wrong password on the lock screen", self._actor.user_id)
            raise AuthenticationFailed(WRONG_PASSWORD)
