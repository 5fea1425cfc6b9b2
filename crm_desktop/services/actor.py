"""The user a service call runs as: identity, role scope and permission flags."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute

from crm_desktop.models import Role, RoleScope, User, client_shares, deal_shares
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied


class Permission(enum.StrEnum):
    EDIT = QT_TRANSLATE_NOOP("Errors", "edit records")
    EXPORT = QT_TRANSLATE_NOOP("Errors", "export")
    COPY = QT_TRANSLATE_NOOP("Errors", "copy to clipboard")
    PRINT = QT_TRANSLATE_NOOP("Errors", "print")
    IMPORT = QT_TRANSLATE_NOOP("Errors", "import")
    DELETE = QT_TRANSLATE_NOOP("Errors", "delete")
    MANAGE_USERS = QT_TRANSLATE_NOOP("Errors", "manage users")
    MANAGE_PIPELINES = QT_TRANSLATE_NOOP("Errors", "manage pipelines")
    VIEW_REPORTS = QT_TRANSLATE_NOOP("Errors", "view reports")


_FLAG_OF = {
    Permission.EDIT: "can_edit",
    Permission.EXPORT: "can_export",
    Permission.COPY: "can_copy",
    Permission.PRINT: "can_print",
    Permission.IMPORT: "can_import",
    Permission.DELETE: "can_delete",
    Permission.MANAGE_USERS: "can_manage_users",
    Permission.MANAGE_PIPELINES: "can_manage_pipelines",
    Permission.VIEW_REPORTS: "can_view_reports",
}


@dataclass(frozen=True, slots=True)
class Actor:
    """Immutable snapshot of a logged-in user; safe to pass to worker threads."""

    user_id: int
    login: str
    full_name: str
    role_key: str
    scope: RoleScope
    team_id: int | None
    permissions: frozenset[Permission]

    @classmethod
    def from_user(cls, user: User) -> Actor:
        role: Role = user.role
        granted = frozenset(p for p, flag in _FLAG_OF.items() if getattr(role, flag))
        return cls(user.id, user.login, user.full_name, role.key, role.scope, user.team_id, granted)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        if permission not in self.permissions:
            raise PermissionDenied(permission.value)

    def sees_owner(self, owner_id: int | None, owner_team_id: int | None) -> bool:
        """Whether a record owned by `owner_id` (of team `owner_team_id`) is in this scope."""
        if self.scope is RoleScope.ALL:
            return True
        if owner_id == self.user_id:
            return True
        return (
            self.scope is RoleScope.TEAM
            and self.team_id is not None
            and owner_team_id == self.team_id
        )

    def owner_filter(
        self,
        owner_col: InstrumentedAttribute[int | None],
        kind: str,
        id_col: InstrumentedAttribute[int],
    ) -> ColumnElement[bool]:
        """WHERE clause limiting clients or deals to this actor's scope (plus shared rows)."""
        if self.scope is RoleScope.ALL:
            return true()
        return or_(self.owners_filter(owner_col), self.shared_filter(kind, id_col))

    def owners_filter(self, owner_col: InstrumentedAttribute[Any]) -> ColumnElement[bool]:
        """The owner part of owner_filter: rows managed by this actor (or the actor's team)."""
        if self.scope is RoleScope.ALL:
            return true()
        if self.scope is RoleScope.TEAM and self.team_id is not None:
            return owner_col.in_(select(User.id).where(User.team_id == self.team_id))
        return owner_col == self.user_id if self.user_id else false()

    def shared_filter(self, kind: str, id_col: InstrumentedAttribute[int]) -> ColumnElement[bool]:
        """Rows shared with this actor (clients or deals)."""
        shares = client_shares if kind == "client" else deal_shares
        key = shares.c.client_id if kind == "client" else shares.c.deal_id
        return id_col.in_(select(key).where(shares.c.user_id == self.user_id))


def system_actor() -> Actor:
    """The administrator's command line acting as the database owner (crm-admin)."""
    return Actor(0, "crm-admin", "crm-admin", "admin", RoleScope.ALL, None, frozenset(Permission))
