"""Settings → Users and roles: users, the roles matrix and the audit log, for roles that may
manage users."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.settings.audit_panel import AuditPanel
from crm_desktop.ui.settings.roles_panel import RolesPanel
from crm_desktop.ui.settings.users_panel_list import UsersListPanel


class UsersAndRolesPanel(QWidget):
    """Mounted on the Settings page for users with the manage-users permission."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersRolesSettings")
        title = QLabel(self.tr("Users and roles"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr("Who may sign in, which clients each role sees and what it may "
                              "do with them; every sign-in, print and change is in the audit "
                              "log."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        self.users = UsersListPanel(ctx)
        self.roles = RolesPanel(ctx)
        self.audit = AuditPanel(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.roles, self.tr("Roles and rights"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
