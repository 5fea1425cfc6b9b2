"""Reports on a read-only standby (`reports_url`): their own engine and sessions, so heavy
report queries never compete with the office's daily work on the main server.

The user signs in to the standby with the same login and password (roles and row-level
security are replicated with the data). A standby that cannot be used — unreachable, refusing
the login, or at another schema revision than this program — is logged and reports fall back
to the main database: a report must never be the reason the program does not start.
"""

from __future__ import annotations

import logging
from datetime import UTC

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop import schema
from crm_desktop.db import make_engine, make_sessions, parse_url
from crm_desktop.services.actor import Actor
from crm_desktop.services.errors import CrmError
from crm_desktop.services.reports.printing import ReportPrinter
from crm_desktop.services.reports.service import ReportService

log = logging.getLogger(__name__)


def _read_only(dbapi_connection: object, _record: object) -> None:
    # every transaction on the standby is read-only, even if pointed at a primary by mistake
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("SET default_transaction_read_only = on")
    cursor.close()
    dbapi_connection.commit()  # type: ignore[attr-defined]


def open_reports_engine(reports_url: str | None, *, user: str,
                        password: str | None) -> Engine | None:
    """An engine on the standby for `user`, or None when there is none or it cannot be used."""
    if not reports_url:
        return None
    try:
        parsed = parse_url(reports_url)
        if parsed.get_backend_name() != "postgresql":
            log.warning("reports_url ignored: not a PostgreSQL address")
            return None
        engine = make_engine(parsed.set(username=user), password=password)
        event.listen(engine, "connect", _read_only)
        try:
            schema.check(engine)
        except BaseException:
            engine.dispose()
            raise
    except (CrmError, DBAPIError) as exc:
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        log.warning("reports run on the main database: the standby cannot be used (%s)",
                    detail[0] if detail else type(exc).__name__)
        return None
    log.info("reports run on the standby %s", parsed.host)
    return engine


def reports_sessions(main: sessionmaker[Session], standby: Engine | None,
                     ) -> sessionmaker[Session]:
    """The sessions report services should use: the standby's, else the main ones."""
    return make_sessions(standby) if standby is not None else main


def open_for(main: Engine, reports_url: str | None) -> Engine | None:
    """The standby engine for the user signed in on `main`: the same login and password.

    None when no standby is configured, the main database is not PostgreSQL (a local file
    has no standby), or the standby cannot be used (then it was logged)."""
    if not reports_url:
        return None
    if main.dialect.name != "postgresql" or not main.url.username:
        log.warning("reports_url ignored: the main database is not a PostgreSQL server")
        return None
    return open_reports_engine(reports_url, user=main.url.username, password=main.url.password)


class StandbyReportPrinter(ReportPrinter):
    """A ReportPrinter whose numbers come from the standby while the audit entry of each
    printed or exported report is still written to the main database (the standby is
    read-only)."""

    def __init__(self, sessions: sessionmaker[Session], report_sessions: sessionmaker[Session],
                 actor: Actor) -> None:
        super().__init__(sessions, actor)
        clock = self._clock
        self._reports = ReportService(report_sessions, actor, lambda: clock().astimezone(UTC))


def report_printer(sessions: sessionmaker[Session], report_sessions: sessionmaker[Session],
                   actor: Actor) -> ReportPrinter:
    """The printer for `actor`: plain when reports run on the main database."""
    if report_sessions is sessions:
        return ReportPrinter(sessions, actor)
    return StandbyReportPrinter(sessions, report_sessions, actor)
