"""The Clients page: windowed pages, SQL sorting by header clicks, filters and the count,
favourites, scope, segments, and the formats of the cells."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QTableView

from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.client_filter import ClientFilter
from crm_desktop.services.client_sort import ClientSort
from crm_desktop.services.enums import ClientStatus, ContactMethodKind
from crm_desktop.ui.clients.columns import KEYS, STAR
from crm_desktop.ui.clients.list_page import ClientsPage
from crm_desktop.ui.clients.reference_data import ReferenceData
from crm_desktop.ui.clients.segments_panel import SegmentsPanel
from crm_desktop.ui.clients.table_model import PAGE_SIZE, ClientRole, ClientTableModel
from tests.factories import make_world
from tests.ui_clients_support import LEFT, Desk, desk_for, insert_clients

NAME, CITY = KEYS.index("name"), KEYS.index("city")


@pytest.fixture
def world(engine):
    w = make_world(engine)
    w.anna = w.add_user("anna", "manager", team="Sales")
    w.igor = w.add_user("igor", "manager", team="Other")
    w.boss = w.add_user("boss", "admin")
    return w


@pytest.fixture
def desk(qapp, world) -> Iterator[Desk]:
    result = desk_for(world, world.anna)
    yield result
    result.runners.wait()


def idle(model: ClientTableModel) -> bool:
    return not model.is_loading()


def names(model: ClientTableModel) -> list[str]:
    return [model.row_at(i).name for i in range(model.loaded_count())]


def make_page(qtbot, desk: Desk) -> ClientsPage:
    page = ClientsPage(desk.ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: idle(page.model) and page.count is not None, timeout=10_000)
    return page


def seek_spy(desk: Desk, monkeypatch) -> list[int]:
    """Positions of the far jumps (ClientListService.seek) the model makes."""
    client_list = desk.services.client_list
    positions: list[int] = []
    original = client_list.seek

    def seek(sort, flt, position):
        positions.append(position)
        return original(sort, flt, position)

    monkeypatch.setattr(client_list, "seek", seek)
    return positions


def test_the_model_counts_and_reads_only_the_pages_shown(qtbot, desk, world, monkeypatch):
    insert_clients(world, 450, world.anna.user_id)
    seeks = seek_spy(desk, monkeypatch)
    model = ClientTableModel(desk.ctx, ReferenceData(desk.ctx))
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.sig_count_changed, timeout=10_000) as counted:
        model.set_query(ClientSort(), ClientFilter())
        assert model.rowCount() == 1  # the placeholder while the first page and count load
        assert model.index(0, 0).data(ClientRole.PLACEHOLDER) is True
    assert counted.args == [450]
    qtbot.waitUntil(lambda: idle(model), timeout=10_000)
    assert model.rowCount() == 450
    assert model.loaded_pages() == [0] and model.loaded_count() == PAGE_SIZE
    assert model.row_at(300) is None and not model.canFetchMore(QModelIndex())
    assert model.index(300, NAME).data() == "Loading…"  # asks for page 1
    assert model.index(300, NAME).data(ClientRole.PLACEHOLDER) is True
    qtbot.waitUntil(lambda: model.row_at(300) is not None and idle(model), timeout=10_000)
    assert model.loaded_pages() == [0, 1]
    assert names(model) == [f"Клиент {n:03d}" for n in range(400)]
    assert seeks == []  # page 1 continued from page 0's cursor
    assert model.index(449, NAME).data() == "Loading…"
    qtbot.waitUntil(lambda: model.row_at(449) is not None and idle(model), timeout=10_000)
    assert model.row_at(449).name == "Клиент 449" and model.row_at(450) is None
    assert seeks == []  # page 2 follows page 1


def visible_rows(table: QTableView) -> range:
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    return range(first, (last if last >= 0 else table.model().rowCount() - 1) + 1)


def test_scrolling_to_the_bottom_reads_only_the_last_page(qtbot, desk, world, monkeypatch):
    insert_clients(world, 450, world.anna.user_id)
    seeks = seek_spy(desk, monkeypatch)
    page = make_page(qtbot, desk)
    table, model = page.table, page.model
    assert table.objectName() == "clientTable" and page.objectName() == "clientsPage"
    assert model.rowCount() == 450 and model.loaded_pages() == [0]
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(449) is not None and idle(model), timeout=10_000)
    assert model.row_at(449).name == "Клиент 449"
    assert model.loaded_pages() == [0, 2] and model.row_at(250) is None  # not the middle
    assert seeks == [400]  # one far jump through the index
    shown = visible_rows(table)
    assert shown[-1] == 449
    assert [model.index(r, NAME).data() for r in shown] == \
        [f"Клиент {r:03d}" for r in shown]


def test_fast_jumps_show_only_the_final_pages(qtbot, desk, world):
    insert_clients(world, 900, world.anna.user_id)
    page = make_page(qtbot, desk)
    table, model = page.table, page.model
    for row in (250, 450, 650, 850):  # faster than the pages can be read
        table.scrollTo(model.index(row, 0))
        table.viewport().repaint()
    qtbot.waitUntil(lambda: model.row_at(850) is not None and idle(model), timeout=10_000)
    assert 1 not in model.loaded_pages() and 2 not in model.loaded_pages()
    shown = visible_rows(table)
    assert 850 in shown
    assert [model.index(r, NAME).data() for r in shown] == \
        [f"Клиент {r:03d}" for r in shown]


def test_a_new_query_drops_the_pages_still_being_read(qtbot, desk, world):
    insert_clients(world, 900, world.anna.user_id)
    page = make_page(qtbot, desk)
    table, model = page.table, page.model
    with qtbot.waitSignal(model.sig_loading_changed, timeout=10_000) as started:
        table.scrollTo(model.index(850, 0))
        table.viewport().repaint()
    assert started.args == [True]  # page 4 is being read now
    model.set_query(ClientSort(descending=True), ClientFilter())
    qtbot.waitUntil(lambda: idle(model) and desk.ctx.reads.is_idle(), timeout=10_000)
    assert model.loaded_pages() == [0]  # page 4 of the old order was dropped
    assert model.row_at(0).name == "Клиент 899" and model.rowCount() == 900


def test_at_most_the_page_limit_stays_in_memory(qtbot, desk, world, monkeypatch):
    insert_clients(world, 900, world.anna.user_id)
    seeks = seek_spy(desk, monkeypatch)
    model = ClientTableModel(desk.ctx, ReferenceData(desk.ctx), max_pages=2)
    model.set_query(ClientSort(), ClientFilter())
    qtbot.waitUntil(lambda: idle(model) and model.rowCount() == 900, timeout=10_000)
    for number in (1, 2, 3, 4, 0):
        row = number * PAGE_SIZE + 7
        model.index(row, NAME).data()
        qtbot.waitUntil(lambda row=row: model.row_at(row) is not None and idle(model),
                        timeout=10_000)
        assert model.row_at(row).name == f"Клиент {row:03d}"
        assert len(model.loaded_pages()) <= 2 and model.loaded_count() <= 2 * PAGE_SIZE
    assert model.loaded_pages() == [0, 4]
    assert seeks == []  # every page followed the one before it


def click_header(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_clicking_a_header_sorts_through_the_service(qtbot, desk, world):
    insert_clients(world, 230, world.anna.user_id, city="Москва")
    insert_clients(world, 3, world.anna.user_id, prefix="Ярославский", city="Архангельск")
    page = make_page(qtbot, desk)
    model = page.model
    assert model.index(0, NAME).data() == "Клиент 000"
    click_header(qtbot, page.table, NAME)  # already A→Я: now Я→A
    qtbot.waitUntil(lambda: model.client_sort.descending and idle(model), timeout=10_000)
    assert model.index(0, NAME).data() == "Ярославский 002"
    click_header(qtbot, page.table, CITY)
    qtbot.waitUntil(lambda: model.client_sort.column.value == "city" and idle(model),
                    timeout=10_000)
    assert model.index(0, CITY).data() == "Архангельск"
    assert page.table.horizontalHeader().sortIndicatorSection() == CITY
    assert model.loaded_count() == 200  # a new sort starts again from the first page
    click_header(qtbot, page.table, STAR)  # the star column does not sort
    assert model.client_sort.column.value == "city"
    assert page.table.horizontalHeader().sortIndicatorSection() == CITY


def test_a_filter_change_updates_the_count_label(qtbot, desk, world, russian):
    insert_clients(world, 21, world.anna.user_id, prefix="Лид", status=ClientStatus.LEAD)
    insert_clients(world, 3, world.anna.user_id, prefix="Клиент", status=ClientStatus.CLIENT)
    page = make_page(qtbot, desk)
    assert page.count_label.text() == "24 клиента"
    combo = page.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData(ClientStatus.LEAD))
    qtbot.waitUntil(lambda: page.count_label.text() == "21 клиент", timeout=10_000)
    qtbot.waitUntil(lambda: idle(page.model), timeout=10_000)
    assert page.model.rowCount() == 21
    combo.setCurrentIndex(combo.findData(ClientStatus.LOST))
    qtbot.waitUntil(lambda: page.count_label.text() == "0 клиентов", timeout=10_000)
    qtbot.waitUntil(lambda: page.table.empty_label.isVisible(), timeout=10_000)
    assert "фильтр" in page.table.empty_label.text()
    page.filter_bar.reset()
    qtbot.waitUntil(lambda: page.count_label.text() == "24 клиента", timeout=10_000)


def test_fast_filter_changes_never_show_a_stale_page(qtbot, desk, world):
    insert_clients(world, 5, world.anna.user_id, prefix="Лид", status=ClientStatus.LEAD)
    insert_clients(world, 7, world.anna.user_id, prefix="Клиент", status=ClientStatus.CLIENT)
    page = make_page(qtbot, desk)
    combo = page.filter_bar.status_combo
    for status in (ClientStatus.LEAD, ClientStatus.PROSPECT, ClientStatus.CLIENT):
        combo.setCurrentIndex(combo.findData(status))  # no waiting in between
    qtbot.waitUntil(lambda: desk.ctx.reads.is_idle(), timeout=10_000)
    assert page.count == 7
    assert [page.model.row_at(i).status for i in range(page.model.rowCount())] == \
        [ClientStatus.CLIENT] * 7


def test_the_star_toggles_and_persists(qtbot, desk, world):
    insert_clients(world, 3, world.anna.user_id)
    page = make_page(qtbot, desk)
    model = page.model
    client_id = model.row_at(1).id
    rect = page.table.visualRect(model.index(1, STAR))
    with qtbot.waitSignal(model.sig_favorite_changed, timeout=10_000) as blocker:
        qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    assert blocker.args == [client_id, True]
    assert model.index(1, STAR).data(ClientRole.STARRED) is True
    assert desk.services.favorites.ids([client_id]) == {client_id}
    page.filter_bar.favorites_only.click()
    qtbot.waitUntil(lambda: page.count == 1 and idle(model), timeout=10_000)
    assert model.rowCount() == 1 and model.row_at(0).id == client_id
    fresh = ClientTableModel(desk.ctx, ReferenceData(desk.ctx))
    fresh.set_query(ClientSort(), ClientFilter())
    qtbot.waitUntil(lambda: idle(fresh), timeout=10_000)
    assert fresh.index(1, STAR).data(ClientRole.STARRED) is True
    with qtbot.waitSignal(model.sig_favorite_changed, timeout=10_000) as blocker:
        model.toggle_star(0)
    assert blocker.args == [client_id, False]
    assert desk.services.favorites.ids([client_id]) == set()


def test_favourites_first_puts_starred_clients_on_top(qtbot, desk, world):
    insert_clients(world, 5, world.anna.user_id)
    page = make_page(qtbot, desk)
    last = page.model.row_at(4)
    desk.services.favorites.star(last.id, True)
    page.filter_bar.favorites_first.click()
    qtbot.waitUntil(lambda: page.model.client_sort.favorites_first and idle(page.model),
                    timeout=10_000)
    assert page.model.row_at(0).id == last.id


def test_a_manager_sees_only_own_clients(qtbot, world):
    insert_clients(world, 4, world.anna.user_id, prefix="Анна")
    insert_clients(world, 6, world.igor.user_id, prefix="Игорь")
    for actor, prefix, expected in ((world.anna, "Анна", 4), (world.boss, None, 10)):
        desk = desk_for(world, actor)
        try:
            page = make_page(qtbot, desk)
            assert page.count == expected == page.model.rowCount()
            if prefix:
                assert all(name.startswith(prefix) for name in names(page.model))
        finally:
            desk.runners.wait()


def test_cells_are_formatted_for_people(qtbot, desk, world):
    card = desk.services.clients.create(ClientData(
        name="ООО «Ромашка»", city="Казань", inn="7707083893", status=ClientStatus.CLIENT,
        methods=(MethodData(ContactMethodKind.PHONE, "8 (912) 345-67-89"),
                 MethodData(ContactMethodKind.EMAIL, "Info@Romashka.ru"))))
    page = make_page(qtbot, desk)
    qtbot.waitUntil(lambda: page.reference.loaded, timeout=10_000)
    row = {key: page.model.index(0, KEYS.index(key)).data() for key in KEYS}
    assert page.model.row_at(0).id == card.id
    assert row["name"] == "ООО «Ромашка»"
    assert row["phone"] == "+7 912 345-67-89"
    assert row["email"] == "info@romashka.ru"
    assert row["inn"] == "7707083893"
    assert row["manager"] == "Anna"
    assert row["status"] == "Client"
    assert row["open_amount"] == ""  # no open deals: nothing to read


def test_money_and_dates_use_russian_formats():
    from datetime import UTC, datetime

    from crm_desktop.ui.clients.formatting import date_text, money_text, phone_text

    assert money_text(Decimal("1234567")) == "1\u00a0234\u00a0567,00\u00a0₽"
    assert money_text(Decimal("0.5")) == "0,50\u00a0₽"
    assert phone_text("+79123456789") == "+7 912 345-67-89"
    moment = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert date_text(moment) == moment.astimezone().strftime("%d.%m.%Y")


def test_saving_a_segment_shows_it_with_its_count(qtbot, desk, world):
    insert_clients(world, 4, world.anna.user_id, prefix="Лид", status=ClientStatus.LEAD)
    insert_clients(world, 2, world.anna.user_id, prefix="Клиент", status=ClientStatus.CLIENT)
    page = make_page(qtbot, desk)
    panel = SegmentsPanel(desk.ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        panel.refresh()
    assert panel.list.count() == 1  # "All clients"
    combo = page.filter_bar.status_combo
    combo.setCurrentIndex(combo.findData(ClientStatus.CLIENT))
    dialog = panel.ask_to_save(page.current_filter())
    dialog.name_edit.setText("Действующие")
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert panel.count_of("Действующие") == 2
    assert panel.list.count() == 2
    assert panel.list.item(1).text() == "Действующие"
    page.filter_bar.reset()
    qtbot.waitUntil(lambda: page.count == 6, timeout=10_000)
    panel.sig_segment_activated.connect(page.apply_filter)
    with qtbot.waitSignal(page.sig_count_loaded, timeout=10_000) as blocker:
        panel.list.itemClicked.emit(panel.list.item(1))
    assert blocker.args == [2]
    assert combo.currentData() == ClientStatus.CLIENT


def test_a_segment_without_a_name_is_not_saved(qtbot, desk):
    panel = SegmentsPanel(desk.ctx)
    qtbot.addWidget(panel)
    dialog = panel.ask_to_save(ClientFilter(status=ClientStatus.LEAD))
    qtbot.addWidget(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    error = dialog.errors.error_label("name")
    qtbot.waitUntil(lambda: bool(error.text()), timeout=10_000)
    assert dialog.isVisible()
    assert desk.services.segments.visible() == []


@pytest.fixture
def russian(qapp, tmp_path):
    """The Russian translation installed for the test (compiled from the .ts)."""
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    root = Path(__file__).resolve().parent.parent
    target = tmp_path / "ru.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(root / "resources/i18n/crm_desktop_ru.ts"),
                    "-qm", str(target)], check=True)
    translator = QTranslator()
    assert translator.load(str(target))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_owner_renames_shares_and_deletes_a_segment(qtbot, desk, world):
    insert_clients(world, 2, world.anna.user_id, status=ClientStatus.CLIENT)
    desk.services.segments.save("Клиенты", ClientFilter(status=ClientStatus.CLIENT))
    panel = SegmentsPanel(desk.ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        panel.refresh()
    dialog = panel.ask_to_edit(panel.segments[0])
    assert dialog.name_edit.text() == "Клиенты" and not dialog.shared_check.isChecked()
    dialog.name_edit.setText("Действующие")
    dialog.shared_check.setChecked(True)
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert [(s.name, s.is_shared) for s in panel.segments] == [("Действующие", True)]
    assert panel.count_of("Действующие") == 2
    colleague = desk_for(world, world.boss)
    try:
        assert [s.name for s in colleague.services.segments.visible()] == ["Действующие"]
    finally:
        colleague.runners.wait()
    with qtbot.waitSignal(panel.sig_loaded, timeout=10_000):
        panel.delete(panel.segments[0])
    assert panel.segments == [] and panel.list.count() == 1
