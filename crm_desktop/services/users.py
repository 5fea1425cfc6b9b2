"""Users, roles and teams: administration use cases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Role, Team, User
from crm_desktop.services import audit, protection
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    AlreadyExists,
    NotFound,
    ValidationError,
)
from crm_desktop.services.passwords import hash_password
from crm_desktop.services.roles import ROLE_FLAGS, RoleRow, RoleService
from crm_desktop.services.validation import optional_text, require_text

BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Errors",
    "A login is 2–63 Latin letters, digits, dots, dashes or underscores, starting with a letter.",
)
SHORT_PASSWORD = QT_TRANSLATE_NOOP("Errors", "The password must be at least {limit} characters.")
UNKNOWN_ROLE = QT_TRANSLATE_NOOP("Errors", "Unknown role: {value}")
OWN_ADMIN_RIGHTS = QT_TRANSLATE_NOOP(
    "Errors", "You cannot take the right to manage users away from yourself."
)
LOGIN_TAKEN = QT_TRANSLATE_NOOP("Errors", "login")

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


__all__ = ["ROLE_FLAGS", "RoleRow", "UserRow", "UserService", "create_first_admin"]


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
    """PostgreSQL: the login of one CRM user, made a member of their role's group role.
    Logins are server-wide: an existing one that is not a login of this CRM database (e.g. of
    another database on the same server) is refused unless `replace_existing` (demo data run by
    the database owner only)."""
    if not replace_existing:
        protection.create_login(session, db_role, password)
        return
    exists = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": db_role})
    verb = "ALTER" if exists else "CREATE"
    session.execute(
        text(f"{verb} ROLE {_quote_ident(db_role)} LOGIN "
             f"PASSWORD {_quote_literal(password)}")
    )
    protection.sync(session)


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
            session.flush()
            protection.sync(session)
            audit.record(
                session, self._actor, "user_enable" if active else "user_disable", "user", user.id
            )
            return _user_row(user)

    def roles(self) -> list[RoleRow]:
        return RoleService(self._sessions, self._actor).list()

    def set_role(self, login: str, role_key: str, team: str | None = None) -> UserRow:
        """Move a user to another role (and team); on PostgreSQL their login changes group."""
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            user = session.scalar(select(User).where(User.login == login.strip().lower()))
            if user is None:
                raise NotFound("user", login)
            role = session.scalar(select(Role).where(Role.key == role_key))
            if role is None:
                raise ValidationError("role", UNKNOWN_ROLE, value=role_key)
            if user.id == self._actor.user_id and not role.can_manage_users:
                raise ValidationError("role", OWN_ADMIN_RIGHTS)
            user.role = role
            if team is not None:
                user.team = self._team(session, team) if team.strip() else None
            session.flush()
            protection.sync(session)
            audit.record(session, self._actor, "user_role", "user", user.id, {"role": role_key})
            return _user_row(user)

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
