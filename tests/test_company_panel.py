"""Settings → Company: loading, checksums shown when a field is left, saving, a failed save
keeping the form, a conflict offering Reload, and the panel shown to administrators only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from ui_card_support import LEFT, Office, shut_down, type_text

from crm_desktop.db import make_engine
from crm_desktop.services.company import CompanyService
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.pages import settings_panels
from crm_desktop.ui.settings.company_panel import CompanyPanel
from crm_desktop.ui.tasks import make_runners
from tests.test_invoice_support import COMPANY, invoice_world, invoicing_bundle


@pytest.fixture
def world(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    yield invoice_world(engine)
    engine.dispose()


def office_of(world, actor) -> Office:  # type: ignore[no-untyped-def]
    runners = make_runners()
    bundle = invoicing_bundle(world, actor)
    return Office(world, actor, UiContext(bundle, runners.reads, runners.writes), runners)


@pytest.fixture
def office(world) -> Iterator[Office]:
    result = office_of(world, world.admin)
    yield result
    shut_down(result)


@pytest.fixture
def panel(qtbot, office) -> CompanyPanel:
    widget = CompanyPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.profile is not None, timeout=5000)
    return widget


def test_loads_checks_as_you_go_and_saves(qtbot, office, panel):
    assert panel.edits["inn"].text() == COMPANY.inn
    account = panel.edits["bank_account"]
    account.clear()
    type_text(account, "40702810038000012345")  # control digit does not match the BIK
    account.editingFinished.emit()
    assert "bank_account" in panel.errors.visible_errors()
    account.clear()
    type_text(account, "40702810938000012345")
    account.editingFinished.emit()
    assert "bank_account" not in panel.errors.visible_errors()
    panel.edits["director_name"].clear()
    type_text(panel.edits["director_name"], "Сидоров П. П.")
    with qtbot.waitSignal(panel.sig_saved, timeout=5000):
        qtbot.mouseClick(panel.save_button, LEFT)
    assert CompanyService(office.world.sessions, office.actor).get().data.director_name == (
        "Сидоров П. П.")
    assert panel.saved_label.text()


def test_a_failed_save_keeps_the_form_and_a_conflict_offers_reload(qtbot, office, panel):
    panel.edits["inn"].clear()
    type_text(panel.edits["inn"], "1234567890")
    with qtbot.waitSignal(panel.sig_save_failed, timeout=5000):
        qtbot.mouseClick(panel.save_button, LEFT)
    assert "inn" in panel.errors.visible_errors()
    assert panel.edits["inn"].text() == "1234567890"
    panel.edits["inn"].clear()
    type_text(panel.edits["inn"], "7707083893")
    other = CompanyService(office.world.sessions, office.world.admin)
    other.update(replace(other.get().data, phone="+7 495 000-00-00"), other.get().version)
    with qtbot.waitSignal(panel.sig_save_failed, timeout=5000):
        qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.reload_button.isVisible()
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        qtbot.mouseClick(panel.reload_button, LEFT)
    assert panel.edits["phone"].text() == "+7 495 000-00-00"


def test_settings_show_the_panel_to_user_managers_only(qtbot, world):
    for actor, expected in ((world.admin, True), (world.head, True), (world.anna, False)):
        office = office_of(world, actor)
        try:
            panels = settings_panels(office.ctx)
            for widget in panels:
                qtbot.addWidget(widget)
            assert any(isinstance(p, CompanyPanel) for p in panels) is expected
        finally:
            shut_down(office)
