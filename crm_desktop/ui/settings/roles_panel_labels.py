"""Captions of the role rights and scopes, in the order of the roles matrix."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.enums import RoleScope
from crm_desktop.services.errors import QT_TRANSLATE_NOOP

FLAG_CAPTIONS = {
    "can_edit": QT_TRANSLATE_NOOP("RolesPanel", "Editing"),
    "can_export": QT_TRANSLATE_NOOP("RolesPanel", "Export"),
    "can_copy": QT_TRANSLATE_NOOP("RolesPanel", "Copy to clipboard"),
    "can_print": QT_TRANSLATE_NOOP("RolesPanel", "Printing"),
    "can_import": QT_TRANSLATE_NOOP("RolesPanel", "Import"),
    "can_delete": QT_TRANSLATE_NOOP("RolesPanel", "Deleting"),
    "can_manage_users": QT_TRANSLATE_NOOP("RolesPanel", "Managing users"),
    "can_manage_pipelines": QT_TRANSLATE_NOOP("RolesPanel", "Managing pipelines"),
    "can_view_reports": QT_TRANSLATE_NOOP("RolesPanel", "Reports"),
}
SCOPE_CAPTIONS = {
    RoleScope.OWN: QT_TRANSLATE_NOOP("RolesPanel", "Own"),
    RoleScope.TEAM: QT_TRANSLATE_NOOP("RolesPanel", "Team"),
    RoleScope.ALL: QT_TRANSLATE_NOOP("RolesPanel", "All"),
}


def flag_caption(flag: str) -> str:
    return QCoreApplication.translate("RolesPanel", FLAG_CAPTIONS[flag])


def scope_caption(scope: RoleScope) -> str:
    return QCoreApplication.translate("RolesPanel", SCOPE_CAPTIONS[scope])
