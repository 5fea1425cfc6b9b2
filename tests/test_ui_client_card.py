"""The 360° client card: opener, header links, tags and star, timeline, contacts, documents,
deals and tasks tabs — driven through the widgets, checked through the services."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_card_support import LEFT, office, opener, type_text

from crm_desktop.services.activities import ActivityData
from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.enums import ActivityKind, ContactMethodKind, TaskStatus
from crm_desktop.services.tasks import TaskData
from crm_desktop.ui.client_card import formatting
from crm_desktop.ui.client_card.tasks_tab import OVERDUE

PHONE, EMAIL = ContactMethodKind.PHONE, ContactMethodKind.EMAIL

__all__ = ["office", "opener"]  # fixtures the tests below use



@pytest.fixture
def client_id(office) -> int:
    return office.services.clients.create(ClientData(
        name="ООО Ромашка", inn="7707083893",
        methods=(MethodData(PHONE, "8 (495) 123-45-67"), MethodData(EMAIL, "info@romashka.ru")),
    )).id


@pytest.fixture
def card(qtbot, opener, client_id):
    opener.open(client_id)
    window = opener.window(client_id)
    qtbot.waitUntil(lambda: window.card is not None, timeout=5000)
    return window


def test_opener_keeps_one_window_per_client(qtbot, opener, office, client_id):
    other = office.services.clients.create(ClientData(name="АО Василёк")).id
    opener.open(client_id)
    first = opener.window(client_id)
    opener.open(client_id)
    assert opener.window(client_id) is first
    assert first.objectName() == "clientCard"
    opener.open(other)
    assert opener.window(other) is not first
    assert [w.objectName() for w in QApplication.topLevelWidgets()
            if w.objectName() == "clientCard" and w.isVisible()].count("clientCard") == 2
    first.close()
    assert opener.window(client_id) is None
    opener.open(client_id)
    assert opener.window(client_id) is not first


def test_header_shows_the_client_and_phone_is_a_tel_link(qtbot, card, monkeypatch):
    assert card.header.name_label.text() == "ООО Ромашка"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    phone, email = card.header.link_widgets()
    qtbot.mouseClick(phone, LEFT, pos=QPoint(8, phone.height() // 2))
    assert [u.toString() for u in opened] == ["tel:+74951234567"]
    qtbot.mouseClick(email, LEFT, pos=QPoint(8, email.height() // 2))
    assert opened[-1].toString() == "mailto:info@romashka.ru"


def test_star_and_tags_are_saved(qtbot, card, office, client_id):
    with qtbot.waitSignal(card.sig_saved, timeout=5000):
        qtbot.mouseClick(card.header.star_button, LEFT)
    assert office.services.favorites.ids([client_id]) == {client_id}
    tags = card.header.tags
    qtbot.mouseClick(tags.add_button, LEFT)
    type_text(tags.input.lineEdit(), "Оптовик")
    with qtbot.waitSignal(card.sig_saved, timeout=5000):
        qtbot.keyClick(tags.input.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tags.names() == ["Оптовик"])
    stored = office.services.clients.get(client_id).tags
    assert [name for _id, name in stored] == ["Оптовик"]
    with qtbot.waitSignal(card.sig_saved, timeout=5000):
        qtbot.mouseClick(tags.chips[stored[0][0]], LEFT)
    assert office.services.clients.get(client_id).tags == ()


def test_log_a_call_in_two_clicks_appears_on_top(qtbot, card, office, client_id):
    office.services.activities.log(ActivityData(
        ActivityKind.NOTE, client_id, datetime.now(UTC) - timedelta(days=1), body="старое"))
    card.tabs.setCurrentWidget(card.timeline)
    timeline = card.timeline
    timeline.load(client_id)
    qtbot.waitUntil(lambda: len(timeline.items) == 1, timeout=5000)
    qtbot.mouseClick(timeline.kind_buttons[ActivityKind.CALL], LEFT)
    form = timeline.form
    assert form.isVisible()
    now = datetime.now()
    assert abs(form.when_edit.dateTime().toPython() - now) < timedelta(minutes=2)
    qtbot.keyClicks(form.duration_edit, "3:25")
    type_text(form.outcome_combo.lineEdit(), "Дозвонились")
    type_text(form.body_edit, "Обсудили поставку")
    with qtbot.waitSignal(timeline.sig_changed, timeout=5000):
        qtbot.mouseClick(form.save_button, LEFT)
    top = timeline.items[0]
    assert top.summary().endswith("03:25 · Дозвонились")
    assert len(timeline.items) == 2 and not form.isVisible()
    rows = office.services.activities.timeline(client_id)
    assert (rows[0].data.kind, rows[0].data.duration_seconds, rows[0].data.outcome) == (
        ActivityKind.CALL, 205, "Дозвонились")


def test_bad_call_duration_is_inline_and_nothing_logged(qtbot, card, office, client_id):
    card.tabs.setCurrentWidget(card.timeline)
    qtbot.mouseClick(card.timeline.kind_buttons[ActivityKind.CALL], LEFT)
    qtbot.keyClicks(card.timeline.form.duration_edit, "abc")
    with qtbot.waitSignal(card.timeline.form.sig_failed, timeout=5000):
        qtbot.mouseClick(card.timeline.form.save_button, LEFT)
    assert list(card.timeline.form.errors.visible_errors()) == ["duration_seconds"]
    assert office.services.activities.timeline(client_id) == []


def test_timeline_loads_more_pages_newest_first(qtbot, card, office, client_id):
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for n in range(35):
        office.services.activities.log(ActivityData(
            ActivityKind.NOTE, client_id, start + timedelta(hours=n), body=f"запись {n}"))
    card.timeline.load(client_id)
    qtbot.waitUntil(lambda: len(card.timeline.items) == 30, timeout=5000)
    assert card.timeline.items[0].row.data.body == "запись 34"
    assert not card.timeline.more_button.isHidden()
    with qtbot.waitSignal(card.timeline.sig_loaded, timeout=5000):
        qtbot.mouseClick(card.timeline.more_button, LEFT)
    assert [i.row.data.body for i in card.timeline.items][-1] == "запись 0"
    assert len(card.timeline.items) == 35 and card.timeline.more_button.isHidden()


def test_contact_person_added_through_the_dialog(qtbot, card, office, client_id, monkeypatch):
    card.tabs.setCurrentWidget(card.contacts)
    qtbot.mouseClick(card.contacts.add_button, LEFT)
    dialog = card.contacts.dialog
    type_text(dialog.first_name_edit, "Анна")
    type_text(dialog.last_name_edit, "Смирнова")
    type_text(dialog.position_edit, "Бухгалтер")
    type_text(dialog.birthday_edit, "01.02.1990")
    qtbot.keyClicks(dialog.methods.rows[0].value_edit, "+7 916 000-11-22")
    with qtbot.waitSignal(card.sig_loaded, timeout=5000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    contacts = office.services.clients.get(client_id).contacts
    assert [(c.full_name, c.position) for c in contacts] == [("Смирнова Анна", "Бухгалтер")]
    assert contacts[0].methods[0].normalized == "+79160001122"
    assert contacts[0].id in card.contacts.contact_frames
    assert card.tabs.tabText(1).endswith("(1)")


def test_contact_dialog_bad_email_is_inline(qtbot, card, office, client_id):
    qtbot.mouseClick(card.contacts.add_button, LEFT)
    dialog = card.contacts.dialog
    type_text(dialog.first_name_edit, "Анна")
    qtbot.keyClicks(dialog.methods.rows[1].value_edit, "anna@")
    with qtbot.waitSignal(dialog.sig_save_failed, timeout=5000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.methods.visible_errors() and dialog.isVisible()
    assert office.services.clients.get(client_id).contacts == ()


def test_attach_by_dialog_path_and_by_drop_lists_with_size(qtbot, card, office, client_id,
                                                           tmp_path):
    first, second = tmp_path / "Договор.pdf", tmp_path / "act.txt"
    first.write_bytes(b"%PDF" + b"0" * 2044)
    second.write_bytes(b"hello")
    documents = card.documents
    with qtbot.waitSignal(documents.sig_changed, timeout=5000):
        documents.attach_files([str(first)])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(documents.sig_changed, timeout=5000):
        documents.dropEvent(drop)
    qtbot.waitUntil(lambda: documents.tree.topLevelItemCount() == 2, timeout=5000)
    shown = {documents.tree.topLevelItem(i).text(0): documents.tree.topLevelItem(i).text(1)
             for i in range(2)}
    assert shown == {"Договор.pdf": formatting.file_size(2048),
                     "act.txt": formatting.file_size(5)}
    stored = office.services.attachments.list(client_id=client_id)
    assert sorted(r.size_bytes for r in stored) == [5, 2048]


def test_oversize_file_is_refused_by_size_without_reading_it(qtbot, card, office, client_id,
                                                            tmp_path, monkeypatch):
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as f:
        f.truncate(300 * 1024 * 1024)  # sparse: no 300 MB on disk or in memory
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: pytest.fail("file was read"))
    with qtbot.waitSignal(card.documents.sig_failed, timeout=5000) as failed:
        card.documents.attach_files([str(huge)])
    assert "300.0" in failed.args[0] and "video.mp4" in failed.args[0]
    assert card.documents.error.text() == failed.args[0]
    assert office.services.attachments.list(client_id=client_id) == []


def test_open_document_writes_a_temp_file_and_opens_it(qtbot, card, office, client_id,
                                                       monkeypatch):
    row = office.services.attachments.add("отчёт.txt", b"content", client_id=client_id)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    card.documents.load(client_id)
    qtbot.waitUntil(lambda: card.documents.tree.topLevelItemCount() == 1, timeout=5000)
    card.documents.open_document(row.id)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    path = opened[0].toLocalFile()
    assert path.endswith("отчёт.txt")
    with open(path, "rb") as f:
        assert f.read() == b"content"


def test_remove_document_after_confirmation(qtbot, card, office, client_id):
    office.services.attachments.add("a.txt", b"a", client_id=client_id)
    card.documents.load(client_id)
    qtbot.waitUntil(lambda: card.documents.tree.topLevelItemCount() == 1, timeout=5000)
    card.documents.tree.setCurrentItem(card.documents.tree.topLevelItem(0))
    qtbot.mouseClick(card.documents.remove_button, LEFT)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    with qtbot.waitSignal(card.documents.sig_changed, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert office.services.attachments.list(client_id=client_id) == []


def test_deals_tab_shows_title_stage_and_roubles(qtbot, card, office, client_id):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        pipeline = office.services.reference.pipelines()[0]
        office.services.deals.create(DealData(title="Поставка бумаги", client_id=client_id,
                                              pipeline_id=pipeline.id,
                                              amount=Decimal("1234567.00")))
        with qtbot.waitSignal(card.deals.sig_loaded, timeout=5000):
            card.deals.load(client_id)
        item = card.deals.tree.topLevelItem(0)
        assert item.text(0) == "Поставка бумаги"
        assert item.text(2) == pipeline.stages[0].name
        assert item.text(3) == "1\u00a0234\u00a0567,00\u00a0₽"
    finally:
        QLocale.setDefault(previous)


def test_tasks_tab_overdue_in_red_and_done_checkbox(qtbot, card, office, client_id):
    overdue = office.services.tasks.create(TaskData(
        title="Позвонить", client_id=client_id, due_at=datetime.now(UTC) - timedelta(days=2)))
    with qtbot.waitSignal(card.tasks.sig_loaded, timeout=5000):
        card.tasks.load(client_id)
    item = card.tasks.tree.topLevelItem(0)
    assert item.foreground(0).color() == OVERDUE
    with qtbot.waitSignal(card.tasks.sig_loaded, timeout=5000):
        item.setCheckState(0, Qt.CheckState.Checked)
    assert office.services.tasks.get(overdue.id).status is TaskStatus.DONE
    assert card.tasks.tree.topLevelItem(0).foreground(0).color() != OVERDUE


def test_quick_task_is_created_for_the_client(qtbot, card, office, client_id):
    type_text(card.tasks.title_edit, "Отправить договор")
    qtbot.mouseClick(card.tasks.add_button, LEFT)
    qtbot.waitUntil(lambda: card.tasks.tree.topLevelItemCount() == 1, timeout=5000)
    tasks = office.services.tasks.for_record(client_id=client_id)
    assert [t.data.title for t in tasks] == ["Отправить договор"]
    assert card.tasks.title_edit.text() == ""


def test_invoices_tab_is_an_honest_empty_state(card):
    assert card.invoices.empty_label.text()
    assert card.tabs.indexOf(card.invoices) >= 0


def test_closing_a_card_with_unsaved_edits_asks_first(qtbot, card, opener, client_id):
    type_text(card.form.fields.edits["city"], "Тула")
    card.close()
    assert opener.window(client_id) is card  # still open: the question is shown
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: opener.window(client_id) is None, timeout=5000)
