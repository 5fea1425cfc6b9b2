"""Who is signed in and where, and the translated names of the built-in roles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from crm_desktop.config import ConnectionSummary
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

ROLE_NAMES = {
    "admin": QT_TRANSLATE_NOOP("Roles", "Administrator"),
    "head": QT_TRANSLATE_NOOP("Roles", "Head"),
    "manager": QT_TRANSLATE_NOOP("Roles", "Manager"),
    "readonly": QT_TRANSLATE_NOOP("Roles", "Read only"),
}


def role_label(role_key: str, stored_name: str | None = None) -> str:
    """Built-in roles in the user's language; custom roles by the name the admin gave them."""
    if role_key in ROLE_NAMES:
        return QCoreApplication.translate("Roles", ROLE_NAMES[role_key])
    return stored_name or role_key


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """Who is logged in and where; shown in the status bar and on the Settings page."""

    full_name: str
    login: str
    role: str  # already translated (role_label)
    backend: str  # "sqlite" or "postgresql"
    location: str  # file path or host:port/database, never a password
    log_dir: str = ""
    connection: ConnectionSummary | None = None  # Settings → Connection; None: not shown
