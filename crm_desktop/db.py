"""Engines and session factories. Nothing here runs at import time."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.services.errors import ConfigurationError

log = logging.getLogger(__name__)

PG_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5,
                 "keepalives_count": 3}


def parse_url(url: str | URL) -> URL:
    """Parse and normalise a database URL; PostgreSQL always goes through psycopg 3."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError as exc:
        raise ConfigurationError("bad_url", str(url)) from exc
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    elif backend != "sqlite":
        raise ConfigurationError("unsupported_backend", backend)
    return parsed


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# a failure to reach a server that answered before: the network or the server went away
_UNREACHABLE = ("connection refused", "could not connect", "timeout expired", "timed out",
                "no route to host", "network is unreachable", "server closed the connection",
                "connection reset", "the database system is starting up",
                "the database system is shutting down", "terminating connection")


def _watch_connection_loss(engine: Engine) -> None:
    """A PostgreSQL connection lost in use, or a reconnect that fails after the server was
    reached once, raises ConnectionLost (a CrmError the UI explains) instead of a driver
    error. The pool still drops the broken connections and pre-ping checks the rest, so the
    next call after the server is back simply works. The first connection's failures stay
    driver errors: sign-in and "test connection" explain those in their own words."""
    from crm_desktop.services.change_feed import ConnectionLost

    reached = False

    def on_connect(_dbapi_connection: Any, _record: Any) -> None:
        nonlocal reached
        reached = True

    def on_error(context: ExceptionContext) -> BaseException | None:
        original = context.original_exception
        if context.is_pre_ping or not isinstance(original, Exception):
            return None
        lines = str(original).strip().splitlines()
        text = lines[0] if lines else type(original).__name__
        if context.connection is not None:
            return ConnectionLost(text) if context.is_disconnect else None
        if reached and any(marker in text.lower() for marker in _UNREACHABLE):
            return ConnectionLost(text)
        return None

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "handle_error", on_error)


def make_engine(url: str | URL, *, password: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine; SQLite gets WAL and foreign keys, its parent folder is created.
    PostgreSQL: connections are checked before use (pre-ping) and TCP keepalives notice a
    dead network, so work resumes by itself once the server is reachable again."""
    parsed = parse_url(url)
    if password is not None:
        parsed = parsed.set(password=password)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("connect_args", {"connect_timeout": 5, **PG_KEEPALIVES})
    engine = create_engine(parsed, **kwargs)
    _watch_connection_loss(engine)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
