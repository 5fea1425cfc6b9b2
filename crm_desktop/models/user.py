"""Users, roles and teams."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, false, func, true
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from crm_desktop.models.base import Base, str_enum
from crm_desktop.models.enums import RoleScope


class Stamped:
    """Created/updated times and a version for the tables the author columns point to
    (their authors would make a foreign-key cycle with users)."""

    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())
    version: Mapped[int] = mapped_column(server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Team(Stamped, Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Role(Stamped, Base):
    """A CRM role: what its users may see (scope) and do (flags)."""

    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    scope: Mapped[RoleScope] = mapped_column(str_enum(RoleScope, "role_scope"))
    is_builtin: Mapped[bool] = mapped_column(server_default=false())
    can_edit: Mapped[bool] = mapped_column(server_default=true())
    can_export: Mapped[bool] = mapped_column(server_default=false())
    can_copy: Mapped[bool] = mapped_column(server_default=false())
    can_print: Mapped[bool] = mapped_column(server_default=false())
    can_import: Mapped[bool] = mapped_column(server_default=false())
    can_delete: Mapped[bool] = mapped_column(server_default=false())
    can_manage_users: Mapped[bool] = mapped_column(server_default=false())
    can_manage_pipelines: Mapped[bool] = mapped_column(server_default=false())
    can_view_reports: Mapped[bool] = mapped_column(server_default=false())


class User(Stamped, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    # argon2 hash for SQLite mode; in PostgreSQL mode the server checks the password.
    # PostgreSQL login role of this user (server mode: one database login per user).
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="RESTRICT"), index=True)
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="SET NULL"), index=True
    )
    is_active: Mapped[bool] = mapped_column(server_default=true())
    last_login_at: Mapped[datetime | None]
    # wrong passwords in a row (SQLite mode; the server checks passwords in PostgreSQL mode)
    failed_logins: Mapped[int] = mapped_column(server_default="0")
    locked_until: Mapped[datetime | None]

    role: Mapped[Role] = relationship(lazy="joined")
    team: Mapped[Team | None] = relationship()
