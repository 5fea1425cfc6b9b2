"""Server-side protection of the client base (PostgreSQL): group roles, logins, locale check.

The rules themselves live in the database (revision 0004: row-level security policies and the
`crm_sync_security()` / `crm_create_login()` functions); this module calls them and explains
what the IT administrator must know. On SQLite every function here does nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    AlreadyExists,
    ConfigurationError,
)

DB_LOGIN_TAKEN = QT_TRANSLATE_NOOP("Errors", "database login")
# ctype values with which lower()/ILIKE/pg_trgm do not handle Cyrillic (PITFALLS #4)
_BYTE_CTYPES = {"c", "posix"}


@dataclass(frozen=True, slots=True)
class ServerSecurity:
    """What `crm-admin server init` reports."""

    database: str
    role_prefix: str
    group_roles: dict[str, str]  # CRM role key -> PostgreSQL group role
    protected_tables: tuple[str, ...]
    logins: int


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def check_ctype(engine: Engine) -> None:
    """Refuse a PostgreSQL database whose character type cannot fold Cyrillic."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect() as conn:
        ctype, provider = conn.execute(
            text("SELECT datctype, datlocprovider FROM pg_database "
                 "WHERE datname = current_database()")
        ).one()
    if provider != "i" and str(ctype).lower() in _BYTE_CTYPES:
        raise ConfigurationError("bad_ctype", str(ctype))


def sync(session: Session) -> None:
    """Make the group roles, their privileges and every user's login match the `roles` and
    `users` rows (idempotent; runs with the database owner's rights)."""
    if is_postgres(session):
        session.execute(text("SELECT crm_sync_security()"))


def create_login(session: Session, db_role: str, password: str) -> None:
    """Create (or, for a login of this CRM, reset) the database login of a user whose row is
    already in `users` within this transaction."""
    try:
        with session.begin_nested():
            session.execute(text("SELECT crm_create_login(:r, :p)"), {"r": db_role, "p": password})
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42710":  # duplicate_object
            raise AlreadyExists(what=DB_LOGIN_TAKEN, value=db_role) from exc
        raise
    sync(session)


def role_prefix(session: Session) -> str | None:
    if not is_postgres(session):
        return None
    value = session.scalar(
        text("SELECT value #>> '{}' FROM settings WHERE key = 'pg_role_prefix'")
    )
    return str(value) if value is not None else None


def describe(session: Session) -> ServerSecurity:
    """The protection as the server has it now (for `crm-admin server init` / `server status`)."""
    prefix = role_prefix(session) or ""
    keys = [str(k) for k in session.scalars(text("SELECT key FROM roles ORDER BY id"))]
    tables = tuple(
        str(t) for t in session.scalars(text(
            "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity "
            "AND c.relforcerowsecurity ORDER BY relname"))
    )
    logins = session.scalar(text(
        "SELECT count(*) FROM users u JOIN pg_roles r ON r.rolname = u.db_role"))
    return ServerSecurity(
        database=str(session.scalar(text("SELECT current_database()"))),
        role_prefix=prefix,
        group_roles={k: f"{prefix}_{k}"[:63] for k in keys},
        protected_tables=tables,
        logins=int(logins or 0),
    )
