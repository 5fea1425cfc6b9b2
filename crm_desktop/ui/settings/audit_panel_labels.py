"""Human names of audit actions and record kinds; the log itself keeps the stable keys that
`crm-admin audit list --action` uses too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.errors import QT_TRANSLATE_NOOP

CONTEXT = "AuditActions"
ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditActions", "Failed sign-in"),
    "unlock": QT_TRANSLATE_NOOP("AuditActions", "Unlocked the session"),
    "unlock_failed": QT_TRANSLATE_NOOP("AuditActions", "Wrong password on the lock screen"),
    "card_open": QT_TRANSLATE_NOOP("AuditActions", "Opened a card"),
    "scraping_alert": QT_TRANSLATE_NOOP("AuditActions", "Scraping alert"),
    "access_denied": QT_TRANSLATE_NOOP("AuditActions", "Tried to open another's record"),
    "open_attachment": QT_TRANSLATE_NOOP("AuditActions", "Opened a document"),
    "invoice_print": QT_TRANSLATE_NOOP("AuditActions", "Printed an invoice"),
    "import": QT_TRANSLATE_NOOP("AuditActions", "Import"),
    "create": QT_TRANSLATE_NOOP("AuditActions", "Created"),
    "insert": QT_TRANSLATE_NOOP("AuditActions", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditActions", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted"),
    "move": QT_TRANSLATE_NOOP("AuditActions", "Moved to a stage"),
    "issue": QT_TRANSLATE_NOOP("AuditActions", "Issued an invoice"),
    "paid": QT_TRANSLATE_NOOP("AuditActions", "Marked an invoice paid"),
    "cancel": QT_TRANSLATE_NOOP("AuditActions", "Cancelled an invoice"),
    "user_add": QT_TRANSLATE_NOOP("AuditActions", "Added a user"),
    "user_disable": QT_TRANSLATE_NOOP("AuditActions", "Disabled a user"),
    "user_enable": QT_TRANSLATE_NOOP("AuditActions", "Enabled a user"),
    "user_role": QT_TRANSLATE_NOOP("AuditActions", "Changed a user's role"),
    "user_offboard": QT_TRANSLATE_NOOP("AuditActions", "Offboarded an employee"),
    "role_add": QT_TRANSLATE_NOOP("AuditActions", "Added a role"),
    "role_edit": QT_TRANSLATE_NOOP("AuditActions", "Changed a role"),
    "role_delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a role"),
    "settings_security": QT_TRANSLATE_NOOP("AuditActions", "Changed the protection settings"),
}
ENTITIES = {
    "client": QT_TRANSLATE_NOOP("AuditActions", "Client"),
    "deal": QT_TRANSLATE_NOOP("AuditActions", "Deal"),
    "clients": QT_TRANSLATE_NOOP("AuditActions", "Client"),
    "deals": QT_TRANSLATE_NOOP("AuditActions", "Deal"),
    "contacts": QT_TRANSLATE_NOOP("AuditActions", "Contact person"),
    "tasks": QT_TRANSLATE_NOOP("AuditActions", "Task"),
    "task": QT_TRANSLATE_NOOP("AuditActions", "Task"),
    "invoice": QT_TRANSLATE_NOOP("AuditActions", "Invoice"),
    "invoices": QT_TRANSLATE_NOOP("AuditActions", "Invoice"),
    "user": QT_TRANSLATE_NOOP("AuditActions", "User"),
    "role": QT_TRANSLATE_NOOP("AuditActions", "Role"),
    "activities": QT_TRANSLATE_NOOP("AuditActions", "Activity"),
    "attachment": QT_TRANSLATE_NOOP("AuditActions", "Document"),
    "attachments": QT_TRANSLATE_NOOP("AuditActions", "Document"),
}


def action_label(action: str) -> str:
    known = ACTIONS.get(action)
    return QCoreApplication.translate(CONTEXT, known) if known else action


def entity_label(entity: str | None) -> str:
    if not entity:
        return ""
    known = ENTITIES.get(entity)
    return QCoreApplication.translate(CONTEXT, known) if known else entity


class ActionDelegate(QStyledItemDelegate):
    """Shows an action's name where the item holds its key."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = action_label(str(index.data() or ""))
