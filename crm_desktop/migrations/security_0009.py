"""SQL of revision 0009 (automation tables under the protection), frozen with it."""

from __future__ import annotations

from crm_desktop.migrations import security_0004

# revision 0004's crm_sync_security() with the automation tables in its grant lists, and
# every group allowed to mark its own notices as shown
_OLD_SYNC = security_0004.FUNCTIONS[-1]
_CHANGES = (
    ("'attachments, invoices, invoice_lines, invoice_counters';",
     "'attachments, invoices, invoice_lines, invoice_counters, automation_runs, '\n"
     "            'automation_notifications';"),
    ("'sales_targets, automation_rules, company_profile, client_shares, deal_shares';",
     "'sales_targets, automation_rules, company_profile, client_shares, deal_shares, '\n"
     "            'automation_runs, automation_notifications';"),
    ("EXECUTE format('GRANT INSERT ON audit_log TO %I', grp);",
     "EXECUTE format('GRANT INSERT ON audit_log TO %I', grp);\n"
     "            EXECUTE format('GRANT UPDATE (shown_at) ON automation_notifications TO %I', "
     "grp);"),
)


def _sync_function() -> str:
    text = _OLD_SYNC
    for old, new in _CHANGES:
        assert old in text, old
        text = text.replace(old, new)
    return text


SYNC_FUNCTION = _sync_function()

_UID = "(SELECT crm_uid())"


def policy_statements(owner: str) -> list[str]:
    """A notice is read, marked and deleted only by the user it is for; anyone whose change
    fires a rule may leave one (the rule decides for whom)."""
    owner_ident = '"' + owner.replace('"', '""') + '"'
    table = "automation_notifications"
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY crm_owner ON {table} TO {owner_ident} USING (true) WITH CHECK (true)",
        f"CREATE POLICY crm_read ON {table} FOR SELECT USING (user_id = {_UID})",
        f"CREATE POLICY crm_self ON {table} FOR UPDATE USING (user_id = {_UID}) "
        f"WITH CHECK (user_id = {_UID})",
        f"CREATE POLICY crm_delete ON {table} FOR DELETE USING (user_id = {_UID})",
        f"CREATE POLICY crm_leave ON {table} FOR INSERT WITH CHECK (true)",
    ]


DROP = [f"DROP POLICY IF EXISTS {p} ON automation_notifications"
        for p in ("crm_owner", "crm_read", "crm_self", "crm_delete", "crm_leave")] + [
    "ALTER TABLE automation_notifications NO FORCE ROW LEVEL SECURITY",
    "ALTER TABLE automation_notifications DISABLE ROW LEVEL SECURITY",
]
