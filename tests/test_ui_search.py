"""Global search: as-you-type results under the field, keys, opening a hit, stale results."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

from crm_desktop.services.client_dto import ClientData, ContactData, MethodData
from crm_desktop.services.enums import ContactMethodKind
from crm_desktop.services.search import HitKind, SearchHit
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.search.delegate import ItemRole
from crm_desktop.ui.search.popup import SearchPopup
from tests.factories import make_world
from tests.ui_clients_support import Desk, desk_for, press, type_text


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    return w


@pytest.fixture
def desk(qapp, world) -> Iterator[Desk]:
    result = desk_for(world, world.anna)
    yield result
    result.runners.wait()


class SearchWindow(QWidget):
    """A stand-in for the main window: a search field with the popup under it."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setObjectName("globalSearch")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addStretch(1)
        self.popup = SearchPopup(ctx, self.field, self)
        self.resize(900, 600)


@pytest.fixture
def window(qtbot, desk) -> SearchWindow:
    win = SearchWindow(desk.ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_a_phone_in_another_format_finds_the_client_and_enter_opens_it(qtbot, desk, window):
    client = desk.services.clients.create(ClientData(
        name="ООО «Северный ветер»",
        methods=(MethodData(ContactMethodKind.PHONE, "+7 (912) 345-67-89"),)))
    popup = window.popup
    with qtbot.waitSignal(popup.sig_results_shown, timeout=10_000) as shown:
        type_text(window.field, "8 912 345 67 89")
    assert shown.args == ["8 912 345 67 89", 1]
    view = window.findChild(QListView, "searchResults")
    assert view is popup.results_view and view.isVisible()
    index = popup.model.index(0, 0)
    assert index.data() == "ООО «Северный ветер»"
    assert index.data(ItemRole.BADGE) == "Client"
    assert "+7 912 345-67-89" in index.data(ItemRole.SUBTITLE)
    with qtbot.waitSignal(popup.sig_open_client_requested, timeout=3000) as opened:
        press(window.field, Qt.Key.Key_Return)
    assert opened.args == [client.id]
    assert not popup.isVisible()


def test_up_and_down_move_and_escape_closes(qtbot, desk, window):
    clients = desk.services.clients
    ids = [clients.create(ClientData(name=f"ООО Ромашка {n}")).id for n in range(3)]
    clients.add_contact(ids[0], ContactData(first_name="Ромашкин", last_name="Пётр"))
    popup = window.popup
    with qtbot.waitSignal(popup.sig_results_shown, timeout=10_000):
        type_text(window.field, "ромашк")
    kinds = [popup.model.hit(i).kind for i in range(popup.model.rowCount())]
    assert kinds[:3] == [HitKind.CLIENT] * 3
    assert popup.current_hit().client_id == ids[0]
    press(window.field, Qt.Key.Key_Down)
    press(window.field, Qt.Key.Key_Down)
    assert popup.current_hit().client_id == ids[2]
    press(window.field, Qt.Key.Key_Up)
    assert popup.current_hit().client_id == ids[1]
    press(window.field, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    press(window.field, Qt.Key.Key_Down)  # brings the same results back
    assert popup.isVisible()
    with qtbot.waitSignal(popup.sig_open_client_requested, timeout=3000) as opened:
        popup.results_view.doubleClicked.emit(popup.model.index(2, 0))
    assert opened.args == [ids[2]]


def test_nothing_found_is_said_so(qtbot, window):
    popup = window.popup
    with qtbot.waitSignal(popup.sig_results_shown, timeout=10_000) as shown:
        type_text(window.field, "zzzzqqq")
    assert shown.args[1] == 0
    assert popup.isVisible()
    assert popup.empty_label.isVisible() and popup.empty_label.text() == "Nothing found"
    assert not popup.results_view.isVisible()


def test_a_manager_never_finds_a_colleagues_client(qtbot, world, desk, window):
    desk_for(world, world.igor).services.clients.create(ClientData(
        name="ООО Игорев Лес", methods=(MethodData(ContactMethodKind.PHONE, "+79001112233"),)))
    desk.services.clients.create(ClientData(name="ООО Аннин Лес"))
    popup = window.popup
    with qtbot.waitSignal(popup.sig_results_shown, timeout=10_000):
        type_text(window.field, "лес")
    assert [h.title for h in popup.model.hits()] == ["ООО Аннин Лес"]
    window.field.clear()
    with qtbot.waitSignal(popup.sig_results_shown, timeout=10_000) as shown:
        type_text(window.field, "+7 900 111-22-33")
    assert shown.args[1] == 0


class SlowFirstSearch:
    """SearchService stand-in: the first query waits until released, later ones answer at once."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.first_started = threading.Event()
        self.calls: list[str] = []

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        self.calls.append(text)
        if len(self.calls) == 1:
            self.first_started.set()
            self.release.wait(10)
        return [SearchHit(HitKind.CLIENT, len(self.calls), len(self.calls), f"hit for {text}",
                          "")]


def test_a_late_answer_to_an_older_query_is_dropped(qtbot, desk):
    fake = SlowFirstSearch()
    ctx = replace(desk.ctx, services=replace(desk.services, search=fake))
    win = SearchWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    popup = win.popup
    popup.search_now("ром")
    qtbot.waitUntil(fake.first_started.is_set, timeout=5000)
    with qtbot.waitSignal(popup.sig_results_shown, timeout=5000) as shown:
        popup.search_now("ромашка")
    assert shown.args == ["ромашка", 1]
    fake.release.set()  # the first query answers only now
    qtbot.waitUntil(desk.ctx.reads.is_idle, timeout=5000)
    assert fake.calls == ["ром", "ромашка"]
    assert [h.title for h in popup.model.hits()] == ["hit for ромашка"]


def test_typing_is_debounced(qtbot, desk):
    fake = SlowFirstSearch()
    fake.release.set()
    ctx = replace(desk.ctx, services=replace(desk.services, search=fake))
    win = SearchWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.popup.sig_results_shown, timeout=5000) as shown:
        type_text(win.field, "ромашка")
    assert shown.args == ["ромашка", 1]
    assert fake.calls == ["ромашка"]  # one query for seven key presses


def test_the_main_window_wires_search_list_and_card(qtbot, monkeypatch, desk):
    """Hits, rows and "New client" go to the card opener; a saved card refreshes the list."""
    from crm_desktop.ui import main_window
    from crm_desktop.ui.clients.card_link import MissingCardOpener
    from crm_desktop.ui.clients.columns import KEYS
    from crm_desktop.ui.session_info import SessionInfo

    clients = desk.services.clients
    card = clients.create(ClientData(name="ООО Ромашка"))
    opener = MissingCardOpener()
    monkeypatch.setattr(main_window, "make_card_opener", lambda _ctx, _parent: opener)
    win = main_window.MainWindow(SessionInfo("Anna", "anna", "Manager", "sqlite", "x", ""),
                                 desk.ctx)
    qtbot.addWidget(win)
    win.show()
    page, name = win.clients_page, KEYS.index("name")
    qtbot.waitUntil(lambda: page.model.loaded_count() == 1 and not page.model.is_loading(),
                    timeout=10_000)
    with qtbot.waitSignal(win.search_popup.sig_results_shown, timeout=10_000):
        type_text(win.search, "ромашк")
    press(win.search, Qt.Key.Key_Return)
    assert opener.requests == [card.id]
    rect = page.table.visualRect(page.model.index(0, name))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opener.requests == [card.id, card.id]
    page.new_button.click()
    assert opener.requests == [card.id, card.id, None]
    clients.update(card.id, replace(clients.get(card.id).data, name="ООО Ромашка-2"),
                   card.version)
    clients.create(ClientData(name="АО Астра"))
    opener.sig_client_saved.emit(card.id)
    qtbot.waitUntil(lambda: page.model.loaded_count() == 2 and page.count == 2
                    and not page.model.is_loading()
                    and page.model.index(1, name).data() is not None, timeout=10_000)
    assert [page.model.index(i, name).data() for i in range(2)] == ["АО Астра", "ООО Ромашка-2"]


def test_a_deal_hit_opens_the_deal(qtbot, desk, window, world):
    from sqlalchemy import select

    from crm_desktop.models import Pipeline
    from crm_desktop.services.deal_dto import DealData

    client = desk.services.clients.create(ClientData(name="ООО Ромашка"))
    with world.sessions() as session:
        pipeline_id = session.scalar(select(Pipeline.id).order_by(Pipeline.id))
    deal = desk.services.deals.create(DealData(
        title="Поставка турбин", client_id=client.id, pipeline_id=pipeline_id))
    popup = window.popup
    with qtbot.waitSignal(popup.sig_results_shown, timeout=10_000):
        type_text(window.field, "турбин")
    assert popup.model.hit(0).kind is HitKind.DEAL
    with qtbot.waitSignal(popup.sig_open_deal_requested, timeout=3000) as opened:
        press(window.field, Qt.Key.Key_Return)
    assert opened.args == [deal.id]
