"""SQL of revision 0010, frozen with it: the login functions without NOBYPASSRLS.

PostgreSQL lets only a superuser write the BYPASSRLS attribute at all, even to switch it off,
so with a database owner that merely has CREATEROLE (as docs/ADMIN.md sets it up) creating a
login failed. New roles never bypass row security by default, the functions refuse to take over
a role that does, and crm_sync_security() skips such roles.
"""

from __future__ import annotations

from crm_desktop.migrations import security_0004, security_0009


def _without(text: str, changes: tuple[tuple[str, str], ...]) -> str:
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new)
    return text


CREATE_LOGIN = _without(security_0004.FUNCTIONS[-2], (
    ("'ALTER ROLE %I LOGIN NOBYPASSRLS PASSWORD %L'", "'ALTER ROLE %I LOGIN PASSWORD %L'"),
    ("'CREATE ROLE %I LOGIN INHERIT NOBYPASSRLS PASSWORD %L'",
     "'CREATE ROLE %I LOGIN INHERIT PASSWORD %L'"),
))
SYNC_FUNCTION = _without(security_0009.SYNC_FUNCTION, (
    ("'ALTER ROLE %I NOBYPASSRLS %s'", "'ALTER ROLE %I %s'"),
))
