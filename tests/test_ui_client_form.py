"""The create/edit client form driven like a user: type, click, read inline errors and banners;
what was saved is read back through the services."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from factories import make_world
from ui_card_support import (
    LEFT,
    Office,
    make_office,
    opener,
    shut_down,
    type_text,
)

from crm_desktop.services.client_dto import ClientData, MethodData
from crm_desktop.services.enums import ClientKind, ClientStatus, ContactMethodKind
from crm_desktop.ui.client_card.card_window import ClientCardWindow
from crm_desktop.ui.client_card.opener import ClientCardOpener

PHONE, EMAIL = ContactMethodKind.PHONE, ContactMethodKind.EMAIL
SBER_INN = "7707083893"


__all__ = ["opener"]  # a fixture the tests below use


@pytest.fixture
def office(qapp, engine) -> Iterator[Office]:
    result = make_office(make_world(engine))
    yield result
    shut_down(result)



def new_form(qtbot, opener: ClientCardOpener) -> ClientCardWindow:
    opener.new_client()
    window = opener.new_windows()[-1]
    # the options (responsible, channels) arrive from the read runner
    qtbot.waitUntil(lambda: window.form.fields.channel_combo.count() > 1, timeout=5000)
    return window


def save(qtbot, window: ClientCardWindow) -> None:
    with qtbot.waitSignal(window.form.sig_saved, timeout=10_000):
        qtbot.mouseClick(window.form.save_button, LEFT)


def save_fails(qtbot, window: ClientCardWindow) -> str:
    with qtbot.waitSignal(window.form.sig_save_failed, timeout=10_000) as signal:
        qtbot.mouseClick(window.form.save_button, LEFT)
    return str(signal.args[0])


def stored(office: Office, client_id: int) -> ClientData:
    return office.services.clients.get(client_id).data


def test_create_company_saves_what_was_typed_and_becomes_the_card(qtbot, opener, office):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    type_text(fields.edits["name"], "ООО «Ромашка»")
    type_text(fields.edits["inn"], SBER_INN)
    type_text(fields.edits["kpp"], "773601001")
    type_text(fields.edits["city"], "Москва")
    type_text(fields.turnover_edit, "12 500 000,50")
    type_text(fields.methods.rows[0].value_edit, "8 (495) 123-45-67")
    type_text(fields.methods.rows[1].value_edit, "Info@Romashka.ru")
    fields.status_combo.setCurrentIndex(fields.status_combo.findData(ClientStatus.PROSPECT))
    with qtbot.waitSignal(opener.sig_client_saved, timeout=10_000) as saved:
        qtbot.mouseClick(window.form.save_button, LEFT)
    client_id = saved.args[0]
    data = stored(office, client_id)
    assert (data.name, data.inn, data.kpp, data.city) == (
        "ООО «Ромашка»", SBER_INN, "773601001", "Москва")
    assert data.annual_turnover == Decimal("12500000.50")
    assert data.status is ClientStatus.PROSPECT
    assert data.manager_id == office.actor.user_id
    card = office.services.clients.get(client_id)
    assert [m.normalized for m in card.client_methods] == ["+74951234567", "info@romashka.ru"]
    # the window is now that client's card, and the opener knows it
    assert opener.window(client_id) is window
    qtbot.waitUntil(lambda: window.header.name_label.text() == "ООО «Ромашка»")
    assert all(window.tabs.isTabEnabled(i) for i in range(window.tabs.count()))


def test_create_person_from_last_first_middle_name_and_birthday(qtbot, opener, office):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    qtbot.mouseClick(fields.person_radio, LEFT)
    assert not fields.edits["name"].isVisible() and fields.edits["last_name"].isVisible()
    type_text(fields.edits["last_name"], "Иванов")
    type_text(fields.edits["first_name"], "Пётр")
    type_text(fields.edits["middle_name"], "Сергеевич")
    type_text(fields.birthday_edit, "07.03.1985")
    save(qtbot, window)
    data = stored(office, window.client_id)
    assert data.kind is ClientKind.PERSON
    assert data.name == "Иванов Пётр Сергеевич"
    assert data.birthday.isoformat() == "1985-03-07"


def test_empty_person_name_is_an_inline_error_at_the_last_name(qtbot, opener, office):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    qtbot.mouseClick(fields.person_radio, LEFT)
    save_fails(qtbot, window)
    assert set(fields.errors.visible_errors()) == {"last_name"}
    assert window.client_id is None


@pytest.mark.parametrize(("field", "value"), [
    ("inn", "7707083890"),        # checksum
    ("kpp", "77360100"),          # 8 characters
    ("ogrn", "1027700132196"),    # checksum
    ("bik", "123456789"),         # not 04…
])
def test_bad_requisite_is_shown_at_its_field_nothing_saved_form_kept(
        qtbot, opener, office, field, value):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    type_text(fields.edits["name"], "ООО Ромашка")
    type_text(fields.edits[field], value)
    message = save_fails(qtbot, window)
    assert fields.errors.visible_errors() == {field: message}
    assert fields.errors.label(field).isVisible()
    assert fields.edits[field].property("invalid") is True
    assert fields.edits["name"].text() == "ООО Ромашка"          # nothing typed was lost
    assert fields.edits[field].text() == value
    assert window.client_id is None
    assert office.services.client_list is not None
    assert office.services.duplicates.find(None, (MethodData(PHONE, ""),)) == []
    # correcting the field clears its error
    type_text(fields.edits[field], "0")
    assert fields.errors.visible_errors() == {}


def test_bad_inn_message_is_in_russian_when_translated(qtbot, opener, office):
    window = new_form(qtbot, opener)
    type_text(window.form.fields.edits["name"], "ООО Ромашка")
    type_text(window.form.fields.edits["inn"], "123")
    message = save_fails(qtbot, window)
    assert "INN" in message or "ИНН" in message


@pytest.mark.parametrize(("row", "value"), [(0, "12ab"), (1, "ivan@@mail")])
def test_bad_phone_or_email_is_shown_at_its_row(qtbot, opener, office, row, value):
    window = new_form(qtbot, opener)
    fields = window.form.fields
    type_text(fields.edits["name"], "ООО Ромашка")
    type_text(fields.methods.rows[row].value_edit, value)
    message = save_fails(qtbot, window)
    assert value in message
    assert not fields.methods.rows[row].error.isHidden()
    assert fields.methods.rows[1 - row].error.isHidden()
    assert fields.methods.rows[row].value_edit.text() == value
    assert window.client_id is None


def test_ten_thousand_character_name_is_an_inline_error(qtbot, opener, office):
    window = new_form(qtbot, opener)
    name_edit = window.form.fields.edits["name"]
    name_edit.setText("Я" * 10_000)  # pasted
    message = save_fails(qtbot, window)
    assert "300" in message
    assert window.form.fields.errors.visible_errors() == {"name": message}
    assert len(name_edit.text()) == 10_000


def test_bad_turnover_is_inline(qtbot, opener, office):
    window = new_form(qtbot, opener)
    type_text(window.form.fields.edits["name"], "ООО Ромашка")
    type_text(window.form.fields.turnover_edit, "много")
    save_fails(qtbot, window)
    assert list(window.form.fields.errors.visible_errors()) == ["annual_turnover"]


def test_sql_and_html_are_stored_and_shown_as_plain_text(qtbot, opener, office):
    name = "<b>Bold</b> '); DROP TABLE clients; --"
    window = new_form(qtbot, opener)
    qtbot.keyClicks(window.form.fields.edits["name"], name)
    save(qtbot, window)
    assert stored(office, window.client_id).name == name
    label = window.header.name_label
    qtbot.waitUntil(lambda: label.text() == name)
    assert label.textFormat().name == "PlainText"


# -- duplicates --------------------------------------------------------------------------------
def test_duplicate_inn_warns_and_save_anyway_saves(qtbot, opener, office):
    existing = office.services.clients.create(ClientData(name="ООО Ромашка", inn=SBER_INN))
    window = new_form(qtbot, opener)
    type_text(window.form.fields.edits["name"], "Ромашка-2")
    type_text(window.form.fields.edits["inn"], SBER_INN)
    with qtbot.waitSignal(window.form.sig_duplicates_shown, timeout=10_000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    banner = window.form.duplicates
    assert banner.isVisible()
    assert banner.lines() == [banner.tr("A client with this INN already exists: {name}")
                              .format(name="ООО Ромашка")]
    assert existing.id in banner.open_buttons
    assert window.client_id is None  # nothing saved yet
    with qtbot.waitSignal(window.form.sig_saved, timeout=10_000):
        qtbot.mouseClick(banner.save_anyway_button, LEFT)
    assert stored(office, window.client_id).name == "Ромашка-2"
    assert not banner.isVisible()


def test_duplicate_open_existing_opens_that_card_and_back_keeps_the_form(
        qtbot, opener, office, monkeypatch):
    existing = office.services.clients.create(ClientData(
        name="ООО Ромашка", methods=(MethodData(PHONE, "+7 495 123-45-67"),)))
    window = new_form(qtbot, opener)
    type_text(window.form.fields.edits["name"], "Ромашка")
    type_text(window.form.fields.methods.rows[0].value_edit, "84951234567")
    with qtbot.waitSignal(window.form.sig_duplicates_shown, timeout=10_000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    opened: list[int] = []
    monkeypatch.setattr(opener, "open", opened.append)
    qtbot.mouseClick(window.form.duplicates.open_buttons[existing.id], LEFT)
    assert opened == [existing.id]
    qtbot.mouseClick(window.form.duplicates.back_button, LEFT)
    assert not window.form.duplicates.isVisible()
    assert window.form.fields.edits["name"].text() == "Ромашка"
    assert window.client_id is None


def test_duplicate_of_another_managers_client_does_not_reveal_the_name(qtbot, opener, office):
    colleague = office.world.add_user("petrov", "manager", team="Other")
    office.services_of(colleague).clients.create(ClientData(name="Тайный клиент",
                                                            inn=SBER_INN))
    window = new_form(qtbot, opener)
    type_text(window.form.fields.edits["name"], "Новый")
    type_text(window.form.fields.edits["inn"], SBER_INN)
    with qtbot.waitSignal(window.form.sig_duplicates_shown, timeout=10_000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    lines = window.form.duplicates.lines()
    assert len(lines) == 1 and "Тайный" not in lines[0] and SBER_INN in lines[0]
    assert window.form.duplicates.open_buttons == {}


def test_edit_without_changing_inn_or_phones_saves_without_duplicate_check(
        qtbot, opener, office):
    client = office.services.clients.create(ClientData(name="ООО Ромашка", inn=SBER_INN))
    office.services.clients.create(ClientData(name="Двойник", inn=SBER_INN))
    opener.open(client.id)
    window = opener.window(client.id)
    qtbot.waitUntil(lambda: window.form.fields.edits["name"].text() == "ООО Ромашка")
    type_text(window.form.fields.edits["city"], "Тверь")
    save(qtbot, window)
    assert stored(office, client.id).city == "Тверь"
    assert not window.form.duplicates.isVisible()


# -- concurrent edits ----------------------------------------------------------------------------
@pytest.fixture
def open_card(qtbot, opener, office):
    client = office.services.clients.create(ClientData(
        name="ООО Ромашка", city="Москва", methods=(MethodData(EMAIL, "a@romashka.ru"),)))
    opener.open(client.id)
    window = opener.window(client.id)
    qtbot.waitUntil(lambda: window.form.fields.edits["city"].text() == "Москва", timeout=5000)
    return window


def colleague_saves(office: Office, client_id: int, **changes) -> None:
    colleague = office.services_of(office.world.add_user("boss", "admin"))
    card = colleague.clients.get(client_id)
    from dataclasses import replace
    colleague.clients.update(client_id, replace(card.data, **changes), card.version)


def test_conflict_banner_lists_their_change_and_reload_shows_their_value(
        qtbot, office, open_card):
    window = open_card
    colleague_saves(office, window.client_id, city="Казань")
    type_text(window.form.fields.edits["legal_address"], "ул. Ленина, 1")
    with qtbot.waitSignal(window.form.sig_conflict_shown, timeout=10_000) as shown:
        qtbot.mouseClick(window.form.save_button, LEFT)
    caption = window.form.fields.captions["city"]
    assert shown.args[0] == [(caption, "Москва", "Казань")]
    banner = window.form.conflict
    assert banner.isVisible()
    assert f"{caption}: Москва → Казань" in banner.changes_label.text()
    assert window.form.fields.edits["legal_address"].text() == "ул. Ленина, 1"  # kept
    qtbot.mouseClick(banner.reload_button, LEFT)
    assert window.form.fields.edits["city"].text() == "Казань"
    assert window.form.fields.edits["legal_address"].text() == ""
    assert not banner.isVisible()
    assert stored(office, window.client_id).legal_address is None


def test_conflict_overwrite_saves_ours_over_theirs(qtbot, office, open_card):
    window = open_card
    colleague_saves(office, window.client_id, city="Казань")
    edit = window.form.fields.edits["city"]
    edit.selectAll()
    type_text(edit, "Самара")
    with qtbot.waitSignal(window.form.sig_conflict_shown, timeout=10_000):
        qtbot.mouseClick(window.form.save_button, LEFT)
    with qtbot.waitSignal(window.form.sig_saved, timeout=10_000):
        qtbot.mouseClick(window.form.conflict.overwrite_button, LEFT)
    assert stored(office, window.client_id).city == "Самара"
    assert not window.form.conflict.isVisible()


def test_own_tag_change_does_not_cause_a_conflict(qtbot, office, open_card):
    window = open_card
    qtbot.waitUntil(lambda: window.card is not None)
    with qtbot.waitSignal(window.sig_saved, timeout=10_000):
        window.header.tags.sig_add_requested.emit("VIP")
    qtbot.waitUntil(lambda: window.header.tags.names() == ["VIP"])
    window.form.fields.edits["city"].end(False)
    type_text(window.form.fields.edits["city"], "-на-Дону")
    save(qtbot, window)
    assert stored(office, window.client_id).city == "Москва-на-Дону"
    assert office.services.clients.get(window.client_id).tags[0][1] == "VIP"
