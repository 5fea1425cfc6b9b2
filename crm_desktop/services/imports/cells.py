"""Turning one cell's text into a clean value, with the same rules as the forms
(services/validation.py, services/normalize.py). Each parser raises ValidationError."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from stdnum.ru import inn as stdnum_inn

from crm_desktop.models import ClientKind, ClientStatus
from crm_desktop.services import validation
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.normalize import fold

BAD_DATE = QT_TRANSLATE_NOOP("Errors", "Not a date: {value} (use dd.mm.yyyy)")
BAD_NUMBER = QT_TRANSLATE_NOOP("Errors", "Not a whole number: {value}")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", 'Unknown client type "{value}": use company or person.')
BAD_STATUS = QT_TRANSLATE_NOOP(
    "Errors", 'Unknown status "{value}": the client is imported as a lead.')

C = TypeVar("C", ClientKind, ClientStatus)

_PHONE_SPLIT = re.compile(r"[;,\n/]|\s+(?:или|or|и|and)\s+", re.IGNORECASE)
_PHONEISH = re.compile(r"^\+?[\d\s()\-.]+$")
_NOT_DIGIT = re.compile(r"\D")
_EMAIL_SPLIT = re.compile(r"[;,\s]+")
_CURRENCY = re.compile(r"(₽|руб\.?|р\.|rub|\$|€)", re.IGNORECASE)
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%d.%m.%Y %H:%M",
                 "%Y-%m-%d %H:%M:%S")
_EXCEL_EPOCH = date(1899, 12, 30)

KINDS = {
    ClientKind.COMPANY: ("компания", "организация", "юрлицо", "юр лицо", "юридическое лицо",
                         "юл", "ип", "company", "organization", "legal entity", "business"),
    ClientKind.PERSON: ("физлицо", "физ лицо", "физическое лицо", "частное лицо", "фл",
                        "person", "private person", "individual"),
}
STATUSES = {
    ClientStatus.LEAD: ("лид", "новый", "lead", "new"),
    ClientStatus.PROSPECT: ("потенциальный", "потенциальный клиент", "prospect", "в работе"),
    ClientStatus.CLIENT: ("клиент", "действующий", "постоянный", "client", "customer",
                          "active"),
    ClientStatus.LOST: ("потерян", "потерянный", "отказ", "ушел", "lost", "churned"),
}


def clean(value: str) -> str:
    """Trimmed, inner runs of spaces and line breaks made one space."""
    return " ".join(value.split())


def text(value: str, field: str, limit: int) -> str | None:
    return validation.optional_text(clean(value), field=field, limit=limit)


def text_of(field: str, limit: int) -> Callable[[str], str | None]:
    """A parser for a text field of at most `limit` characters."""
    return lambda value: text(value, field, limit)


def split_full_name(value: str) -> tuple[str | None, str, str | None]:
    """"Иванов Иван Иванович" → (last, first, middle); one word is a first name."""
    parts = clean(value).split(" ")
    if len(parts) == 1:
        return None, parts[0], None
    if len(parts) == 2:
        return parts[0], parts[1], None
    return parts[0], parts[1], " ".join(parts[2:])


def phones(value: str, field: str = "phone") -> list[tuple[str, str]]:
    """Every phone in the cell as (as written, E.164); "8 912 …, +7 495 …" are two."""
    found: list[tuple[str, str]] = []
    for part in _PHONE_SPLIT.split(value):
        if part.strip():
            typed = clean(part)
            e164 = _russian_e164(typed) or validation.phone(typed, field=field)[1]
            if e164 not in (n for _, n in found):
                found.append((typed, e164))
    return found


def _russian_e164(typed: str) -> str | None:
    """The common Russian spellings without the phonenumbers parser (a hundred times faster
    on a big file); the same result as normalize.phone_e164, which handles everything else."""
    if not _PHONEISH.match(typed):
        return None
    digits = _NOT_DIGIT.sub("", typed)
    if typed.startswith("+"):
        return "+" + digits if len(digits) == 11 and digits[0] == "7" and digits[1] in "3489" \
            else None
    if len(digits) == 11 and digits[0] == "8" and digits[1] in "3489":
        return "+7" + digits[1:]
    if len(digits) == 10 and digits[0] in "3489":
        return "+7" + digits
    return None


def emails(value: str, field: str = "email") -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for part in _EMAIL_SPLIT.split(value):
        part = part.strip().strip("<>").removeprefix("mailto:")
        if part:
            typed, normalized = validation.email(part, field=field)
            if normalized not in (n for _, n in found):
                found.append((typed, normalized))
    return found


def inn(value: str, field: str = "inn") -> str | None:
    """Checked INN; a number that lost its leading zero in Excel (9 or 11 digits) gets it back
    when the checksum then fits."""
    digits = re.sub(r"[\s-]", "", value)
    if _checksum_ok(digits):  # the common case, without stdnum's slower clean-up
        return digits
    if digits.isdigit() and len(digits) in (9, 11):
        try:
            return validation.inn("0" + digits, field=field)
        except ValidationError:
            pass
    return validation.inn(digits or None, field=field)


def _checksum_ok(digits: str) -> bool:
    if not digits.isascii() or not digits.isdigit():
        return False
    if len(digits) == 10:
        return stdnum_inn.calc_company_check_digit(digits[:9]) == digits[9]
    return len(digits) == 12 and stdnum_inn.calc_personal_check_digits(digits[:10]) == digits[10:]


def parse_date(value: str, field: str) -> date | None:
    """dd.mm.yyyy, yyyy-mm-dd, dd/mm/yyyy, dd.mm.yy, or an Excel day number."""
    raw = clean(value)
    if not raw:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    if raw.isdigit() and 1 <= int(raw) <= 80_000:
        return _EXCEL_EPOCH + timedelta(days=int(raw))
    raise ValidationError(field, BAD_DATE, value=raw)


def money(value: str, field: str) -> Decimal | None:
    raw = _CURRENCY.sub("", clean(value)).strip()
    if not raw:
        return None
    return validation.money(raw, field=field)


def whole_number(value: str, field: str) -> int | None:
    raw = re.sub(r"[\s\u00a0]", "", value)
    if not raw:
        return None
    if raw.endswith(".0"):
        raw = raw[:-2]
    if not raw.isdigit():
        raise ValidationError(field, BAD_NUMBER, value=clean(value))
    return int(raw)


def kind(value: str, field: str = "kind") -> ClientKind | None:
    return _choice(value, KINDS, field, BAD_KIND)


def status(value: str, field: str = "status") -> ClientStatus | None:
    return _choice(value, STATUSES, field, BAD_STATUS)


def _choice(value: str, names: dict[C, tuple[str, ...]], field: str, message: str) -> C | None:
    key = " ".join(fold(re.sub(r"[^\w\s]", " ", value)).split())
    if not key:
        return None
    for choice, synonyms in names.items():
        if key == choice.value or key in synonyms:
            return choice
    raise ValidationError(field, message, value=clean(value))
