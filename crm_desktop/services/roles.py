"""CRM roles: what their users see (scope) and may do (flags). On PostgreSQL every change is
carried into the role's group role at once (`protection.sync`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.models import Role, RoleScope, User
from crm_desktop.services import audit, protection
from crm_desktop.services.actor import Actor, Permission
from crm_desktop.services.common import writing
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    AlreadyExists,
    EditConflict,
    NotFound,
    ValidationError,
)
from crm_desktop.services.validation import require_text

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
ADMIN_KEY = "admin"

BAD_KEY = QT_TRANSLATE_NOOP(
    "Errors", "A role key is 2–12 Latin lower-case letters, digits or underscores, starting "
    "with a letter.")
ROLE_KEY_TAKEN = QT_TRANSLATE_NOOP("Errors", "role")
ADMIN_FIXED = QT_TRANSLATE_NOOP(
    "Errors", "The administrator role always sees everything and has every right.")
BUILTIN_KEPT = QT_TRANSLATE_NOOP("Errors", "A built-in role cannot be deleted.")
ROLE_IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "{count} user(s) still have this role: give them another role first.")
UNKNOWN_FLAG = QT_TRANSLATE_NOOP("Errors", "Unknown right: {value}")

# short enough that "<server prefix>_<key>" stays within PostgreSQL's 63-byte names
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{1,11}$")


@dataclass(frozen=True, slots=True)
class RoleRow:
    id: int
    key: str
    name: str
    scope: RoleScope
    is_builtin: bool
    flags: dict[str, bool]
    version: int = 1
    users: int = 0


@dataclass(frozen=True, slots=True)
class RoleData:
    name: str
    scope: RoleScope
    flags: dict[str, bool] = field(default_factory=dict)


def _row(role: Role, users: int = 0) -> RoleRow:
    return RoleRow(
        role.id, role.key, role.name, role.scope, role.is_builtin,
        {f: bool(getattr(role, f)) for f in ROLE_FLAGS}, role.version, users,
    )


def _validated(data: RoleData) -> RoleData:
    name = require_text(data.name, field="name", limit=200)
    unknown = set(data.flags) - set(ROLE_FLAGS)
    if unknown:
        raise ValidationError("flags", UNKNOWN_FLAG, value=", ".join(sorted(unknown)))
    return RoleData(name, RoleScope(data.scope), dict(data.flags))


class RoleService:
    def __init__(self, sessions: sessionmaker[Session], actor: Actor) -> None:
        self._sessions, self._actor = sessions, actor

    def list(self) -> list[RoleRow]:
        with self._sessions() as session:
            counts = dict(
                session.execute(select(User.role_id, func.count()).group_by(User.role_id)).all()
            )
            roles = session.scalars(select(Role).order_by(Role.id))
            return [_row(r, int(counts.get(r.id, 0))) for r in roles]

    def create(self, key: str, data: RoleData) -> RoleRow:
        self._actor.require(Permission.MANAGE_USERS)
        key = (key or "").strip().lower()
        if not _KEY_RE.match(key):
            raise ValidationError("key", BAD_KEY)
        data = _validated(data)
        with self._sessions.begin() as session:
            if session.scalar(select(func.count()).where(Role.key == key)):
                raise AlreadyExists(what=ROLE_KEY_TAKEN, value=key)
            role = Role(key=key, name=data.name, scope=data.scope, is_builtin=False)
            for flag in ROLE_FLAGS:
                setattr(role, flag, bool(data.flags.get(flag, False)))
            session.add(role)
            session.flush()
            protection.sync(session)
            audit.record(session, self._actor, "role_add", "role", role.id,
                         {"key": key, "scope": data.scope.value, **data.flags})
            return _row(role)

    def update(self, key: str, data: RoleData, seen_version: int) -> RoleRow:
        """Rename a role, change its scope or flags (flags not given keep their value)."""
        self._actor.require(Permission.MANAGE_USERS)
        data = _validated(data)
        with writing(self._sessions, "role", 0) as session:
            role = self._get(session, key)
            if role.version != seen_version:
                raise EditConflict("role", role.id)
            if key == ADMIN_KEY and (
                data.scope is not RoleScope.ALL or not all(data.flags.get(f, True)
                                                           for f in ROLE_FLAGS)
            ):
                raise ValidationError("flags", ADMIN_FIXED)
            before = {f: bool(getattr(role, f)) for f in ROLE_FLAGS} | {"scope": role.scope.value}
            role.name, role.scope = data.name, data.scope
            for flag, value in data.flags.items():
                setattr(role, flag, bool(value))
            session.flush()
            protection.sync(session)
            after = {f: bool(getattr(role, f)) for f in ROLE_FLAGS} | {"scope": role.scope.value}
            changed = {k: after[k] for k in after if after[k] != before[k]}
            audit.record(session, self._actor, "role_edit", "role", role.id, changed)
            return _row(role)

    def delete(self, key: str) -> None:
        self._actor.require(Permission.MANAGE_USERS)
        with self._sessions.begin() as session:
            role = self._get(session, key)
            if role.is_builtin:
                raise ValidationError("key", BUILTIN_KEPT)
            users = session.scalar(select(func.count()).where(User.role_id == role.id)) or 0
            if users:
                raise ValidationError("key", ROLE_IN_USE, count=users)
            audit.record(session, self._actor, "role_delete", "role", role.id, {"key": key})
            session.delete(role)

    @staticmethod
    def _get(session: Session, key: str) -> Role:
        role = session.scalar(select(Role).where(Role.key == key))
        if role is None:
            raise NotFound("role", key)
        return role
