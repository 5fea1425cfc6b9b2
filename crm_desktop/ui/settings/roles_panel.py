"""Settings → Roles: a matrix of roles × rights with the scope of each, add, rename, delete and
save (each role with the version read, so a concurrent change is reported, not overwritten).
The administrator role is shown but locked: it always has every right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.enums import RoleScope
from crm_desktop.services.errors import EditConflict
from crm_desktop.services.roles import ADMIN_KEY, ROLE_FLAGS, RoleData, RoleRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.common.centered_check import CenteredCheckDelegate
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.protection.access import role_service
from crm_desktop.ui.session_info import ROLE_NAMES, role_label
from crm_desktop.ui.settings.roles_panel_dialog import NewRoleDialog
from crm_desktop.ui.settings.roles_panel_labels import flag_caption, scope_caption
from crm_desktop.ui.settings.rotated_header import RotatedHeader

NAME, SCOPE, FIRST_FLAG = 0, 1, 2
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class RolesPanel(QWidget):
    sig_loaded = Signal(int)
    """The matrix was (re)filled; the argument is the number of roles."""
    sig_saved = Signal()
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolesPanel")
        self._ctx, self._roles = ctx, role_service(ctx)
        self.rows: list[RoleRow] = []
        self.dialog: NewRoleDialog | None = None
        self.add_button = QPushButton(self.tr("Add role"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("primaryButton")
        self.reload_button = QPushButton(self.tr("Reload"))
        self.error = error_label("rolesError", "form")
        self.table = QTableWidget(0, FIRST_FLAG + len(ROLE_FLAGS))
        self.table.setObjectName("rolesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Role"), self.tr("Sees clients")] + [flag_caption(f) for f in ROLE_FLAGS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                   | QTableWidget.EditTrigger.EditKeyPressed)
        # the rights' titles stand upright over narrow columns: the matrix fits 1280 px
        header = RotatedHeader(FIRST_FLAG, parent=self.table)
        self.table.setHorizontalHeader(header)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.check_delegate = CenteredCheckDelegate(self.table)  # boxes under their titles
        for column in range(FIRST_FLAG, FIRST_FLAG + len(ROLE_FLAGS)):
            self.table.setItemDelegateForColumn(column, self.check_delegate)
        self.table.currentCellChanged.connect(lambda *_a: self._update_buttons())
        self.add_button.clicked.connect(self.add_role)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self.load)
        tools = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.reload_button)
        tools.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.load()

    def load(self) -> None:
        roles = self._roles
        run(self._ctx.reads, self, roles.list, self._on_loaded,
            lambda e: show_inline(self.error, describe(e)), key=f"roles:{id(self)}")

    def _on_loaded(self, rows: object) -> None:
        assert isinstance(rows, list)
        self.rows = rows
        self.table.setRowCount(0)
        for row in self.rows:
            self._add_row(row)
        show_inline(self.error, None)
        self._update_buttons()
        self.sig_loaded.emit(len(self.rows))

    def _add_row(self, role: RoleRow) -> None:
        index = self.table.rowCount()
        self.table.insertRow(index)
        locked = role.key == ADMIN_KEY
        tip = QCoreApplication.translate(
            "RolesPanel", "The administrator role always sees everything and has every right."
        ) if locked else ""
        name = QTableWidgetItem(role_label(role.key, role.name))
        name.setData(Qt.ItemDataRole.UserRole, role.key)
        name.setToolTip(tip or self.tr("%n user(s)", "", role.users))
        if locked or role.key in ROLE_NAMES:  # built-in names are shown translated
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(index, NAME, name)
        scope = QComboBox()
        scope.setObjectName(f"scope_{role.key}")
        for value in RoleScope:
            scope.addItem(scope_caption(value), value.value)
        scope.setCurrentIndex(scope.findData(role.scope.value))
        scope.setEnabled(not locked)
        scope.setToolTip(tip)
        self.table.setCellWidget(index, SCOPE, scope)
        for offset, flag in enumerate(ROLE_FLAGS):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
                          | (Qt.ItemFlag.NoItemFlags if locked else Qt.ItemFlag.ItemIsEnabled))
            item.setCheckState(CHECKED if role.flags.get(flag) else UNCHECKED)
            item.setToolTip(tip or flag_caption(flag))
            self.table.setItem(index, FIRST_FLAG + offset, item)

    def row_of(self, key: str) -> int:
        return next(i for i, r in enumerate(self.rows) if r.key == key)

    def flag_item(self, key: str, flag: str) -> QTableWidgetItem:
        item = self.table.item(self.row_of(key), FIRST_FLAG + ROLE_FLAGS.index(flag))
        assert item is not None
        return item

    def scope_combo(self, key: str) -> QComboBox:
        combo = self.table.cellWidget(self.row_of(key), SCOPE)
        assert isinstance(combo, QComboBox)
        return combo

    def edited(self, index: int) -> RoleData:
        """What row `index` of the matrix says now."""
        name_item = self.table.item(index, NAME)
        role = self.rows[index]
        name = role.name if role.key in ROLE_NAMES or name_item is None else name_item.text()
        flags = {}
        for offset, flag in enumerate(ROLE_FLAGS):
            item = self.table.item(index, FIRST_FLAG + offset)
            flags[flag] = item is not None and item.checkState() == CHECKED
        combo = self.table.cellWidget(index, SCOPE)
        scope = RoleScope(combo.currentData()) if isinstance(combo, QComboBox) else role.scope
        return RoleData(name, scope, flags)

    def changed(self) -> list[tuple[RoleRow, RoleData]]:
        result = []
        for index, role in enumerate(self.rows):
            data = self.edited(index)
            if (data.name, data.scope, data.flags) != (role.name, role.scope, role.flags):
                result.append((role, data))
        return result

    def selected(self) -> RoleRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def _update_buttons(self) -> None:
        role = self.selected()
        custom = role is not None and role.key not in ROLE_NAMES
        self.rename_button.setEnabled(custom)
        self.delete_button.setEnabled(custom)
        tip = "" if custom else self.tr("Built-in roles keep their name and cannot be deleted.")
        self.rename_button.setToolTip(tip)
        self.delete_button.setToolTip(tip)

    def rename(self) -> None:
        role = self.selected()
        item = self.table.item(self.row_of(role.key), NAME) if role is not None else None
        if item is not None:
            self.table.editItem(item)

    def save(self) -> None:
        changes, roles = self.changed(), self._roles

        def work() -> int:
            for role, data in changes:
                roles.update(role.key, data, role.version)
            return len(changes)
        run(self._ctx.writes, self, work, self._on_saved, self._on_save_failed)

    def _on_saved(self, _count: object) -> None:
        self.sig_saved.emit()
        self.load()

    def _on_save_failed(self, exc: Exception) -> None:
        text = describe(exc)
        if isinstance(exc, EditConflict):
            text = self.tr("Someone else changed a role after you opened this list; your "
                           "other changes were saved. Reload to see the current rights.")
        show_inline(self.error, text)
        self.sig_save_failed.emit(text)

    def add_role(self) -> None:
        dialog = NewRoleDialog(self._ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(lambda _r: self.load())
        self.dialog = dialog
        dialog.open()

    def delete(self) -> None:
        role = self.selected()
        if role is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete role"),
                          self.tr("Delete the role \u201c%1\u201d?").replace("%1", role.name),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        roles, key = self._roles, role.key
        box.accepted.connect(lambda: run(self._ctx.writes, self, lambda: roles.delete(key),
                                         lambda _r: self.load(), self._on_delete_failed))
        box.open()

    def _on_delete_failed(self, exc: Exception) -> None:
        show_inline(self.error, describe(exc))
        self.sig_save_failed.emit(describe(exc))
