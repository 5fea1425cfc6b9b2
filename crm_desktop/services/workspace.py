"""Opening a database and logging in: the one place that turns a URL and credentials into
an engine, a session factory and the Actor every service call runs as.

SQLite: the password is checked against the argon2 hash in `users`.
PostgreSQL: the user connects with their own database login (users.db_role) and password, so the
server itself authenticates them (and, with the protection issue, filters rows for them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions, parse_url
from crm_desktop.models import Role, User
from crm_desktop.services import (
    audit,
    change_audit,
    idempotency,
    login_gate,
    security_settings,
)
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import (
    AccountDisabled,
    AccountLocked,
    AuthenticationFailed,
    CrmError,
    DatabaseUnavailable,
)
from crm_desktop.services.passwords import verify_password

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Workspace:
    """What a logged-in program holds: the engine, sessions and the current user."""

    engine: Engine
    sessions: sessionmaker[Session]
    actor: Actor

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def _explain(exc: DBAPIError) -> CrmError:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if "password authentication failed" in message or "no password supplied" in message:
        return AuthenticationFailed()
    if "role" in message and "does not exist" in message:
        return AuthenticationFailed()
    if "is not permitted to log in" in message:
        return AccountDisabled()
    return DatabaseUnavailable(detail=message)


def open_engine(
    url: str, *, user: str | None = None, password: str | None = None, check_schema: bool = True
) -> Engine:
    """Connect (proving the server answers) and, unless told otherwise, check the schema."""
    parsed = parse_url(url)
    if user is not None:
        parsed = parsed.set(username=user)
    engine = make_engine(parsed, password=password)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        if check_schema:
            schema.check(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise _explain(exc) from exc
    except CrmError:
        engine.dispose()
        raise
    return engine


def has_users(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.scalar(select(func.count()).select_from(User)))


def login(url: str, login_name: str, password: str, *, clock: Clock = utc_now) -> Workspace:
    """Authenticate and return a Workspace, or raise AuthenticationFailed / AccountDisabled /
    AccountLocked / DatabaseUnavailable / SchemaMismatch. Every refusal is audited; in
    PostgreSQL mode the server checks the password and a refused one is counted through the
    login gate (services/login_gate.py)."""
    login_name = login_name.strip().lower()
    is_pg = parse_url(url).get_backend_name() == "postgresql"
    if is_pg:
        try:
            engine = open_engine(url, user=_db_role_guess(login_name), password=password)
        except AuthenticationFailed:
            raise login_gate.refuse(parse_url(url), login_name) from None
    else:
        engine = open_engine(url)
    try:
        sessions = make_sessions(engine)
        with sessions.begin() as session:
            actor, refusal = _check_user(session, login_name, password, is_pg, clock())
        if refusal is not None:
            raise refusal
        assert actor is not None
        if not is_pg:
            change_audit.install(sessions, actor)
        log.info("user id=%s logged in (%s)", actor.user_id, engine.dialect.name)
        return Workspace(engine, sessions, actor)
    except (CrmError, OperationalError):
        engine.dispose()
        raise


def _check_user(
    session: Session, login_name: str, password: str, is_pg: bool, now: datetime
) -> tuple[Actor | None, CrmError | None]:
    """The signed-in Actor, or the refusal to raise once its audit entry is committed."""
    user = session.scalar(select(User).where(User.login == login_name))
    if user is None:
        audit.append(session.connection(), None, None, "login_failed", None, None,
                     {"login": login_name, "reason": "unknown"})
        return None, AuthenticationFailed()
    refusal: CrmError | None = None
    reason = ""
    if user.locked_until is not None and user.locked_until > now:
        minutes = max(1, round((user.locked_until - now).total_seconds() / 60))
        refusal, reason = AccountLocked(minutes), "locked"
    elif not (is_pg or verify_password(user.password_hash, password)):
        settings = security_settings.load(session)
        user.failed_logins += 1
        refusal, reason = AuthenticationFailed(), "password"
        if user.failed_logins >= settings.failed_login_limit:
            user.failed_logins = 0
            user.locked_until = now + timedelta(minutes=settings.failed_login_lock_minutes)
            refusal = AccountLocked(settings.failed_login_lock_minutes)
            reason = "password, locked"
    elif not user.is_active:
        refusal, reason = AccountDisabled(), "disabled"
    if refusal is not None:
        audit.append(session.connection(), user.id, user.login, "login_failed", "user",
                     user.id, {"reason": reason})
        return None, refusal
    if is_pg:
        login_gate.clear_failures(session)
    elif user.failed_logins or user.locked_until is not None:
        user.failed_logins, user.locked_until = 0, None
    user.last_login_at = now
    actor = Actor.from_user(user)
    audit.record(session, actor, "login")
    idempotency.purge(session, user.id, now)
    return actor, None


def _db_role_guess(login_name: str) -> str:
    """The PostgreSQL login of a CRM user: by convention the CRM login itself."""
    return login_name


def workspace_for(engine: Engine, login_name: str) -> Workspace:
    """A Workspace for an already-authorised engine (the admin CLI acting as a CRM user)."""
    sessions = make_sessions(engine)
    with sessions() as session:
        user = session.scalar(select(User).where(User.login == login_name.strip().lower()))
        if user is None:
            raise AuthenticationFailed()
        if not user.is_active:
            raise AccountDisabled()
        actor = Actor.from_user(user)
    if engine.dialect.name == "sqlite":
        change_audit.install(sessions, actor)
    return Workspace(engine, sessions, actor)


def role_names(engine: Engine) -> dict[str, str]:
    with engine.connect() as conn:
        return dict(conn.execute(select(Role.key, Role.name)).all())
