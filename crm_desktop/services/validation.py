"""Small validators shared by the services; each raises ValidationError(field, message)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.normalize import email_normalized, phone_e164

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "Too long: at most {limit} characters.")
BAD_INN = QT_TRANSLATE_NOOP(
    "Errors", "INN must be 10 digits (company) or 12 digits (person) with a valid checksum."
)
BAD_KPP = QT_TRANSLATE_NOOP("Errors", "KPP must be 9 characters.")
BAD_OGRN = QT_TRANSLATE_NOOP("Errors", "OGRN must be 13 or 15 digits with a valid checksum.")
BAD_BIK = QT_TRANSLATE_NOOP("Errors", "BIK must be 9 digits starting with 04.")
BAD_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "A bank account number is 20 digits.")
BAD_ACCOUNT_KEY = QT_TRANSLATE_NOOP(
    "Errors", "The account number does not match the BIK (control digit)."
)
BAD_PHONE = QT_TRANSLATE_NOOP("Errors", "Not a phone number: {value}")
BAD_EMAIL = QT_TRANSLATE_NOOP("Errors", "Not an e-mail address: {value}")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "Enter an amount of money, e.g. 1500.00.")
NEGATIVE = QT_TRANSLATE_NOOP("Errors", "Must not be negative.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "Unknown value: {value}")

T = TypeVar("T")

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KPP_RE = re.compile(r"^\d{4}[\dA-Z]{2}\d{3}$")


def require_text(value: str | None, *, field: str, limit: int = 300) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, REQUIRED)
    if len(text) > limit:
        raise ValidationError(field, TOO_LONG, limit=limit)
    return text


def optional_text(value: str | None, *, field: str, limit: int = 300) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(field, TOO_LONG, limit=limit)
    return text or None


def _digits_only(value: str | None) -> str | None:
    if not value:  # most optional fields are empty: skip the regex (an import checks 100k rows)
        return None
    text = re.sub(r"[\s-]", "", value)
    return text or None


def inn(value: str | None, *, field: str = "inn") -> str | None:
    from stdnum.ru import inn as stdnum_inn  # noqa: PLC0415 - loaded when first checked

    text = _digits_only(value)
    if text is not None and not stdnum_inn.is_valid(text):
        raise ValidationError(field, BAD_INN)
    return text


def kpp(value: str | None, *, field: str = "kpp") -> str | None:
    text = _digits_only(value)
    if text is not None and not _KPP_RE.match(text.upper()):
        raise ValidationError(field, BAD_KPP)
    return text.upper() if text else None


def ogrn(value: str | None, *, field: str = "ogrn") -> str | None:
    from stdnum.ru import ogrn as stdnum_ogrn  # noqa: PLC0415 - loaded when first checked

    text = _digits_only(value)
    if text is not None and not stdnum_ogrn.is_valid(text):
        raise ValidationError(field, BAD_OGRN)
    return text


def bik(value: str | None, *, field: str = "bik") -> str | None:
    text = _digits_only(value)
    if text is not None and not (len(text) == 9 and text.isdigit() and text.startswith("04")):
        raise ValidationError(field, BAD_BIK)
    return text


def _account_key_ok(control: str, account: str) -> bool:
    weights = ((7, 1, 3) * 8)[:23]
    return sum(int(d) * w for d, w in zip(control + account, weights, strict=True)) % 10 == 0


def bank_account(
    value: str | None,
    bik_value: str | None,
    *,
    field: str = "bank_account",
    correspondent: bool = False,
) -> str | None:
    """Settlement (or correspondent) account, checked against the BIK's control digits."""
    text = _digits_only(value)
    if text is None:
        return None
    if not (len(text) == 20 and text.isdigit()):
        raise ValidationError(field, BAD_ACCOUNT)
    if bik_value:
        control = ("0" + bik_value[4:6]) if correspondent else bik_value[-3:]
        if not _account_key_ok(control, text):
            raise ValidationError(field, BAD_ACCOUNT_KEY)
    return text


def phone(value: str, *, field: str = "phone") -> tuple[str, str]:
    """(as typed, E.164)."""
    text = value.strip()
    normalized = phone_e164(text)
    if normalized is None:
        raise ValidationError(field, BAD_PHONE, value=text)
    return text, normalized


def email(value: str, *, field: str = "email") -> tuple[str, str]:
    text = value.strip()
    if not _EMAIL_RE.match(text) or len(text) > 254:
        raise ValidationError(field, BAD_EMAIL, value=text)
    return text, email_normalized(text)


def money(value: Decimal | str | int | None, *, field: str, allow_none: bool = False) -> Decimal:
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return Decimal("0")
        raise ValidationError(field, REQUIRED)
    try:
        text = str(value).replace("\u00a0", "").replace(" ", "").replace(",", ".")
        amount = Decimal(text).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError) as exc:
        raise ValidationError(field, BAD_AMOUNT) from exc
    if amount < 0:
        raise ValidationError(field, NEGATIVE)
    return amount


def choice(value: object, allowed: type[T], *, field: str) -> T:
    try:
        return allowed(value)  # type: ignore[call-arg]
    except ValueError as exc:
        raise ValidationError(field, BAD_CHOICE, value=value) from exc


def optional_date(value: date | None) -> date | None:
    return value
