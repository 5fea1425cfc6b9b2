"""The audit viewer's filters (user, action, period, client with its deals), action names
shown over the stored keys, and scraping alerts marked in red and bold."""

from __future__ import annotations

from datetime import timedelta

import pytest
from factories import make_world
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem
from ui_card_support import Office, shut_down

from crm_desktop.db import make_engine
from crm_desktop.services import audit
from crm_desktop.services.actor import system_actor
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.clients import ClientService
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.deals import DealService
from crm_desktop.services.pipelines import PipelineService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.settings.audit_panel import ALERT_COLOR, AuditPanel
from crm_desktop.ui.settings.audit_panel_filters import CHOSEN, TODAY
from crm_desktop.ui.tasks import make_runners


@pytest.fixture
def office(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    world = make_world(engine)
    admin = world.add_user("boss", "admin")
    manager = world.add_user("ivanova", "manager")
    clients = ClientService(world.sessions, manager)
    first = clients.create(ClientData(name="ООО Ромашка")).id
    second = clients.create(ClientData(name="ООО Лютик")).id
    pipeline = PipelineService(world.sessions, system_actor()).pipelines()[0]
    deal = DealService(world.sessions, manager).create(
        DealData(title="Поставка", client_id=first, pipeline_id=pipeline.id)).id
    with world.sessions.begin() as session:
        audit.record(session, manager, "card_open", "client", first)
        audit.record(session, manager, "card_open", "deal", deal)
        audit.record(session, manager, "card_open", "client", second)
        audit.record(session, manager, "scraping_alert", "user", manager.user_id,
                     {"count": 101, "minutes": 10})
        audit.record(session, admin, "settings_security")
    runners = make_runners()
    services = ServiceBundle.for_workspace(Workspace(world.engine, world.sessions, admin))
    result = Office(world, admin, UiContext(services, runners.reads, runners.writes), runners)
    result.ids = {"first": first, "second": second, "deal": deal}
    yield result
    shut_down(result)
    engine.dispose()


@pytest.fixture
def panel(qtbot, office):
    widget = AuditPanel(office.ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitUntil(lambda: bool(widget.rows) and widget.filters.user_combo.count() > 1,
                    timeout=3000)
    return widget


def shown(panel):
    return [(r.action, r.entity, r.entity_id, r.login) for r in panel.rows]


def refilter(qtbot, panel, change):
    with qtbot.waitSignal(panel.sig_loaded, timeout=3000):
        change()
    return shown(panel)


def test_filters_by_user_action_and_period(qtbot, office, panel):
    filters = panel.filters
    assert [filters.user_combo.itemData(i) for i in range(filters.user_combo.count())] == [
        None, "boss", "ivanova"]
    rows = refilter(qtbot, panel, lambda: filters.user_combo.setCurrentIndex(
        filters.user_combo.findData("ivanova")))
    assert rows and {login for *_x, login in rows} == {"ivanova"}
    rows = refilter(qtbot, panel, lambda: filters.action_combo.setCurrentIndex(
        filters.action_combo.findData("card_open")))
    assert [(a, e) for a, e, _i, _l in rows] == [("card_open", "client"), ("card_open", "deal"),
                                                 ("card_open", "client")]
    assert len(refilter(qtbot, panel, lambda: filters.period_combo.setCurrentIndex(TODAY))) == 3
    refilter(qtbot, panel, lambda: filters.period_combo.setCurrentIndex(CHOSEN))
    assert filters.from_edit.isVisible() and filters.to_edit.isVisible()
    long_ago = QDate.currentDate().addDays(-30)
    filters.from_edit.setDate(long_ago)
    assert refilter(qtbot, panel, lambda: filters.to_edit.setDate(long_ago.addDays(1))) == []
    current = filters.current()
    assert current.until - current.since == timedelta(days=2)


def test_a_client_filter_shows_the_client_and_its_deals(qtbot, office, panel):
    filters, ids = panel.filters, office.ids
    rows = refilter(qtbot, panel, lambda: filters.client_picker.choose(ids["first"],
                                                                        "ООО Ромашка"))
    about = {(e, i) for _a, e, i, _l in rows}
    assert about == {("client", ids["first"]), ("deal", ids["deal"])}
    assert filters.clear_client.isEnabled()
    rows = refilter(qtbot, panel, filters.forget_client)
    assert ("client", ids["second"]) in {(e, i) for _a, e, i, _l in rows}
    assert filters.client_picker.text() == "" and not filters.clear_client.isEnabled()


def test_actions_read_as_names_and_scraping_alerts_stand_out(panel):
    tree = panel.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    alert = next(i for i in items if i.text(2) == "scraping_alert")
    assert alert.foreground(0).color() == QColor(ALERT_COLOR) and alert.font(1).bold()
    assert alert.text(4) == "101 cards opened within 10 min"
    assert alert.text(3) == f"User #{alert_user(panel)}"
    opened = next(i for i in items if i.text(2) == "card_open")
    assert not opened.font(0).bold() and opened.text(3).startswith("Client #")
    index = tree.indexFromItem(opened, 2)
    option = QStyleOptionViewItem()
    tree.itemDelegateForColumn(2).initStyleOption(option, index)
    assert option.text == "Opened a card"


def alert_user(panel):
    return next(r.entity_id for r in panel.rows if r.action == "scraping_alert")
