"""Settings → Users → Offboard an employee…: the colleague picker, the confirmation, the
handover on the write runner, the report page, and a refusal shown next to the colleague."""

from __future__ import annotations

import pytest
from factories import make_world
from PySide6.QtCore import Qt
from sqlalchemy import update
from ui_card_support import LEFT, Office, shut_down

from crm_desktop.db import make_engine
from crm_desktop.models import User
from crm_desktop.services import audit
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.settings.offboard_dialog import OffboardDialog
from crm_desktop.ui.settings.users_panel_list import UsersListPanel
from crm_desktop.ui.tasks import make_runners


@pytest.fixture
def office(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    leaver = world.add_user("ivanova", "manager", team="Sales")
    world.add_user("petrov", "manager", team="Sales")
    world.add_user("sidorov", "manager")
    client = ClientService(world.sessions, leaver).create(ClientData(name="ООО Ромашка")).id
    ClientService(world.sessions, leaver).get(client)
    with world.sessions.begin() as session:
        audit.record(session, leaver, "invoice_print", "invoice", 5)
    runners = make_runners()
    services = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, admin))
    result = Office(world, admin, UiContext(services, runners.reads, runners.writes), runners)
    result.client_id = client
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def panel(qtbot, office):
    widget = UsersListPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.rows), timeout=3000)
    return widget


def open_dialog(qtbot, panel, login) -> OffboardDialog:
    panel.select(login)
    qtbot.mouseClick(panel.offboard_button, LEFT)
    dialog = panel.dialog
    assert isinstance(dialog, OffboardDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    return dialog


def test_offboarding_is_offered_for_active_colleagues_only(panel):
    panel.select("boss")
    assert not panel.offboard_button.isEnabled(), "not for oneself"
    panel.select("ivanova")
    assert panel.offboard_button.isEnabled()


def test_confirmed_offboarding_hands_over_and_shows_the_report(qtbot, office, panel):
    dialog = open_dialog(qtbot, panel, "ivanova")
    combo = dialog.colleague_combo
    assert [combo.itemData(i) for i in range(combo.count())] == ["boss", "petrov", "sidorov"]
    assert combo.currentData() == "petrov", "a colleague of the same team and role"
    assert not dialog.confirm_button.isEnabled()
    dialog.understood.setChecked(True)
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_offboarded, timeout=5000) as done:
        qtbot.mouseClick(dialog.confirm_button, LEFT)
    assert (done.args[0].to_login, done.args[0].clients) == ("petrov", 1)
    assert dialog.pages.currentWidget() is dialog.report
    report = dialog.report
    assert "Petrov is now responsible for 1 client(s)" in report.summary.text()
    assert report.cards["opened"].value_label.text() == "1"
    assert report.cards["printed"].value_label.text() == "1"
    assert report.cards["exported"].value_label.text() == "0"
    rows = [[report.tree.topLevelItem(i).text(c) for c in range(3)]
            for i in range(report.tree.topLevelItemCount())]
    assert ["Opened", "Client «ООО Ромашка»", "1"] in rows
    assert ["Printed", "Invoice #5", "1"] in rows
    assert dialog.close_button.text() == "Close" and dialog.confirm_button.isHidden()
    qtbot.waitUntil(lambda: any(r.login == "ivanova" and not r.is_active for r in panel.rows),
                    timeout=3000)
    petrov = next(r for r in panel.rows if r.login == "petrov")
    card = ClientService(office.world.sessions, office.actor).get(office.client_id)
    assert card.data.manager_id == petrov.id


def test_a_refusal_is_shown_next_to_the_colleague_and_changes_nothing(qtbot, office, panel):
    dialog = open_dialog(qtbot, panel, "ivanova")
    with office.world.sessions.begin() as session:  # disabled by someone else meanwhile
        session.execute(update(User).where(User.login == "petrov").values(is_active=False))
    dialog.understood.setChecked(True)
    with qtbot.waitSignal(dialog.sig_failed, timeout=5000) as failed:
        qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Space)
    assert failed.args == ["The colleague's account is disabled; choose an active colleague."]
    assert "to_login" in dialog.errors.visible_errors()
    assert dialog.pages.currentIndex() == 0 and dialog.confirm_button.isEnabled()
    assert next(r for r in panel.rows if r.login == "ivanova").is_active
