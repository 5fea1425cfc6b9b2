"""Settings → Sales: a month's channel spend and sales targets, saved and read back; a bad
amount keeps the month unsaved with its row selected."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from factories import make_world
from PySide6.QtCore import QDate
from ui_clients_support import desk_for

from crm_desktop.db import make_engine
from crm_desktop.ui.settings.sales_panel import SalesPanel


@pytest.fixture
def desk(qapp, sqlite_url):  # type: ignore[no-untyped-def]
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    world.add_user("ivanova", "manager")
    result = desk_for(world, world.add_user("boss", "admin"))
    yield result
    result.runners.wait()
    engine.dispose()


def _panel(qtbot, desk):  # type: ignore[no-untyped-def]
    panel = SalesPanel(desk.ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.month_edit.setDate(QDate(2026, 11, 1))
    return panel


def test_a_months_spend_and_targets_are_saved_and_read_back(qtbot, desk):
    panel = _panel(qtbot, desk)
    assert panel.spend_table.rowCount() > 0 and panel.targets_table.rowCount() > 0
    panel.spend_table.item(0, 1).setText("15 000,50")
    panel.targets_table.item(0, 1).setText("250000")
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.save()
    month = desk.ctx.services.sales_settings.month(date(2026, 11, 1))
    assert month.spend[0].amount == Decimal("15000.50")
    assert month.targets[0].amount == Decimal("250000.00")
    with qtbot.waitSignal(panel.sig_loaded, timeout=5000):
        panel.month_edit.setDate(QDate(2026, 12, 1))
    assert panel.spend_table.item(0, 1).text() == ""


def test_a_bad_amount_saves_nothing_and_selects_its_row(qtbot, desk):
    panel = _panel(qtbot, desk)
    panel.spend_table.item(0, 1).setText("100")
    last = panel.targets_table.rowCount() - 1
    panel.targets_table.item(last, 1).setText("много")
    with qtbot.waitSignal(panel.sig_save_failed, timeout=5000):
        panel.save()
    assert panel.form_error.isVisibleTo(panel)
    assert panel.targets_table.currentRow() == last
    month = desk.ctx.services.sales_settings.month(date(2026, 11, 1))
    assert month.spend[0].amount is None
