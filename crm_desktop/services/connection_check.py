"""«Проверить подключение»: try a server address and explain a failure in words an office worker
understands (host unknown or unreachable, port closed, wrong password, no such login or
database, schema older / newer / empty). Qt-free; the workstation set-up dialog calls it on a
worker thread, so it may wait up to `timeout` seconds for a silent host.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from crm_desktop import schema
from crm_desktop.db import make_engine, parse_url
from crm_desktop.services.errors import (
    QT_TRANSLATE_NOOP,
    CrmError,
    SchemaMismatch,
    ValidationError,
)

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "crm"


class ConnectionProblem(CrmError):
    """Why a connection failed; `code` says what to do, the message says it in plain words."""

    MESSAGES = {
        "unknown_host": QT_TRANSLATE_NOOP(
            "Errors", "The server name «{host}» is not known on this network. Check the "
            "spelling or use the server's IP address."),
        "unreachable": QT_TRANSLATE_NOOP(
            "Errors", "The server «{host}» does not answer. Check that it is switched on and "
            "that this computer is connected to the office network (cable, Wi-Fi or VPN)."),
        "port_closed": QT_TRANSLATE_NOOP(
            "Errors", "The server «{host}» answers, but nothing accepts connections on port "
            "{port}. Check the port number and that the database server is running; a "
            "firewall may be blocking the port."),
        "wrong_password": QT_TRANSLATE_NOOP(
            "Errors", "The server refused the password for «{user}». Check the keyboard layout "
            "and Caps Lock, or ask the administrator to reset the password."),
        "role_missing": QT_TRANSLATE_NOOP(
            "Errors", "There is no login «{user}» on the server. Check the login or ask the "
            "administrator to create it."),
        "disabled": QT_TRANSLATE_NOOP(
            "Errors", "The login «{user}» is disabled on the server. Ask the administrator."),
        "database_missing": QT_TRANSLATE_NOOP(
            "Errors", "The server has no database «{database}». Check the name or ask the "
            "administrator."),
        "not_allowed": QT_TRANSLATE_NOOP(
            "Errors", "The server does not let this computer or login connect to the database "
            "«{database}». Ask the administrator to allow it (pg_hba.conf, CONNECT right)."),
        "busy": QT_TRANSLATE_NOOP(
            "Errors", "The server is starting, stopping or overloaded right now. Try again in "
            "a minute."),
        "schema_empty": QT_TRANSLATE_NOOP(
            "Errors", "The database «{database}» is empty: the administrator must prepare it "
            "with «crm-admin server init»."),
        "schema_older": QT_TRANSLATE_NOOP(
            "Errors", "The database is older than this program: the administrator must run "
            "«crm-admin upgrade»."),
        "schema_newer": QT_TRANSLATE_NOOP(
            "Errors", "The database was updated for a newer version of the program: install "
            "the new version on this computer."),
        "failed": QT_TRANSLATE_NOOP("Errors", "Cannot connect to the database: {detail}"),
    }

    def __init__(self, code: str, *, host: str = "", port: int | None = None,
                 database: str = "", user: str = "", detail: str = "") -> None:
        self.code = code
        super().__init__(self.MESSAGES[code], host=host, port=port or DEFAULT_PORT,
                         database=database, user=user, detail=detail)


# the login was not checked when no credentials were given: these only prove the server answers
_LOGIN_CODES = ("wrong_password", "role_missing", "disabled")


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    """A successful check."""

    location: str  # host:port/database
    server_version: str  # "" when the login could not be checked yet
    login_checked: bool  # False: the server answers, the login is checked at sign-in


def server_url(host: str, port: int, database: str) -> str:
    """The address stored in the config file: no login, no password (each user signs in)."""
    host, database = host.strip(), database.strip()
    if not host:
        raise ValidationError("host", QT_TRANSLATE_NOOP(
            "Errors", "Enter the server's name or IP address."))
    if not database:
        raise ValidationError("database", QT_TRANSLATE_NOOP("Errors", "Enter the database name."))
    if not 0 < port < 65536:
        raise ValidationError("port", QT_TRANSLATE_NOOP(
            "Errors", "The port is a number from 1 to 65535."))
    return URL.create("postgresql", host=host, port=port, database=database).render_as_string(
        hide_password=False)


def server_parts(url: str) -> tuple[str, int, str] | None:
    """(host, port, database) of a PostgreSQL address, for pre-filling the form."""
    try:
        parsed = parse_url(url)
    except CrmError:
        return None
    if parsed.get_backend_name() != "postgresql":
        return None
    return parsed.host or "localhost", parsed.port or DEFAULT_PORT, parsed.database or ""


def explain(message: str, sqlstate: str | None, url: URL) -> ConnectionProblem:
    """Map a psycopg / libpq failure to a ConnectionProblem (sqlstate first, then the text of
    the connection-level errors, which carry no sqlstate)."""
    lower = message.lower()
    by_state = {"28P01": "wrong_password", "3D000": "database_missing", "57P03": "busy",
                "53300": "busy", "42501": "not_allowed"}
    code = by_state.get(sqlstate or "")
    if code is None:
        code = next((c for needle, c in _BY_TEXT if needle in lower), "failed")
    return ConnectionProblem(code, host=url.host or "localhost", port=url.port,
                             database=url.database or "", user=url.username or "",
                             detail=message.strip().splitlines()[0] if message else "")


def explain_failure(url: str, message: str) -> ConnectionProblem:
    """`explain` for a failure already caught elsewhere (only its message is left)."""
    return explain(message, None, parse_url(url))


_BY_TEXT = (
    ("password authentication failed", "wrong_password"),
    ("no password supplied", "wrong_password"),
    ("is not permitted to log in", "disabled"),
    ("role", "role_missing"),  # 'role "x" does not exist' (checked after the cases above)
    ("does not exist", "database_missing"),
    ("no pg_hba.conf entry", "not_allowed"),
    ("permission denied for database", "not_allowed"),
    ("could not translate host name", "unknown_host"),
    ("failed to resolve host", "unknown_host"),
    ("name or service not known", "unknown_host"),
    ("nodename nor servname", "unknown_host"),
    ("no such host is known", "unknown_host"),
    ("connection refused", "port_closed"),
    ("timeout expired", "unreachable"),
    ("timed out", "unreachable"),
    ("no route to host", "unreachable"),
    ("network is unreachable", "unreachable"),
    ("starting up", "busy"),
    ("shutting down", "busy"),
    ("too many clients", "busy"),
    ("connection slots are reserved", "busy"),
)


def check_server(url: str, *, user: str = "", password: str = "",
                 timeout: int = 5) -> ConnectionReport:
    """Connect to the PostgreSQL server at `url` (as `user` when given) and check the schema.

    Raises ConnectionProblem. Without a user and password a refused login still proves that
    the server answers: the report then says the login was not checked.
    """
    parsed = parse_url(url)
    if user.strip():
        parsed = parsed.set(username=user.strip().lower())
    location = f"{parsed.host or 'localhost'}:{parsed.port or DEFAULT_PORT}/{parsed.database}"
    engine = make_engine(parsed, password=password or None, poolclass=NullPool,
                         connect_args={"connect_timeout": timeout})
    try:
        with engine.connect() as conn:
            version = str(conn.scalar(text("SHOW server_version")))
        schema.check(engine)
    except DBAPIError as exc:
        problem = explain(str(exc.orig or exc), getattr(exc.orig, "sqlstate", None), parsed)
        log.info("connection check failed: %s", problem.code)
        if problem.code in _LOGIN_CODES and not (user.strip() and password):
            return ConnectionReport(location, "", login_checked=False)
        raise problem from exc
    except SchemaMismatch as exc:
        raise ConnectionProblem(f"schema_{exc.code}", database=parsed.database or "") from exc
    finally:
        engine.dispose()
    return ConnectionReport(location, version, login_checked=True)
