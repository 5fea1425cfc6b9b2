"""What other workstations changed (live updates), Qt-free.

SQLite: `ChangeFeed.poll(after)` reads the change log that revision 0006's triggers fill, past
a cursor. PostgreSQL: `ChangeFeed.listener()` is a dedicated connection that LISTENs on
`crm_changes`, where revision 0006's triggers NOTIFY on commit. Both give `Change` records that
carry ids only: whoever shows a change re-reads it through the services, so the user's own
permissions (and on the server row-level security) decide what is seen. The workstation's own
changes come back too; re-reading them is harmless.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select

from crm_desktop.db import PG_KEEPALIVES
from crm_desktop.models import ChangeLog
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, DatabaseUnavailable

if TYPE_CHECKING:
    import psycopg  # imported where used: a SQLite workstation never loads the driver

log = logging.getLogger(__name__)

CHANNEL = "crm_changes"
POLL_LIMIT = 2_000
GATHER_SECONDS = 0.05  # after a first notification, more of the same transaction are near
PING_AFTER_SECONDS = 10.0  # a quiet connection is checked this often (a silent network loss)
CONNECT_TIMEOUT = 5


@dataclass(frozen=True, slots=True)
class Change:
    """One inserted (I), updated (U) or deleted (D) row of `table`."""

    table: str
    id: int
    op: str
    client_id: int | None = None
    """The client the row belongs to (the row itself for clients)."""
    version: int | None = None


RESYNC = Change("*", 0, "*")
"""Changes may have been missed (after a reconnect, or the log was pruned past the cursor):
re-read whatever is shown."""


class ConnectionLost(DatabaseUnavailable):
    """The server went away while the program was using it; it reconnects by itself."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "No connection to the server. Your input is kept; try again in a moment.")

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail=detail)


class ChangeFeed:
    """Where a workstation learns what changed; built from the signed-in user's engine."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def listens(self) -> bool:
        """True: use `listener()` (PostgreSQL); False: `poll()` the change log (SQLite)."""
        return self._engine.dialect.name == "postgresql"

    # -- SQLite: the change log ---------------------------------------------------------------
    def cursor(self) -> int:
        """The newest change now: poll from here to see only what happens next."""
        with self._engine.connect() as conn:
            return int(conn.scalar(select(func.coalesce(func.max(ChangeLog.id), 0))) or 0)

    def poll(self, after: int) -> tuple[list[Change], int]:
        """Changes logged after `after`, oldest first, and the cursor for the next call."""
        table = ChangeLog.__table__
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(table.c.id, table.c.table_name, table.c.row_id, table.c.op,
                       table.c.client_id).where(table.c.id > after)
                .order_by(table.c.id).limit(POLL_LIMIT)).all()
            if not rows:
                newest = int(conn.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0)
                # a smaller newest id: the file was restored or replaced under us
                return ([RESYNC], newest) if newest < after else ([], after)
        changes = [Change(r.table_name, r.row_id, r.op, r.client_id) for r in rows]
        # ids are consecutive (one writer at a time); a gap means the pruning overtook us
        if rows[0].id != after + 1:
            changes.insert(0, RESYNC)
        return changes, int(rows[-1].id)

    # -- PostgreSQL: LISTEN -------------------------------------------------------------------
    def listener(self) -> ChangeListener:
        args, params = self._engine.dialect.create_connect_args(self._engine.url)
        params.pop("context", None)
        return ChangeListener(list(args), dict(params))


class ChangeListener:
    """A dedicated autocommit connection LISTENing on `crm_changes`.

    Used by one worker thread at a time: `wait` blocks up to its timeout. Any failure of the
    connection raises ConnectionLost and closes it; the next `wait` connects again.
    """

    def __init__(self, args: list[Any], params: dict[str, Any]) -> None:
        self._args = args
        self._params = {"connect_timeout": CONNECT_TIMEOUT, **PG_KEEPALIVES, **params}
        self._conn: psycopg.Connection[Any] | None = None
        self._quiet_since = time.monotonic()

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def backend_pid(self) -> int | None:
        """The server process of this connection (tests end it to simulate a lost server)."""
        return self._conn.info.backend_pid if self._conn is not None else None

    def open(self) -> None:
        """Connect and LISTEN, or raise ConnectionLost."""
        import psycopg  # noqa: PLC0415 - PostgreSQL only

        self.close()
        try:
            conn = psycopg.connect(*self._args, autocommit=True, **self._params)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            raise ConnectionLost(_first_line(exc)) from exc
        self._conn, self._quiet_since = conn, time.monotonic()
        log.info("listening for changes (backend %s)", conn.info.backend_pid)

    def wait(self, timeout: float) -> list[Change]:
        """What was committed since the last call, waiting up to `timeout` seconds for it."""
        import psycopg  # noqa: PLC0415 - PostgreSQL only

        if self._conn is None:
            self.open()
        conn = self._conn
        assert conn is not None
        try:
            payloads = [n.payload for n in conn.notifies(timeout=timeout, stop_after=1)]
            if payloads:
                payloads += [n.payload for n in conn.notifies(timeout=GATHER_SECONDS)]
                self._quiet_since = time.monotonic()
            elif time.monotonic() - self._quiet_since > PING_AFTER_SECONDS:
                conn.execute("SELECT 1")
                self._quiet_since = time.monotonic()
            if conn.closed:
                raise psycopg.OperationalError("the connection was closed")
        except psycopg.Error as exc:
            self.close()
            raise ConnectionLost(_first_line(exc)) from exc
        return [change for payload in payloads if (change := parse(payload)) is not None]

    def close(self) -> None:
        import psycopg  # noqa: PLC0415 - PostgreSQL only

        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except psycopg.Error:  # already broken: nothing left to release
                log.debug("closing a broken listener connection", exc_info=True)


def parse(payload: str) -> Change | None:
    """A notification's JSON as a Change; None for anything else on the channel."""
    try:
        data = json.loads(payload)
        return Change(str(data["table"]), int(data["id"]), str(data["op"]),
                      _int_or_none(data.get("client_id")), _int_or_none(data.get("version")))
    except (ValueError, KeyError, TypeError):
        log.warning("ignored a malformed change notification")
        return None


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(str(value))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
