"""Normalised values for sorting, searching and de-duplication (PITFALLS.md #5)."""

from __future__ import annotations

import re

DEFAULT_REGION = "RU"

# Legal forms stripped from company names for sorting and search ("ООО Ромашка" → "ромашка").
LEGAL_FORMS = (
    "ооо",
    "оао",
    "зао",
    "пао",
    "ао",
    "ип",
    "нко",
    "ано",
    "гуп",
    "муп",
    "фгуп",
    "тоо",
    "llc",
    "ltd",
    "inc",
    "gmbh",
)
_LEGAL_FORM_RE = re.compile(
    r"^\s*(?:"
    + "|".join(LEGAL_FORMS)
    + r")\b\.?\s*|\s*,?\s*\b(?:"
    + "|".join(LEGAL_FORMS)
    + r")\.?\s*$"
)
_QUOTES_RE = re.compile(r"[\"«»“”„'`]")
_SPACES_RE = re.compile(r"\s+")
_DIGITS_RE = re.compile(r"\D+")


def fold(text: str) -> str:
    """Casefold, ё→е, collapse spaces."""
    return _SPACES_RE.sub(" ", text.casefold().replace("ё", "е")).strip()


def sort_key(name: str) -> str:
    """Key for sorting and keyset paging: folded, quotes and the legal form removed."""
    folded = fold(_QUOTES_RE.sub(" ", name))
    stripped = _LEGAL_FORM_RE.sub("", folded).strip()
    return stripped or folded


def phone_e164(raw: str, region: str = DEFAULT_REGION) -> str | None:
    """'8 (912) 345-67-89' → '+79123456789'; None when it is not a possible phone number."""
    digits = _DIGITS_RE.sub("", raw)
    if not digits:
        return None
    candidate = raw.strip()
    if region == "RU" and len(digits) == 11 and digits[0] == "8" and not candidate.startswith("+"):
        candidate = "+7" + digits[1:]
    elif region == "RU" and len(digits) == 10 and not candidate.startswith("+"):
        candidate = "+7" + digits
    import phonenumbers  # noqa: PLC0415 - its metadata loads when a phone is first parsed

    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email_normalized(raw: str) -> str:
    return raw.strip().lower()


def search_text(name: str, *extra: str | None) -> str:
    """The text the trigram index searches: folded name without legal form, plus the extras
    (phones as digits, e-mails, INN, contact names)."""
    parts = [sort_key(name), fold(_QUOTES_RE.sub(" ", name))]
    for value in extra:
        if value:
            parts.append(fold(value))
    seen: dict[str, None] = {}
    for part in parts:
        seen.setdefault(part, None)
    return " ".join(seen)


def phone_digits(e164: str) -> str:
    return _DIGITS_RE.sub("", e164)
