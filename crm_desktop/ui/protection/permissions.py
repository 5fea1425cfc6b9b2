"""Rights of the signed-in user for widgets: `can(ctx, Permission.PRINT)` and a helper that
disables (or hides) an action the role does not allow, with an explanatory tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from crm_desktop.services.actor import Permission
from crm_desktop.ui.context import UiContext

__all__ = ["Permission", "apply_permission", "can", "denied_text"]


def can(ctx: UiContext, permission: Permission) -> bool:
    return ctx.services.actor.can(permission)


def denied_text() -> str:
    return QCoreApplication.translate("Protection", "Not available for your role")


def apply_permission(ctx: UiContext, permission: Permission,
                     *controls: QAction | QAbstractButton, hide: bool = False) -> bool:
    """Leave `controls` alone when the role allows `permission`; otherwise disable them with
    a tooltip saying why (or hide them: export and print actions are hidden, issue #6).
    Returns whether the role allows it."""
    allowed = can(ctx, permission)
    if not allowed:
        for control in controls:
            if hide:
                control.setVisible(False)
            control.setEnabled(False)
            control.setToolTip(denied_text())
    return allowed
