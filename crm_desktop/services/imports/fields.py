"""The fields a column can be imported into, per kind of record, with the header names
(Russian and English) each one is recognised by."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.normalize import fold


class ImportEntity(enum.StrEnum):
    CLIENTS = "clients"
    CONTACTS = "contacts"
    DEALS = "deals"


@dataclass(frozen=True, slots=True)
class ImportField:
    """`label` is English, translated in the "ImportFields" context where shown; `multi`:
    several columns may feed it (phones, e-mails)."""

    key: str
    label: str
    synonyms: tuple[str, ...]
    multi: bool = False


def _f(key: str, label: str, *synonyms: str, multi: bool = False) -> ImportField:
    return ImportField(key, label, synonyms, multi)


NAME = _f("name", QT_TRANSLATE_NOOP("ImportFields", "Name"), "наименование", "название",
          "компания", "организация", "клиент", "контрагент", "наименование организации",
          "name", "company", "company name", "client", "organization", "organisation")
FULL_NAME = _f("full_name", QT_TRANSLATE_NOOP("ImportFields", "Full name (last first middle)"),
               "фио", "ф и о", "полное имя", "full name")
LAST_NAME = _f("last_name", QT_TRANSLATE_NOOP("ImportFields", "Last name"), "фамилия",
               "last name", "surname")
FIRST_NAME = _f("first_name", QT_TRANSLATE_NOOP("ImportFields", "First name"), "имя",
                "first name", "given name")
MIDDLE_NAME = _f("middle_name", QT_TRANSLATE_NOOP("ImportFields", "Middle name"), "отчество",
                 "middle name", "patronymic")
PHONE = _f("phone", QT_TRANSLATE_NOOP("ImportFields", "Phones"), "телефон", "телефоны", "тел",
           "моб", "мобильный", "мобильный телефон", "сотовый", "phone", "phones", "tel",
           "mobile", "telephone", multi=True)
EMAIL = _f("email", QT_TRANSLATE_NOOP("ImportFields", "E-mails"), "e mail", "email",
           "почта", "эл почта", "электронная почта", "емейл", "mail", "e mails", "emails",
           multi=True)
POSITION = _f("position", QT_TRANSLATE_NOOP("ImportFields", "Position"), "должность",
              "position", "job title", "title")
BIRTHDAY = _f("birthday", QT_TRANSLATE_NOOP("ImportFields", "Birthday"), "дата рождения",
              "день рождения", "birthday", "date of birth", "birth date")
NOTE = _f("note", QT_TRANSLATE_NOOP("ImportFields", "Comment"), "комментарий", "комментарии",
          "примечание", "заметка", "заметки", "описание", "comment", "comments", "note", "notes")
MANAGER = _f("manager", QT_TRANSLATE_NOOP("ImportFields", "Responsible manager"),
             "ответственный", "менеджер", "ответственный менеджер", "manager", "owner",
             "responsible")
INN = _f("inn", QT_TRANSLATE_NOOP("ImportFields", "INN"), "инн", "inn", "tax id")
COMPANY = _f("company", QT_TRANSLATE_NOOP("ImportFields", "Company name"), "компания",
             "организация", "клиент", "контрагент", "наименование", "company", "client",
             "organization")

CLIENT_FIELDS: tuple[ImportField, ...] = (
    NAME, FULL_NAME, LAST_NAME, FIRST_NAME, MIDDLE_NAME,
    _f("kind", QT_TRANSLATE_NOOP("ImportFields", "Type (company / person)"), "тип", "тип клиента",
       "вид", "вид клиента", "type", "kind"),
    INN,
    _f("kpp", QT_TRANSLATE_NOOP("ImportFields", "KPP"), "кпп", "kpp"),
    _f("ogrn", QT_TRANSLATE_NOOP("ImportFields", "OGRN"), "огрн", "огрнип", "ogrn"),
    PHONE, EMAIL,
    _f("contact_name", QT_TRANSLATE_NOOP("ImportFields", "Contact person"), "контактное лицо",
       "контакт", "контактное лицо фио", "contact", "contact person", "contact name"),
    _f("contact_position", QT_TRANSLATE_NOOP("ImportFields", "Contact's position"),
       "должность", "должность контакта", "position", "job title"),
    _f("city", QT_TRANSLATE_NOOP("ImportFields", "City"), "город", "населенный пункт", "city",
       "town"),
    _f("actual_address", QT_TRANSLATE_NOOP("ImportFields", "Address"), "адрес",
       "фактический адрес", "почтовый адрес", "address", "actual address"),
    _f("legal_address", QT_TRANSLATE_NOOP("ImportFields", "Legal address"), "юридический адрес",
       "юр адрес", "legal address"),
    _f("channel", QT_TRANSLATE_NOOP("ImportFields", "Source"), "источник", "канал",
       "канал привлечения", "откуда узнал", "source", "channel", "lead source"),
    MANAGER,
    _f("status", QT_TRANSLATE_NOOP("ImportFields", "Status"), "статус", "status"),
    _f("industry", QT_TRANSLATE_NOOP("ImportFields", "Industry"), "отрасль", "сфера",
       "сфера деятельности", "industry"),
    _f("website", QT_TRANSLATE_NOOP("ImportFields", "Website"), "сайт", "веб сайт", "website",
       "site", "web", "url"),
    BIRTHDAY,
    _f("annual_turnover", QT_TRANSLATE_NOOP("ImportFields", "Annual turnover"), "оборот",
       "годовой оборот", "выручка", "turnover", "annual turnover", "revenue"),
    _f("employee_count", QT_TRANSLATE_NOOP("ImportFields", "Employees"), "сотрудников",
       "число сотрудников", "численность", "штат", "employees", "employee count"),
    NOTE,
)

CONTACT_FIELDS: tuple[ImportField, ...] = (
    FULL_NAME, LAST_NAME, FIRST_NAME, MIDDLE_NAME, POSITION, PHONE, EMAIL, BIRTHDAY,
    _f("company_inn", QT_TRANSLATE_NOOP("ImportFields", "Company INN"), "инн", "инн компании",
       "инн организации", "inn", "company inn"),
    COMPANY, NOTE,
)

DEAL_FIELDS: tuple[ImportField, ...] = (
    _f("title", QT_TRANSLATE_NOOP("ImportFields", "Deal title"), "сделка", "название сделки",
       "наименование сделки", "deal", "deal title", "title", "название"),
    _f("company_inn", QT_TRANSLATE_NOOP("ImportFields", "Client INN"), "инн", "инн клиента",
       "inn", "client inn"),
    COMPANY,
    _f("pipeline", QT_TRANSLATE_NOOP("ImportFields", "Pipeline"), "воронка", "воронка продаж",
       "pipeline"),
    _f("stage", QT_TRANSLATE_NOOP("ImportFields", "Stage"), "этап", "стадия", "этап сделки",
       "stage"),
    _f("amount", QT_TRANSLATE_NOOP("ImportFields", "Amount"), "сумма", "сумма сделки", "бюджет",
       "amount", "sum", "value"),
    _f("expected_close_on", QT_TRANSLATE_NOOP("ImportFields", "Expected close date"),
       "дата закрытия", "ожидаемая дата закрытия", "срок", "close date", "expected close"),
    _f("loss_reason", QT_TRANSLATE_NOOP("ImportFields", "Loss reason"), "причина отказа",
       "причина проигрыша", "loss reason"),
    MANAGER, NOTE,
)

FIELDS: dict[ImportEntity, tuple[ImportField, ...]] = {
    ImportEntity.CLIENTS: CLIENT_FIELDS,
    ImportEntity.CONTACTS: CONTACT_FIELDS,
    ImportEntity.DEALS: DEAL_FIELDS,
}

_PUNCTUATION = re.compile(r"[^\w\s]|_")
_ALL_SYNONYMS = frozenset(s for fields in FIELDS.values() for f in fields for s in f.synonyms)


def header_key(header: str) -> str:
    """A header as it is compared: folded, punctuation and "*" marks removed ("E-mail:" →
    "e mail", "Ф.И.О." → "ф и о")."""
    return " ".join(fold(_PUNCTUATION.sub(" ", header)).split())


def looks_like_header(cells: list[str]) -> bool:
    return any(header_key(c) in _ALL_SYNONYMS for c in cells if c.strip())


def field_of(entity: ImportEntity, key: str) -> ImportField:
    for candidate in FIELDS[entity]:
        if candidate.key == key:
            return candidate
    raise KeyError(key)
