"""Counting wrong passwords in server mode (PostgreSQL), where the server checks them.

After the server refused a password, the client connects as the gate login (revision 0012:
`crm_login_gate`, whose only right is `crm_gate_failed()`) to count the failure; after the
limit from the protection settings the account is locked for a while, and every refusal is in
the audit log. A database without the gate (not set up by `crm-admin server init`, or a
pg_hba.conf that refuses the gate) still refuses the password; only the count is missing,
which is logged.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crm_desktop.db import make_engine
from crm_desktop.migrations.security_0012 import GATE_PASSWORD, GATE_ROLE
from crm_desktop.services.errors import AccountLocked, AuthenticationFailed, CrmError

log = logging.getLogger(__name__)


def refuse(url: URL, login_name: str) -> CrmError:
    """The error for a password the server refused: AccountLocked once the limit is reached
    (or while the account is locked), else AuthenticationFailed."""
    gate_url = url.set(username=GATE_ROLE, password=GATE_PASSWORD)
    engine = make_engine(gate_url, pool_size=1, max_overflow=0)
    try:
        with engine.begin() as conn:
            minutes = conn.scalar(text("SELECT crm_gate_failed(:login)"), {"login": login_name})
    except DBAPIError as exc:
        log.warning("login gate unavailable, the failed login is not counted: %s",
                    str(exc.orig or exc).strip().splitlines()[0])
        return AuthenticationFailed()
    finally:
        engine.dispose()
    return AccountLocked(int(minutes)) if minutes else AuthenticationFailed()


def clear_failures(session: Session) -> None:
    """A successful login in server mode: the count of wrong passwords starts over."""
    session.execute(text("SELECT crm_login_ok()"))


def sync_gate(session: Session) -> str:
    """Create the gate login (the database owner, at `crm-admin server init`)."""
    return str(session.scalar(text("SELECT crm_sync_gate()")))
