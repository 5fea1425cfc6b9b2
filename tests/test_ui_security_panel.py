"""Settings → Protection: values from the service, a number out of range shown next to its
field as it is left and never saved, a good save stored and audited; administrators only."""

from __future__ import annotations

import pytest
from factories import make_world
from PySide6.QtCore import Qt
from sqlalchemy import select
from ui_card_support import LEFT, Office, shut_down

from crm_desktop.db import make_engine
from crm_desktop.models import AuditEntry
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.security_settings import SecuritySettings, SecuritySettingsService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pages import settings_panels
from crm_desktop.ui.settings.security_panel import SecurityPanel
from crm_desktop.ui.tasks import make_runners


@pytest.fixture
def office(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    runners = make_runners()
    services = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, admin))
    result = Office(world, admin, UiContext(services, runners.reads, runners.writes), runners)
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def panel(qtbot, office):
    widget = SecurityPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.settings is not None, timeout=3000)
    return widget


def stored(office) -> SecuritySettings:
    return SecuritySettingsService(office.world.sessions, office.actor).get()


def test_the_panel_shows_the_current_settings(panel):
    assert {name: edit.text() for name, edit in panel.edits.items()} == {
        "lock_after_minutes": "15", "failed_login_limit": "10",
        "failed_login_lock_minutes": "15", "scraping_cards": "100", "scraping_minutes": "10"}


def test_a_number_out_of_range_is_shown_inline_and_not_saved(qtbot, office, panel):
    edit = panel.edits["scraping_minutes"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "0")
    panel.edits["scraping_cards"].setFocus()
    qtbot.waitUntil(lambda: "scraping_minutes" in panel.errors.visible_errors(), timeout=1000)
    assert panel.errors.visible_errors()["scraping_minutes"] == \
        "Enter a whole number from 1 to 1440."
    panel.edits["failed_login_limit"].setText("много")
    with qtbot.waitSignal(panel.sig_save_failed, timeout=1000):
        qtbot.mouseClick(panel.save_button, LEFT)
    assert set(panel.errors.visible_errors()) == {"scraping_minutes", "failed_login_limit"}
    assert edit.text() == "0", "what was typed stays"
    assert stored(office) == SecuritySettings()


def test_good_numbers_are_saved_and_audited(qtbot, office, panel):
    for name, value in (("lock_after_minutes", "0"), ("scraping_cards", "250"),
                        ("scraping_minutes", " 5 ")):
        panel.edits[name].setText(value)
    with qtbot.waitSignal(panel.sig_saved, timeout=3000):
        qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
    assert stored(office) == SecuritySettings(lock_after_minutes=0, scraping_cards=250,
                                              scraping_minutes=5)
    assert panel.saved_label.text() == "Protection settings saved."
    assert panel.edits["scraping_minutes"].text() == "5"
    with office.world.sessions() as session:
        assert session.scalar(select(AuditEntry.details).where(
            AuditEntry.action == "settings_security"))["scraping_cards"] == 250


def test_only_user_managers_get_the_panel(qtbot, office):
    manager = office.world.add_user("petrov", "manager")
    ctx = UiContext(ServiceBundle.for_workspace(Workspace(office.world.engine,
                                                          office.world.sessions, manager)),
                    office.ctx.reads, office.ctx.writes)
    assert not any(isinstance(p, SecurityPanel) for p in settings_panels(ctx))
    panels = settings_panels(office.ctx)
    for widget in panels:
        qtbot.addWidget(widget)
    assert any(isinstance(p, SecurityPanel) for p in panels)
