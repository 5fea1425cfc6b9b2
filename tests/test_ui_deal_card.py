"""The deal card: line items with totals and VAT, inline errors, the stage bar, loss reasons,
stage history, edit conflicts, and opening it from the client card's Deals tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from sqlalchemy import select
from ui_card_support import (
    LEFT,
    Office,
    close_windows,
    deal_opener,
    office,
    open_deal,
    type_text,
)

from crm_desktop.models import Deal, DealStageChange
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.enums import StageKind
from crm_desktop.ui.client_card.formatting import money
from crm_desktop.ui.client_card.opener import ClientCardOpener
from crm_desktop.ui.common.loss_reason_dialog import LossReasonDialog
from crm_desktop.ui.deal_card.amounts import stay_text
from crm_desktop.ui.deal_card.card_window import DealCardWindow
from crm_desktop.ui.deal_card.opener import DealCardOpener

__all__ = ["deal_opener", "office"]  # fixtures the tests below use


@pytest.fixture
def client_id(office) -> int:
    return office.services.clients.create(ClientData(name="ООО Ромашка")).id


def new_form(qtbot, deal_opener: DealCardOpener, client_id: int) -> DealCardWindow:
    deal_opener.new_deal(client_id)
    window = deal_opener.new_windows()[0]
    fields = window.form.fields
    qtbot.waitUntil(lambda: fields.client_picker.text() == "ООО Ромашка"
                    and fields.pipeline_combo.value() is not None, timeout=5000)
    type_text(fields.title_edit, "Поставка бумаги")
    return window


def fill_row(window: DealCardWindow, name: str, qty: str, price: str, discount: str = "",
             vat_index: int = 0) -> None:
    qtbot_row = window.form.items.add_row()
    type_text(qtbot_row.name_edit, name)
    for edit, text in ((qtbot_row.quantity_edit, qty), (qtbot_row.price_edit, price),
                       (qtbot_row.discount_edit, discount)):
        if text:
            edit.selectAll()
            edit.del_()
            type_text(edit, text)
    qtbot_row.vat_combo.setCurrentIndex(vat_index)


def make_deal(office: Office, client_id: int) -> int:
    pipeline = office.services.reference.pipelines()[0]
    return office.services.deals.create(DealData(
        title="Поставка бумаги", client_id=client_id, pipeline_id=pipeline.id,
        amount=Decimal("1000"))).id


def test_two_line_items_typed_in_save_the_computed_total_with_vat(qtbot, office, deal_opener,
                                                                 client_id):
    window = new_form(qtbot, deal_opener, client_id)
    fill_row(window, "Бумага А4", "10", "390", vat_index=0)           # 3 900,00, VAT 20 %
    fill_row(window, "Монтаж", "2", "1500,50", "10", vat_index=3)     # 2 700,90, no VAT
    items = window.form.items
    assert money(Decimal("6600.90")) in items.total_label.text()
    assert money(Decimal("650.00")) in items.vat_label.text()
    assert window.form.fields.amount_edit.isReadOnly()
    with qtbot.waitSignal(window.sig_created, timeout=5000) as created:
        qtbot.mouseClick(window.form.save_button, LEFT)
    card = office.services.deals.get(created.args[0])
    assert card.data.amount == Decimal("6600.90")
    assert [i.data.name for i in card.items] == ["Бумага А4", "Монтаж"]
    assert card.items[0].data.vat_rate == Decimal("20") and card.items[1].data.vat_rate is None
    qtbot.waitUntil(lambda: window.header.title_label.text() == "Поставка бумаги")
    assert money(Decimal("6600.90")) in window.header.amount_label.text()


def test_negative_quantity_is_shown_inline_and_nothing_is_saved(qtbot, office, deal_opener,
                                                                client_id):
    window = new_form(qtbot, deal_opener, client_id)
    fill_row(window, "Бумага А4", "-2", "390")
    with qtbot.waitSignal(window.form.sig_save_failed, timeout=5000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    items = window.form.items
    assert items.error.isVisible() and items.error_text()
    assert items.rows[0].quantity_edit.property("invalid") is True
    assert items.rows[0].name_edit.text() == "Бумага А4"  # the form keeps what was typed
    assert office.services.deals.for_client(client_id) == []


def test_stage_bar_click_moves_the_deal_and_history_shows_the_stay(qtbot, office, deal_opener,
                                                                  client_id):
    deal_id = make_deal(office, client_id)
    shift = timedelta(days=3, hours=4, minutes=5)
    with office.world.sessions.begin() as session:  # the deal was created 3 days 4 h ago
        for change in session.scalars(select(DealStageChange)
                                      .where(DealStageChange.deal_id == deal_id)):
            change.changed_at = change.changed_at - shift
        deal = session.get_one(Deal, deal_id)
        deal.stage_entered_at = deal.stage_entered_at - shift
    window = open_deal(qtbot, deal_opener, deal_id)
    pipeline = office.services.reference.pipelines()[0]
    first, second = pipeline.stages[0], pipeline.stages[1]
    assert window.header.stage_bar.state_of(first.id) == "current"
    qtbot.mouseClick(window.header.stage_bar.buttons[second.id], LEFT)
    box = window.findChild(QMessageBox, "confirmBox")
    assert box is not None
    with qtbot.waitSignal(window.sig_loaded, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert office.services.deals.get(deal_id).data.stage_id == second.id
    bar = window.header.stage_bar
    assert bar.state_of(second.id) == "current" and bar.state_of(first.id) == "passed"
    rows = window.history.row_texts()
    assert len(rows) == 2
    assert rows[0][1] == first.name and rows[0][2] == second.name
    assert rows[1][2] == first.name and rows[1][4] == stay_text(shift)
    assert "3" in rows[1][4]


def test_moving_to_lost_asks_for_a_reason(qtbot, office, deal_opener, client_id):
    deal_id = make_deal(office, client_id)
    window = open_deal(qtbot, deal_opener, deal_id)
    lost = next(s for s in office.services.reference.pipelines()[0].stages
                if s.kind is StageKind.LOST)
    qtbot.mouseClick(window.header.stage_bar.buttons[lost.id], LEFT)
    dialog = window.findChild(LossReasonDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason yet
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.reason_combo.setCurrentIndex(2)
    reason_id = dialog.reason_id()
    with qtbot.waitSignal(window.sig_loaded, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    card = office.services.deals.get(deal_id)
    assert card.stage_kind is StageKind.LOST and card.loss_reason_id == reason_id
    newest = window.history.row_texts()[0]
    assert newest[2] == lost.name and newest[4] == "—"  # a closed deal's time stops
    assert window.history.row_texts()[1][4].endswith("min")


def test_concurrent_edit_shows_the_conflict_banner_and_overwrite_saves_mine(
        qtbot, office, deal_opener, client_id):
    deal_id = make_deal(office, client_id)
    window = open_deal(qtbot, deal_opener, deal_id)
    colleague = office.services_of(office.world.add_user("petrov", "admin"))
    theirs = colleague.deals.get(deal_id)
    colleague.deals.update(deal_id, replace(theirs.data, note="Их заметка"), theirs.version)
    title = window.form.fields.title_edit
    title.selectAll()
    title.del_()
    type_text(title, "Моё название")
    with qtbot.waitSignal(window.form.sig_conflict_shown, timeout=5000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    assert window.form.conflict.isVisible()
    assert "note" in window.form.conflict.changes_label.text()
    assert office.services.deals.get(deal_id).data.title == "Поставка бумаги"
    with qtbot.waitSignal(window.form.sig_saved, timeout=5000):
        qtbot.mouseClick(window.form.conflict.overwrite_button, LEFT)
    assert office.services.deals.get(deal_id).data.title == "Моё название"
    assert not window.form.conflict.isVisible()


def test_client_card_deals_tab_opens_the_deal_and_a_new_deal_form(qtbot, office, client_id):
    deal_id = make_deal(office, client_id)
    host = QWidget()
    qtbot.addWidget(host)
    clients = ClientCardOpener(office.ctx, host)
    try:
        clients.open(client_id)
        card = clients.window(client_id)
        assert card is not None
        qtbot.waitUntil(lambda: card.deals.tree.topLevelItemCount() == 1, timeout=5000)
        card.tabs.setCurrentWidget(card.deals)
        tree = card.deals.tree
        qtbot.waitUntil(tree.isVisible)
        item = tree.topLevelItem(0)
        tree.scrollToItem(item)
        rect = tree.visualItemRect(item)
        qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())  # a double-click's press
        qtbot.mouseDClick(tree.viewport(), LEFT, pos=rect.center())
        deals = card.deals.opener()
        qtbot.waitUntil(lambda: deals.window(deal_id) is not None
                        and deals.window(deal_id).card is not None, timeout=5000)
        assert deals.window(deal_id).header.title_label.text() == "Поставка бумаги"
        qtbot.mouseClick(card.deals.new_button, LEFT)
        new = deals.new_windows()[0]
        qtbot.waitUntil(lambda: new.form.fields.client_picker.client_id == client_id,
                        timeout=5000)
        for window in [*deals.windows.values(), *deals.new_windows()]:
            window.discard_and_close()
    finally:
        close_windows(clients)


def test_a_bad_second_line_is_the_one_highlighted(qtbot, office, deal_opener, client_id):
    window = new_form(qtbot, deal_opener, client_id)
    fill_row(window, "Бумага А4", "10", "390")
    fill_row(window, "Монтаж", "2", "1500", "150")  # a discount over 100 %
    with qtbot.waitSignal(window.form.sig_save_failed, timeout=5000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    first, second = window.form.items.rows
    assert second.discount_edit.property("invalid") is True
    assert not first.discount_edit.property("invalid")
    assert "100" in window.form.items.error_text()
    assert office.services.deals.for_client(client_id) == []


def test_stage_bar_asks_for_the_required_fields_and_moves(qtbot, office, deal_opener, client_id):
    from crm_desktop.models import Stage

    deal_id = make_deal(office, client_id)
    second = office.services.reference.pipelines()[0].stages[1]
    with office.world.sessions.begin() as session:
        session.get_one(Stage, second.id).required_fields = ["contact_id", "note"]
    window = open_deal(qtbot, deal_opener, deal_id)
    qtbot.mouseClick(window.header.stage_bar.buttons[second.id], LEFT)
    window.findChild(QMessageBox, "confirmBox").button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.required_dialog is not None
                    and window.required_dialog.isVisible(), timeout=5000)
    dialog = window.required_dialog
    assert dialog.missing == ("contact_id", "note")
    type_text(dialog.new_contact_edit, "Мария")
    dialog.note_edit.setPlainText("Ждут счёт")
    with qtbot.waitSignal(window.sig_loaded, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    card = office.services.deals.get(deal_id)
    assert card.data.stage_id == second.id and card.data.note == "Ждут счёт"
    contacts = office.services.clients.get(client_id).contacts
    assert [c.id for c in contacts] == [card.data.contact_id]
    assert window.header.stage_bar.state_of(second.id) == "current"
    qtbot.waitUntil(lambda: window.form.fields.contact_combo.value() == card.data.contact_id,
                    timeout=5000)
    assert window.form.fields.note_edit.toPlainText() == "Ждут счёт"
    assert not window.form.is_dirty()


def test_pickers_offer_clients_and_catalogue_products(qtbot, office, deal_opener, client_id):
    from crm_desktop.services.products import ProductData, ProductService

    admin = office.world.add_user("boss", "admin")
    ProductService(office.world.sessions, admin).create(ProductData(
        "PAP-A4", "Бумага А4", Decimal("390.50"), unit="пачка", vat_rate=Decimal("10")))
    deal_opener.new_deal(None)
    window = deal_opener.new_windows()[0]
    picker = window.form.fields.client_picker
    type_text(picker, "Ромаш")
    qtbot.waitUntil(lambda: picker.offered() != [], timeout=5000)
    with qtbot.waitSignal(picker.sig_client_chosen, timeout=3000) as chosen:
        picker._completer.activated.emit(picker.offered()[0])
    assert chosen.args == [client_id] and picker.text() == "ООО Ромашка"
    row = window.form.items.add_row()
    type_text(row.name_edit, "бумага")
    qtbot.waitUntil(lambda: row.name_edit.offered() == ["Бумага А4 · PAP-A4"], timeout=5000)
    row.name_edit._completer.activated.emit("Бумага А4 · PAP-A4")
    assert (row.unit_edit.text(), row.price_edit.text(), row.vat_combo.currentData()) == (
        "пачка", "390,50", Decimal("10"))
    assert row.name_edit.product_id is not None
    type_text(row.name_edit, " (своя)")  # typed over: free text again
    assert row.name_edit.product_id is None
