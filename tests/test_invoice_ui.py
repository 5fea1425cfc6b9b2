"""The Invoices tab and its dialogs, driven through the widgets: a draft from the deal, editing
it, issuing, marking paid with a date, cancelling, saving the PDF, printing it (the preview is
stubbed here; tests/test_ui_printing.py shows the real one), and what a role without the print
right sees."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from ui_card_support import LEFT, Office, shut_down, type_text

from crm_desktop.db import make_engine
from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoices import InvoiceService
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.invoices.draft_dialog import InvoiceDraftDialog
from crm_desktop.ui.invoices.invoices_tab import InvoicesTab
from crm_desktop.ui.invoices.labels import number_text, status_text
from crm_desktop.ui.invoices.paid_dialog import PaidDialog
from crm_desktop.ui.tasks import make_runners
from tests.test_invoice_support import invoice_world, invoicing_bundle

TODAY = date(2026, 11, 26)


@pytest.fixture
def world(qapp, sqlite_url):
    engine = make_engine(sqlite_url)
    yield invoice_world(engine)
    engine.dispose()


def office_of(world, actor) -> Office:  # type: ignore[no-untyped-def]
    runners = make_runners()
    bundle = invoicing_bundle(world, actor, lambda: TODAY)
    return Office(world, actor, UiContext(bundle, runners.reads, runners.writes), runners)


@pytest.fixture
def office(world) -> Iterator[Office]:
    result = office_of(world, world.anna)
    yield result
    shut_down(result)


def deal_tab(qtbot, office: Office) -> InvoicesTab:
    tab = InvoicesTab(office.ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.sig_loaded, timeout=5000):
        tab.load_deal(office.world.deal.id)
    return tab


def answer_yes(tab: InvoicesTab) -> None:
    box = tab.findChild(QMessageBox, "confirmBox")
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()


def invoices(office: Office) -> InvoiceService:
    return InvoiceService(office.world.sessions, office.actor)


def test_new_invoice_opens_the_draft_editor_and_saves_edits(qtbot, office):
    tab = deal_tab(qtbot, office)
    assert tab.empty_label.isVisible() and not tab.issue_button.isEnabled()
    with qtbot.waitSignal(tab.sig_loaded, timeout=5000):
        qtbot.mouseClick(tab.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, InvoiceDraftDialog), timeout=5000)
    dialog = tab.dialog
    assert isinstance(dialog, InvoiceDraftDialog)
    assert [r.name_edit.text() for r in dialog.editor.rows] == [
        "Стол", "Стул", "Доставка", "Консультация"]
    quantity = dialog.editor.rows[1].quantity_edit
    quantity.clear()
    type_text(quantity, "0")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.editor.error_text()
    assert quantity.text() == "0"  # what was typed stays
    quantity.clear()
    type_text(quantity, "4")
    with qtbot.waitSignal(tab.sig_changed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1, timeout=5000)
    (row,) = invoices(office).for_deal(office.world.deal.id)
    assert row.status is InvoiceStatus.DRAFT and row.total == Decimal("5583.32")
    assert tab.tree.topLevelItem(0).text(0) == number_text(row)
    assert tab.tree.topLevelItem(0).text(4) == status_text(InvoiceStatus.DRAFT)


def test_issue_mark_paid_and_cancel_through_the_buttons(qtbot, office):
    draft = invoices(office).create_from_deal(office.world.deal.id)
    tab = deal_tab(qtbot, office)
    tab.select(draft.row.id)
    assert tab.issue_button.isEnabled() and not tab.paid_button.isEnabled()
    assert not tab.save_button.isEnabled()  # a draft has no number to print
    qtbot.mouseClick(tab.issue_button, LEFT)
    with qtbot.waitSignal(tab.sig_changed, timeout=5000):
        answer_yes(tab)
    qtbot.waitUntil(lambda: tab.selected() is not None
                    and tab.selected().status is InvoiceStatus.ISSUED, timeout=5000)
    assert tab.selected().number == 1 and "1" in tab.tree.currentItem().text(0)
    assert tab.paid_button.isEnabled() and not tab.edit_button.isEnabled()

    qtbot.mouseClick(tab.paid_button, LEFT)
    dialog = tab.dialog
    assert isinstance(dialog, PaidDialog)
    assert dialog.date_edit.minimumDate() == QDate(2026, 11, 26)
    dialog.date_edit.setDate(QDate(2026, 12, 3))
    with qtbot.waitSignal(tab.sig_changed, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.selected().status is InvoiceStatus.PAID, timeout=5000)
    assert tab.selected().paid_on == date(2026, 12, 3)
    assert not tab.cancel_button.isEnabled()

    other = invoices(office).create_from_deal(office.world.deal.id)
    with qtbot.waitSignal(tab.sig_loaded, timeout=5000):
        tab.reload(select_id=other.row.id)
    qtbot.mouseClick(tab.cancel_button, LEFT)
    with qtbot.waitSignal(tab.sig_changed, timeout=5000):
        answer_yes(tab)
    qtbot.waitUntil(lambda: tab.selected().status is InvoiceStatus.CANCELLED, timeout=5000)


def test_issue_without_requisites_shows_what_is_missing(qtbot, office):
    from dataclasses import replace

    company = office.services.company
    company_admin = type(company)(office.world.sessions, office.world.admin)
    company_admin.update(replace(company_admin.get().data, bik=None, bank_account=None,
                                 corr_account=None), company_admin.get().version)
    draft = invoices(office).create_from_deal(office.world.deal.id)
    tab = deal_tab(qtbot, office)
    tab.select(draft.row.id)
    qtbot.mouseClick(tab.issue_button, LEFT)
    with qtbot.waitSignal(tab.sig_failed, timeout=5000) as failed:
        answer_yes(tab)
    assert "Settings" in failed.args[0] or "Настройки" in failed.args[0]
    assert tab.error.isVisible() and tab.error.text() == failed.args[0]


def test_save_pdf_writes_the_file_and_the_client_tab_lists_it(qtbot, office, tmp_path: Path):
    service = invoices(office)
    draft = service.create_from_deal(office.world.deal.id)
    issued = service.issue(draft.row.id, draft.row.version, on=TODAY)
    tab = deal_tab(qtbot, office)
    tab.select(issued.row.id)
    target = tmp_path / "schet"
    tab.pdf.choose_path = lambda suggested: (
        str(target) if suggested == "Schet-1-2026.pdf" else "")
    with qtbot.waitSignal(tab.pdf.sig_done, timeout=5000):
        qtbot.mouseClick(tab.save_button, LEFT)
    saved = tmp_path / "schet.pdf"
    assert "Счёт на оплату № 1 от 26 ноября 2026 г." in PdfReader(saved).pages[0].extract_text()
    assert tab.notice.isVisible() and str(saved) in tab.notice.text()

    previewed: list[tuple[bytes, str]] = []
    tab.pdf.show_preview = lambda data, title: previewed.append((data, title)) or True
    with qtbot.waitSignal(tab.pdf.sig_done, timeout=5000):
        qtbot.mouseClick(tab.print_button, LEFT)
    assert previewed and previewed[0][0].startswith(b"%PDF")

    client_tab = InvoicesTab(office.ctx)
    qtbot.addWidget(client_tab)
    with qtbot.waitSignal(client_tab.sig_loaded, timeout=5000) as loaded:
        client_tab.load_client(office.world.client.id)
    assert loaded.args == [1] and client_tab.new_button.isHidden()


def test_a_role_without_print_right_sees_no_print_buttons(qtbot, world):
    reader = office_of(world, world.reader)
    try:
        tab = InvoicesTab(reader.ctx)
        qtbot.addWidget(tab)
        assert tab.new_button.isHidden() and tab.issue_button.isHidden()
        assert tab.save_button.isHidden() and tab.print_button.isHidden()
    finally:
        shut_down(reader)
    QApplication.processEvents()
