"""SQL of revision 0011 (applied request keys), frozen with it."""

from __future__ import annotations

from crm_desktop.migrations import security_0010

TABLE = "applied_requests"
_GRANT_LINE = "EXECUTE format('GRANT INSERT, UPDATE, DELETE ON favorites, segments TO %I', grp);"


def _sync_function() -> str:
    """Revision 0010's crm_sync_security() that also lets every group record and purge keys
    (row-level security below limits each user to their own)."""
    text = security_0010.SYNC_FUNCTION
    assert _GRANT_LINE in text, _GRANT_LINE
    grant = f"EXECUTE format('GRANT INSERT, DELETE ON {TABLE} TO %I', grp);"
    return text.replace(_GRANT_LINE, _GRANT_LINE + "\n            " + grant)


SYNC_FUNCTION = _sync_function()

_UID = "(SELECT crm_uid())"


def policy_statements(owner: str) -> list[str]:
    """A user reads, records and purges only their own keys; the owner (admin tools) all."""
    owner_ident = '"' + owner.replace('"', '""') + '"'
    return [
        f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {TABLE} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY crm_owner ON {TABLE} TO {owner_ident} USING (true) WITH CHECK (true)",
        f"CREATE POLICY crm_personal ON {TABLE} USING (user_id = {_UID}) "
        f"WITH CHECK (user_id = {_UID})",
    ]


DROP = [f"DROP POLICY IF EXISTS {p} ON {TABLE}" for p in ("crm_owner", "crm_personal")]
