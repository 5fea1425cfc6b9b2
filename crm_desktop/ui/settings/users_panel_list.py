"""Settings → Users: who may sign in, with which role and team; add, change role, disable,
and offboard an employee who leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.roles import RoleRow
from crm_desktop.services.users import UserRow
from crm_desktop.ui import theme
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import datetime_text
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.reports.flow_layout import FlowLayout
from crm_desktop.ui.session_info import role_label
from crm_desktop.ui.settings.offboard_dialog import OffboardDialog
from crm_desktop.ui.settings.user_dialog import UserDialog
from crm_desktop.ui.settings.user_dialog_role import UserRoleDialog

ACTIVE_COLUMN = 4


class UsersListPanel(QWidget):
    sig_loaded = Signal(int)
    """The table was (re)filled; the argument is the number of users shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersPanel")
        self._ctx = ctx
        self.rows: list[UserRow] = []
        self.roles: list[RoleRow] = []
        self.dialog: UserDialog | UserRoleDialog | OffboardDialog | None = None
        self.add_button = QPushButton(self.tr("Add user"))
        self.add_button.setObjectName("primaryButton")
        self.role_button = QPushButton(self.tr("Change role or team"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.offboard_button = QPushButton(self.tr("Offboard an employee…"))
        self.offboard_button.setToolTip(self.tr(
            "Disable the account and hand the clients, deals and open tasks to a colleague"))
        self.error = error_label("usersError", "form")
        self.tree = QTreeWidget()
        self.tree.setObjectName("usersTable")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Login"), self.tr("Full name"), self.tr("Role"),
                                   self.tr("Team"), self.tr("Active"), self.tr("Last sign-in")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)  # the full name, not the last column, gets the room
        self.add_button.clicked.connect(self.add_user)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.offboard_button.clicked.connect(self.offboard)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.change_role())
        self.tree.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        # the buttons wrap to a second row rather than being squeezed and cut at 1280 px
        tools = QWidget()
        flow = FlowLayout(tools, spacing=8, row_spacing=8)
        for button in (self.add_button, self.role_button, self.active_button,
                       self.offboard_button):
            flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        self._update_buttons()
        self.load()

    def load(self) -> None:
        users = self._ctx.services.users
        run(self._ctx.reads, self, lambda: (users.list(), users.roles()), self._on_loaded,
            lambda e: show_inline(self.error, describe(e)), key=f"users:{id(self)}")

    def _on_loaded(self, result: object) -> None:
        assert isinstance(result, tuple)
        selected = self.selected()
        self.rows, self.roles = list(result[0]), list(result[1])
        self.tree.clear()
        for row in self.rows:
            item = QTreeWidgetItem([row.login, row.full_name, role_label(row.role_key,
                                                                         row.role_name),
                                    row.team or "", self.tr("Yes") if row.is_active
                                    else self.tr("Disabled"), self._when(row)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.login)
            item.setToolTip(1, row.full_name)  # shown whole when the column elides it
            if not row.is_active:
                for column in range(self.tree.columnCount()):
                    item.setForeground(column, QColor(theme.MUTED))
            self.tree.addTopLevelItem(item)
            if selected is not None and row.login == selected.login:
                self.tree.setCurrentItem(item)
        show_inline(self.error, None)
        self._update_buttons()
        self.sig_loaded.emit(len(self.rows))

    def _when(self, row: UserRow) -> str:
        if row.last_login_at is None:
            return self.tr("never")
        return datetime_text(row.last_login_at)

    def teams(self) -> list[str]:
        return sorted({r.team for r in self.rows if r.team})

    def selected(self) -> UserRow | None:
        item = self.tree.currentItem()
        wanted = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return next((r for r in self.rows if r.login == wanted), None)

    def select(self, login: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == login:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.role_button.setEnabled(row is not None)
        other = row is not None and row.id != self._ctx.services.actor.user_id
        self.active_button.setEnabled(other)
        self.offboard_button.setEnabled(other and row is not None and row.is_active)
        self.active_button.setText(self.tr("Enable") if row is not None and not row.is_active
                                   else self.tr("Disable"))

    def add_user(self) -> None:
        self._open(UserDialog(self._ctx, self.roles, self.teams(), self))

    def change_role(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(UserRoleDialog(self._ctx, row, self.roles, self.teams(), self))

    def offboard(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = OffboardDialog(self._ctx, row, self.rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_offboarded.connect(lambda _result: self.load())
        self.dialog = dialog
        dialog.open()

    def _open(self, dialog: UserDialog | UserRoleDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._on_dialog_saved)
        self.dialog = dialog
        dialog.open()

    def _on_dialog_saved(self, row: object) -> None:
        assert isinstance(row, UserRow)
        self.load()
        self._select_after_load(row.login)

    def _select_after_load(self, login: str) -> None:
        def once(_count: int) -> None:
            self.sig_loaded.disconnect(once)
            self.select(login)
        self.sig_loaded.connect(once)

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        users, login, active = self._ctx.services.users, row.login, not row.is_active
        run(self._ctx.writes, self, lambda: users.set_active(login, active),
            lambda _r: self.load(), lambda e: show_inline(self.error, describe(e)))
