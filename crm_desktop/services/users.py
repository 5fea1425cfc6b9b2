"""Users, roles and teams: administration use cases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Role, RoleScope, Team, User
from crm_desktop.services import audit
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    AlreadyExists,
    NotFound,
    ValidationError,
)
from crm_desktop.services.passwords import hash_password
from crm_desktop.services.validation import optional_text, require_text

BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Errors",
    "A login is 2–63 Latin letters, digits, dots, dashes or underscores, starting with a letter.",
)
SHORT_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The password must be at least {limit} characters.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Errors", "Unknown role: {value}")
LOGIN_TAKEN = QT_TRANSLATE_NOOP("Errors", "login")
DB_LOGIN_TAKEN = QT_TRANSLATE_NOOP("Errors", "database login")

MIN_PASSWORD = 8
_LOGIN_RE = re.compile(r"^[a-z][a-z0-9._-]{1,62}$")


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    login: str
    full_name: str
    role_key: str
    role_name: str
    team: str | None
    is_active: bool
    last_login_at: datetime | None


@dataclass(frozen=True, slots=True)
class RoleRow:
    id: int
    key: str
    name: str
    scope: RoleScope
    is_builtin: bool
    flags: dict[str, bool]


ROLE_FLAGS = (
    "can_edit",
    "can_export",
    "can_copy",
    "can_print",
    "can_import",
    "can_delete",
    "can_manage_users",
    "can_manage_pipelines",
    "can_view_reports",
)


def _user_row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.login,
        user.full_name,
        user.role.key,
        user.role.name,
        user.team.name if user.team else None,
        user.is_active,
        user.last_login_at,
    )


def validate_login(login: str) -> str:
    value = (login or "").strip().lower()
    if not _LOGIN_RE.match(value):
        raise ValidationError("login", BAD_LOGIN)
    return value


def validate_password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError("password", SHORT_PASSWORD, limit=MIN_PASSWORD)
    return password


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def create_db_login(
    session: Session, db_role: str, password: str, *, replace_existing: bool = False
) -> None:
    """PostgreSQL: a login role for one CRM user with the table rights the client needs.
    Logins are server-wide: an existing one (e.g. of another CRM database on the same server)
    is refused unless `replace_existing` (demo data only). The protection issue narrows the
    rights with group roles and row-level security."""
    role = _quote_ident(db_role)
    exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": db_role})
    if exists and not replace_existing:
        raise AlreadyExists(what=DB_LOGIN_TAKEN, value=db_role)
    verb = "ALTER" if exists else "CREATE"
    session.execute(
        text(f"{verb} ROLE {role} LOGIN NOBYPASSRLS PASSWORD {_quote_literal(password)}")
    )
    database = session.scalar(text("SELECT current_database()"))
    session.execute(text(f"GRANT CONNECT ON DATABASE {_quote_ident(str(database))} TO {role}"))
    session.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    session.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    )
    session.execute(text(f"REVOKE UPDATE, DELETE ON audit_log FROM {role}"))
    session.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}"))


class UserService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def add(
        self,
        login: str,
        full_name: str,
        role_key: str,
        password: str,
        team: str | None = None,
        email: str | None = None,
    ) -> UserRow:
        """Create a user; on PostgreSQL also their database login (needs an owner connection)."""
        self._actor.require(Permission.MANAGE_USERS)
        login = validate_login(login)
        full_name = require_text(full_name, field="full_name", limit=200)
        password = validate_password(password)
        email = optional_text(email, field="email", limit=254)
        try:
            with self._sessions.begin() as session:
                role = session.scalar(select(Role).where(Role.key == role_key))
                if role is None:
                    raise ValidationError("role", UNKNOWN_ROLE, value=role_key)
                if session.scalar(select(func.count()).where(User.login == login)):
                    raise AlreadyExists(what=LOGIN_TAKEN, value=login)
                team_row = self._team(session, team) if team else None
                is_pg = session.get_bind().dialect.name == "postgresql"
                user = User(
                    login=login,
                    full_name=full_name,
                    email=email,
                    role=role,
                    team=team_row,
                    password_hash=None if is_pg else hash_password(password),
                    db_role=login if is_pg else None,
                )
                session.add(user)
                session.flush()
                if is_pg:
                    create_db_login(session, login, password)
                audit.record(session, self._actor, "user_add", "user", user.id, {"role": role_key})
                return _user_row(user)
        except IntegrityError as exc:
            raise AlreadyExists(what=LOGIN_TAKEN, value=login) from exc

    def _team(self, session: Session, name: str) -> Team:
        team = session.scalar(select(Team).where(Team.name == name.strip()))
        if team is None:
            team = Team(name=require_text(name, field="team", limit=200))
            session.add(team)
        return team

    def set_active(self, login: str, active: bool) -> UserRow:
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            user = session.scalar(select(User).where(User.login == login.strip().lower()))
            if user is None:
                raise NotFound("user", login)
            user.is_active = active
            if user.db_role and session.get_bind().dialect.name == "postgresql":
                option = "LOGIN" if active else "NOLOGIN"
                session.execute(text(f"ALTER ROLE {_quote_ident(user.db_role)} {option}"))
            audit.record(
                session, self._actor, "user_enable" if active else "user_disable", "user", user.id
            )
            return _user_row(user)

    def roles(self) -> list[RoleRow]:
        with self._sessions() as session:
            return [
                RoleRow(
                    r.id,
                    r.key,
                    r.name,
                    r.scope,
                    r.is_builtin,
                    {f: bool(getattr(r, f)) for f in ROLE_FLAGS},
                )
                for r in session.scalars(select(Role).order_by(Role.id))
            ]

    def list(self) -> list[UserRow]:
        with self._sessions() as session:
            users = session.scalars(select(User).order_by(User.login)).all()
            return [_user_row(u) for u in users]


def create_first_admin(
    sessions: sessionmaker[Session], login: str, full_name: str, password: str
) -> UserRow:
    """First run of an embedded database: the administrator, only while no user exists."""
    from crm_desktop.services.actor import system_actor

    with sessions() as session:
        if session.scalar(select(func.count()).select_from(User)):
            raise AlreadyExists(what=LOGIN_TAKEN, value=login)
    return UserService(sessions, system_actor()).add(login, full_name, "admin", password)
