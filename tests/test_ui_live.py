"""Live updates in the widgets: another workstation's change reaches this one's hub within 2 s,
the client list updates the changed row in place and keeps the selection, the board re-reads
the touched columns, and an open card reloads — or, while the user types, shows the banner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine, text

from crm_desktop.db import make_engine, make_sessions
from crm_desktop.services.bundle import ServiceBundle
from crm_desktop.services.change_feed import ChangeFeed
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.client_card.opener import ClientCardOpener
from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.deals.page import DealsPage
from crm_desktop.ui.live.connection_bar import ConnectionBar
from crm_desktop.ui.live.hub import LiveUpdates
from crm_desktop.ui.live.wiring import install_live_updates
from crm_desktop.ui.main_window import MainWindow, SessionInfo, role_label
from tests.factories import World, make_world
from tests.ui_card_support import close_windows, type_text
from tests.ui_clients_support import Desk, desk_for

END_TO_END_MS = 2000


@dataclass
class TwoDesks:
    """This workstation (a desk with its own engine and hub) and a colleague elsewhere."""

    here: Desk
    hub: LiveUpdates
    elsewhere: ServiceBundle
    engine: Engine


@pytest.fixture
def two(qapp, db_url) -> Iterator[TwoDesks]:
    engine_here, engine_there = make_engine(db_url), make_engine(db_url)
    world_there = make_world(engine_there)
    boss = world_there.add_user("boss", "admin")
    colleague = world_there.add_user("anna", "admin")
    elsewhere = ServiceBundle.for_workspace(Workspace(engine_there, world_there.sessions,
                                                      colleague))
    here = desk_for(World(engine_here, make_sessions(engine_here)), boss)
    hub = LiveUpdates(ChangeFeed(engine_here), here.ctx.reads)
    hub.start()
    yield TwoDesks(here, hub, elsewhere, engine_there)
    hub.stop()
    here.runners.wait()
    engine_here.dispose()
    engine_there.dispose()


def company(name: str) -> ClientData:
    return ClientData(name=name, city="Москва")


def wait_for_hub(qtbot, two: TwoDesks, table: str, wanted_id: int):  # type: ignore[no-untyped-def]
    return qtbot.waitSignal(two.hub.sig_changed, timeout=END_TO_END_MS,
                            check_params_cb=lambda t, ids: t == table and wanted_id in ids)


def test_a_colleagues_new_client_reaches_the_hub_within_two_seconds(qtbot, two):
    qtbot.wait(50)  # let the hub find where the change log ends (SQLite) / start listening
    qtbot.waitUntil(lambda: two.here.ctx.reads.is_idle(), timeout=5000)
    with qtbot.waitSignal(two.hub.sig_changed, timeout=END_TO_END_MS,
                          check_params_cb=lambda table, _ids: table == "clients") as caught:
        card = two.elsewhere.clients.create(company("ООО «Новый»"))
    assert caught.args[1] == [card.id]


def test_the_client_list_updates_a_changed_row_and_keeps_the_selection(qtbot, two):
    colleague = two.elsewhere.clients
    cards = [colleague.create(company(f"Клиент {n:02d}")) for n in range(5)]
    page = ClientsPage(two.here.ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(lambda: page.count == 5 and not page.model.is_loading(), timeout=5000)
    two.hub.sig_changed.connect(
        lambda table, ids: page.on_clients_changed(ids) if table == "clients" else None)
    page.table.selectRow(3)
    selected = page.table.current_client_id()
    assert selected == cards[3].id
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    changed = cards[1]
    colleague.update(changed.id, replace(changed.data, name="Клиент 01 (переименован)",
                                         city="Тверь"), changed.version)
    colleague.create(company("Клиент 99"))
    qtbot.waitUntil(lambda: page.count == 6 and page.model.rowCount() == 6
                    and page.model.row_at(1) is not None
                    and page.model.row_at(1).city == "Тверь", timeout=END_TO_END_MS + 1000)
    assert page.table.current_client_id() == selected  # still the same client
    assert resets == []  # rows changed in place: no reset, so the scroll position stays
    assert page.model.row_at(5).name == "Клиент 99"


def test_a_clean_card_reloads_and_a_dirty_one_shows_the_banner(qtbot, two):
    colleague = two.elsewhere.clients
    stored = colleague.create(company("ООО «Ромашка»"))
    host = QWidget()
    qtbot.addWidget(host)
    opener = ClientCardOpener(two.here.ctx, host)
    opener.open(stored.id)
    card = opener.window(stored.id)
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None, timeout=5000)
    two.hub.sig_client_touched.connect(
        lambda ids: card.on_changed_elsewhere({"clients"}) if stored.id in ids else None)
    saved = colleague.update(stored.id, replace(stored.data, city="Тверь"), stored.version)
    city = card.form.fields.edits["city"]
    qtbot.waitUntil(lambda: city.text() == "Тверь", timeout=END_TO_END_MS + 1000)
    assert not card.form.conflict.isVisible() and not card.form.is_dirty()

    type_text(card.form.fields.edits["note"] if "note" in card.form.fields.edits else city,
              " — звонить после обеда")
    typed = {key: edit.text() for key, edit in card.form.fields.edits.items()
             if hasattr(edit, "text")}
    assert card.form.is_dirty()
    colleague.update(stored.id, replace(saved.data, city="Тула"), saved.version)
    qtbot.waitUntil(lambda: card.form.conflict.isVisible(), timeout=END_TO_END_MS + 1000)
    assert "Тула" in card.form.conflict.changes_label.text()
    assert {key: edit.text() for key, edit in card.form.fields.edits.items()
            if hasattr(edit, "text")} == typed  # nothing the user typed was touched
    close_windows(opener)


def test_the_board_rereads_the_touched_columns_in_place(qtbot, two):
    colleague = two.elsewhere
    client = colleague.clients.create(company("ООО «Ромашка»"))
    with two.engine.connect() as conn:
        pipeline_id = conn.scalar(text("SELECT min(id) FROM pipelines"))
    deals = [colleague.deals.create(DealData(title=f"Сделка {n}", client_id=client.id,
                                             pipeline_id=pipeline_id)) for n in range(3)]
    page = DealsPage(two.here.ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    board = page.board
    qtbot.waitUntil(lambda: bool(board.columns) and any(
        len(c.model.cards()) == 3 for c in board.columns.values()), timeout=5000)
    two.hub.sig_changed.connect(
        lambda table, ids: page.on_deals_changed(ids) if table == "deals" else None)
    column = next(c for c in board.columns.values() if len(c.model.cards()) == 3)
    column.view.setCurrentIndex(column.model.index(2, 0))
    selected = column.model.card(2).id
    resets: list[int] = []
    column.model.modelReset.connect(lambda: resets.append(1))
    first = deals[0]
    colleague.deals.update(first.id, replace(first.data, title="Сделка 0 (изменена)"),
                           first.version)
    qtbot.waitUntil(lambda: any(c.title == "Сделка 0 (изменена)" for c in column.model.cards()),
                    timeout=END_TO_END_MS + 1000)
    assert column.model.card(column.view.currentIndex().row()).id == selected
    assert resets == []


def test_installed_in_the_main_window_it_refreshes_the_list_and_an_open_card(qtbot, two):
    colleague = two.elsewhere.clients
    stored = colleague.create(company("ООО «Ромашка»"))
    window = MainWindow(SessionInfo("Босс", "boss", role_label("admin"), "sqlite", "-", "-"),
                        two.here.ctx)
    qtbot.addWidget(window)
    bar = ConnectionBar()
    window.centralWidget().layout().itemAt(1).layout().insertWidget(1, bar)
    window.show()
    two.hub.stop()  # the window gets its own hub
    page = window.clients_page
    qtbot.waitUntil(lambda: page.count == 1 and not page.model.is_loading(), timeout=5000)
    hub = install_live_updates(window, two.here.ctx, ChangeFeed(two.here.world.engine), bar)
    window.card_opener.open(stored.id)
    card = window.card_opener.window(stored.id)
    qtbot.waitUntil(lambda: card.card is not None, timeout=5000)
    qtbot.waitUntil(lambda: two.here.ctx.reads.is_idle(), timeout=5000)
    with qtbot.waitSignal(hub.sig_changed, timeout=END_TO_END_MS):
        colleague.update(stored.id, replace(stored.data, city="Тверь"), stored.version)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None
                    and page.model.row_at(0).city == "Тверь"
                    and card.form.fields.edits["city"].text() == "Тверь", timeout=3000)
    assert not bar.isVisible() and hub.connected
    close_windows(window.card_opener)
    hub.stop()
