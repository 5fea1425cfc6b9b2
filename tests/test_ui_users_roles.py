"""Settings → Users and roles: add a user with inline errors, change role, disable; the roles
matrix (flags, scope, locked admin, conflicts, delete refused); the audit log and its check."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from factories import make_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStyleOptionViewItem
from ui_card_support import LEFT, Office, shut_down

from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.roles import RoleData, RoleService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pages import settings_panels
from crm_desktop.ui.settings.users_panel import UsersAndRolesPanel
from crm_desktop.ui.tasks import make_runners


@pytest.fixture
def office(qapp, sqlite_url) -> Iterator[Office]:
    from crm_desktop.db import make_engine
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    world.add_user("ivanova", "manager", team="Sales")
    runners = make_runners()
    services = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, admin))
    result = Office(world, admin, UiContext(services, runners.reads, runners.writes), runners)
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def panel(qtbot, office) -> UsersAndRolesPanel:
    widget = UsersAndRolesPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.users.rows) and bool(widget.roles.rows)
                    and bool(widget.audit.rows or widget.audit.tree.topLevelItemCount() == 0),
                    timeout=5000)
    return widget


def user(office, login):
    return next((u for u in office.services.users.list() if u.login == login), None)


def test_only_user_managers_get_the_panel(qtbot, office):
    manager = office.world.add_user("petrov", "manager")
    bundle = ServiceBundle.for_workspace(Workspace(office.world.engine, office.world.sessions,
                                                   manager))
    ctx = UiContext(bundle, office.ctx.reads, office.ctx.writes)
    assert not any(isinstance(p, UsersAndRolesPanel) for p in settings_panels(ctx))
    panels = settings_panels(office.ctx)
    for p in panels:
        qtbot.addWidget(p)
    assert any(isinstance(p, UsersAndRolesPanel) for p in panels)


def test_add_user_shows_errors_inline_and_keeps_the_form(qtbot, office, panel):
    qtbot.mouseClick(panel.users.add_button, LEFT)
    dialog = panel.users.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    dialog.edits["login"].setText("sidorov")
    dialog.edits["full_name"].setText("Сидоров Пётр")
    dialog.edits["password"].setText("secret-123")
    dialog.edits["password_again"].setText("secret-124")
    dialog.save()
    assert "password_again" in dialog.errors.visible_errors()
    dialog.edits["password"].setText("short")
    dialog.edits["password_again"].setText("short")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=3000):
        dialog.save()
    assert "password" in dialog.errors.visible_errors()
    assert dialog.edits["login"].text() == "sidorov"
    dialog.edits["password"].setText("secret-123")
    dialog.edits["password_again"].setText("secret-123")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("head"))
    dialog.team_combo.setCurrentText("Опт")
    with qtbot.waitSignal(panel.users.sig_loaded, timeout=3000):
        dialog.save()
    created = user(office, "sidorov")
    assert (created.role_key, created.team, created.is_active) == ("head", "Опт", True)
    qtbot.waitUntil(lambda: panel.users.selected() is not None
                    and panel.users.selected().login == "sidorov", timeout=2000)


def test_change_role_and_disable(qtbot, office, panel):
    users = panel.users
    users.select("ivanova")
    qtbot.mouseClick(users.role_button, LEFT)
    dialog = users.dialog
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("readonly"))
    dialog.team_combo.setCurrentText("")
    with qtbot.waitSignal(users.sig_loaded, timeout=3000):
        dialog.save()
    assert (user(office, "ivanova").role_key, user(office, "ivanova").team) == ("readonly", None)
    users.select("ivanova")
    assert users.active_button.isEnabled()
    with qtbot.waitSignal(users.sig_loaded, timeout=3000):
        qtbot.mouseClick(users.active_button, LEFT)
    assert not user(office, "ivanova").is_active
    users.select("ivanova")
    assert users.active_button.text() == users.tr("Enable")
    users.select("boss")
    assert not users.active_button.isEnabled()  # nobody locks themselves out


def test_roles_matrix_saves_flags_and_scope(qtbot, office, panel):
    roles = panel.roles
    assert not roles.flag_item("admin", "can_copy").flags() & Qt.ItemFlag.ItemIsEnabled
    assert not roles.scope_combo("admin").isEnabled()
    assert roles.scope_combo("admin").toolTip()
    roles.flag_item("manager", "can_copy").setCheckState(Qt.CheckState.Checked)
    combo = roles.scope_combo("manager")
    combo.setCurrentIndex(combo.findData("team"))
    with qtbot.waitSignal(roles.sig_loaded, timeout=3000):
        qtbot.mouseClick(roles.save_button, LEFT)
    manager = next(r for r in RoleService(office.world.sessions, office.actor).list()
                   if r.key == "manager")
    assert manager.flags["can_copy"] and manager.scope.value == "team"


def test_a_role_changed_meanwhile_is_a_conflict(qtbot, office, panel):
    roles = panel.roles
    service = RoleService(office.world.sessions, office.actor)
    head = next(r for r in service.list() if r.key == "head")
    service.update("head", RoleData(head.name, head.scope, {"can_export": False}), head.version)
    roles.flag_item("head", "can_print").setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(roles.sig_save_failed, timeout=3000):
        qtbot.mouseClick(roles.save_button, LEFT)
    assert not roles.error.isHidden()
    assert next(r for r in service.list() if r.key == "head").flags["can_print"]


def test_add_rename_and_delete_a_role(qtbot, office, panel):
    roles = panel.roles
    qtbot.mouseClick(roles.add_button, LEFT)
    dialog = roles.dialog
    dialog.name_edit.setText("Стажёр")
    dialog.key_edit.setText("Стажёр")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=3000):
        dialog.save()
    assert "key" in dialog.errors.visible_errors()
    dialog.key_edit.setText("intern")
    with qtbot.waitSignal(roles.sig_loaded, timeout=3000):
        dialog.save()
    roles.table.setCurrentCell(roles.row_of("intern"), 0)
    assert roles.rename_button.isEnabled()
    roles.table.item(roles.row_of("intern"), 0).setText("Практикант")
    with qtbot.waitSignal(roles.sig_loaded, timeout=3000):
        qtbot.mouseClick(roles.save_button, LEFT)
    assert any(r.name == "Практикант" for r in office.services.users.roles())
    roles.table.setCurrentCell(roles.row_of("intern"), 0)
    qtbot.mouseClick(roles.delete_button, LEFT)
    box = roles.findChild(QMessageBox, "confirmBox")
    with qtbot.waitSignal(roles.sig_loaded, timeout=3000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert all(r.key != "intern" for r in office.services.users.roles())
    roles.table.setCurrentCell(roles.row_of("manager"), 0)
    assert not roles.delete_button.isEnabled() and roles.delete_button.toolTip()


def test_audit_log_lists_changes_and_checks_the_chain(qtbot, office, panel):
    office.services.users.set_active("ivanova", False)
    audit = panel.audit
    with qtbot.waitSignal(audit.sig_loaded, timeout=3000):
        qtbot.mouseClick(audit.refresh_button, LEFT)
    first = audit.tree.topLevelItem(0)
    assert first.text(2) == "user_disable" and "boss" in first.text(1)
    with qtbot.waitSignal(audit.sig_checked, timeout=3000) as checked:
        qtbot.mouseClick(audit.verify_button, LEFT)
    assert checked.args[0].intact and audit.result_label.text()


def test_a_right_is_switched_by_a_click_on_its_centred_box(qtbot, office, panel):
    roles = panel.roles
    table = roles.table
    item = roles.flag_item("manager", "can_export")
    assert item.checkState() == Qt.CheckState.Unchecked
    cell = table.visualItemRect(item)
    option = QStyleOptionViewItem()
    option.rect, option.widget = cell, table
    box = roles.check_delegate.check_rect(option)
    assert abs(box.center().x() - cell.center().x()) <= 1  # under the rotated title
    qtbot.mouseClick(table.viewport(), LEFT, pos=box.center())
    assert item.checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(table.viewport(), LEFT, pos=cell.center())
    assert item.checkState() == Qt.CheckState.Unchecked
    locked = roles.flag_item("admin", "can_export")
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(locked).center())
    assert locked.checkState() == Qt.CheckState.Checked  # the administrator keeps every right
