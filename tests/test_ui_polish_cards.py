"""Polish of the client and deal cards as a Russian user sees them: pickers as tall as the line
edits beside them, grouped prices, aligned captions and headers, an explained empty Documents
tab whose Open / Remove wait for a selection."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QTreeWidget, QWidget
from ui_card_support import deal_opener, office, open_deal, opener
from ui_look import russian

from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.deal_dto import DealData, DealItemData
from crm_desktop.ui.deal_card.amounts import edit_text, parse_decimal

__all__ = ["deal_opener", "office", "opener", "russian"]  # fixtures the tests below use




def make_deal(office, price: str = "89900") -> int:  # type: ignore[no-untyped-def]
    client = office.services.clients.create(ClientData(name="ООО Ромашка")).id
    pipeline = office.services.reference.pipelines()[0]
    return office.services.deals.create(DealData(
        title="Поставка ноутбуков", client_id=client, pipeline_id=pipeline.id,
        items=(DealItemData("Ноутбук", Decimal("8"), Decimal(price), vat_rate=Decimal("20")),),
    )).id


def x_in_window(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_deal_card_pickers_are_as_tall_as_its_line_edits(qtbot, office, deal_opener, russian):
    window = open_deal(qtbot, deal_opener, make_deal(office))
    window.resize(1280, 800)
    fields = window.form.fields
    qtbot.waitUntil(lambda: fields.title_edit.isVisible())
    QApplication.processEvents()
    line = fields.title_edit.height()
    for picker in (fields.contact_combo, fields.manager_combo, fields.pipeline_combo,
                   fields.close_edit, window.form.items.rows[0].vat_combo):
        assert abs(picker.height() - line) <= 1, picker.objectName()


def test_a_line_items_price_is_grouped_and_reads_back_unchanged(qtbot, office, deal_opener,
                                                                russian):
    window = open_deal(qtbot, deal_opener, make_deal(office, "1234567.5"))
    row = window.form.items.rows[0]
    assert row.price_edit.text() == "1 234 567,50"
    assert row.data().price == Decimal("1234567.50")
    assert not window.has_unsaved_edits()
    assert parse_decimal(edit_text(Decimal("-1000.00"))) == Decimal("-1000.00")


def test_stage_history_looks_like_the_cards_other_lists(qtbot, office, deal_opener, russian):
    window = open_deal(qtbot, deal_opener, make_deal(office))
    tree = window.history.tree
    assert tree.headerItem().textAlignment(4) & Qt.AlignmentFlag.AlignRight
    assert tree.headerItem().text(4) == "Время на этапе"
    assert tree.styleSheet() == ""  # app.qss styles it with the card's other lists
    other = QTreeWidget()
    other.setObjectName("dealsList")
    other.setHeaderLabels([tree.headerItem().text(c) for c in range(tree.columnCount())])
    qtbot.addWidget(other)
    other.resize(tree.size())
    other.show()
    QApplication.processEvents()
    assert tree.header().height() == other.header().height()
    assert tree.header().grab().toImage().pixelColor(4, 4).name() == "#ffffff"


def test_card_tabs_have_no_second_line_above_them(qtbot, office, deal_opener):
    window = open_deal(qtbot, deal_opener, make_deal(office))
    assert window.tabs.tabBar().drawBase() is False


def test_an_empty_documents_tab_says_what_to_do_in_russian(qtbot, office, opener, russian,
                                                           tmp_path):
    client_id = office.services.clients.create(ClientData(name="ООО Ромашка")).id
    opener.open(client_id)
    card = opener.window(client_id)
    assert card is not None
    docs = card.documents
    card.tabs.setCurrentWidget(docs)
    with qtbot.waitSignal(docs.sig_changed, timeout=5000):
        docs.load(client_id)
    assert docs.empty_label.isVisible() and not docs.tree.isVisible()
    assert docs.empty_label.text().startswith("Документов пока нет.")
    assert not docs.open_button.isEnabled() and not docs.remove_button.isEnabled()
    assert docs.open_button.toolTip() == "Сначала выберите документ в списке"

    path = tmp_path / "договор.txt"
    path.write_bytes(b"text")
    with qtbot.waitSignal(docs.sig_changed, timeout=5000):
        docs.attach_files([str(path)])
    qtbot.waitUntil(lambda: docs.tree.topLevelItemCount() == 1, timeout=5000)
    assert docs.tree.isVisible() and not docs.empty_label.isVisible()
    docs.tree.setCurrentItem(docs.tree.topLevelItem(0))
    assert docs.open_button.isEnabled() and docs.remove_button.isEnabled()
    assert docs.open_button.toolTip() == ""


def test_client_form_fields_start_at_one_x_in_each_column(qtbot, office, opener, russian):
    client_id = office.services.clients.create(ClientData(name="ООО Ромашка")).id
    opener.open(client_id)
    card = opener.window(client_id)
    assert card is not None
    card.resize(1280, 800)
    qtbot.waitUntil(lambda: card.form.isVisible())
    QApplication.processEvents()
    edits = card.form.fields.edits
    right = {x_in_window(edits[name]) for name in ("legal_form", "bik", "industry")}
    left = {x_in_window(edits[name]) for name in ("name", "legal_address")}
    assert len(right) == 1 and len(left) == 1


def test_the_quick_task_field_shows_its_whole_hint(qtbot, office, opener, russian):
    client_id = office.services.clients.create(ClientData(name="ООО Ромашка")).id
    opener.open(client_id)
    card = opener.window(client_id)
    assert card is not None
    card.resize(1280, 800)
    card.tabs.setCurrentWidget(card.tasks)
    edit = card.tasks.title_edit
    qtbot.waitUntil(edit.isVisible)
    QApplication.processEvents()
    assert edit.placeholderText() == "Новая задача, например: отправить договор"
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert edit.width() >= hint + 2 * 8 + 4
    assert card.tasks.due_edit.toolTip() == "Срок"
