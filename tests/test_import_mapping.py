"""Column mapping: guessed from Russian and English headers, saved under a name, read back for
a file whose columns come in another order."""

from __future__ import annotations

import json

import pytest

from crm_desktop.services.imports import ImportEntity, MappingError, MappingStore, guess
from crm_desktop.services.imports.mapping import read_mapping_file


def test_russian_and_english_headers_are_recognised():
    headers = ("Наименование*", "ИНН", "КПП", "Телефон рабочий", "Тел. мобильный", "E-mail:",
               "Почта", "Контактное лицо", "Должность", "Город", "Адрес", "Источник",
               "Ответственный", "Комментарий", "Что-то своё", "Ф.И.О.")
    mapping = guess(ImportEntity.CLIENTS, headers)
    assert mapping.fields == ("name", "inn", "kpp", "phone", "phone", "email", "email",
                              "contact_name", "contact_position", "city", "actual_address",
                              "channel", "manager", "note", None, "full_name")
    english = guess(ImportEntity.CLIENTS, ("Company", "INN", "Phone", "Email", "Contact person",
                                           "City", "Source", "Owner", "Notes"))
    assert english.fields == ("name", "inn", "phone", "email", "contact_name", "city",
                              "channel", "manager", "note")
    # a single-value field takes only the first column that fits
    assert guess(ImportEntity.CLIENTS, ("Город", "Город")).fields == ("city", None)


def test_contacts_and_deals_headers():
    contacts = guess(ImportEntity.CONTACTS, ("ФИО", "Должность", "Компания", "ИНН", "Телефон"))
    assert contacts.fields == ("full_name", "position", "company", "company_inn", "phone")
    deals = guess(ImportEntity.DEALS, ("Сделка", "Клиент", "Воронка", "Этап", "Сумма",
                                       "Дата закрытия", "Причина отказа"))
    assert deals.fields == ("title", "company", "pipeline", "stage", "amount",
                            "expected_close_on", "loss_reason")


def test_saved_mapping_is_reused_by_name_for_another_column_order(tmp_path):
    store = MappingStore(tmp_path / "mappings")
    headers = ("Организация", "Номер", "Почта")
    mapping = guess(ImportEntity.CLIENTS, headers).with_field(1, "phone")
    path = store.save("Выгрузка из 1С", mapping, headers)
    assert json.loads(path.read_text(encoding="utf-8"))["columns"] == {
        "Организация": "name", "Номер": "phone", "Почта": "email"}
    assert store.names(ImportEntity.CLIENTS) == ["Выгрузка из 1С"]
    assert store.names(ImportEntity.DEALS) == []
    again = store.load("Выгрузка из 1С", ("почта", "Лишняя", "ОРГАНИЗАЦИЯ", "Номер"))
    assert again.fields == ("email", None, "name", "phone")
    with pytest.raises(MappingError):
        store.load("Нет такой", headers)


def test_a_bad_mapping_file_is_refused_with_the_reason(tmp_path):
    path = tmp_path / "m.json"
    path.write_text('{"entity": "clients", "columns": {"A": "shoe_size"}}', encoding="utf-8")
    with pytest.raises(MappingError) as err:
        read_mapping_file(path, ("A",))
    assert "shoe_size" in err.value.english()
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(MappingError):
        read_mapping_file(path, ("A",))
