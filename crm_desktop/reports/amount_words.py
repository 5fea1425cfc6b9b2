"""Money as printed on Russian documents: "12 345,67", and the total in words with the right
forms of рубль and копейка ("Двадцать один рубль 05 копеек")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from num2words import num2words

CENT = Decimal("0.01")
RUBLE_FORMS = ("рубль", "рубля", "рублей")
KOPECK_FORMS = ("копейка", "копейки", "копеек")


def plural(count: int, forms: tuple[str, str, str]) -> str:
    """The Russian form for `count`: 1, 21 → one; 2-4, 22 → few; 0, 5-20, 111 → many."""
    last_two, last = count % 100, count % 10
    if 11 <= last_two <= 14:
        return forms[2]
    if last == 1:
        return forms[0]
    if 2 <= last <= 4:
        return forms[1]
    return forms[2]


def split(amount: Decimal) -> tuple[int, int]:
    """(roubles, kopecks) of an amount rounded half up to kopecks."""
    cents = int(amount.quantize(CENT, ROUND_HALF_UP) * 100)
    return divmod(cents, 100)


def money(amount: Decimal) -> str:
    """12 345,67: a space between thousands (non-breaking), a comma before kopecks."""
    roubles, kopecks = split(amount)
    return f"{roubles:,}".replace(",", "\u00a0") + f",{kopecks:02d}"


def quantity(value: Decimal) -> str:
    """3 → "3", 2.500 → "2,5"."""
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def in_words(amount: Decimal) -> str:
    """"Двенадцать тысяч триста сорок пять рублей 67 копеек" (kopecks in figures, as usual)."""
    roubles, kopecks = split(amount)
    words = num2words(roubles, lang="ru")
    text = f"{words} {plural(roubles, RUBLE_FORMS)} {kopecks:02d} {plural(kopecks, KOPECK_FORMS)}"
    return text[:1].upper() + text[1:]


def roubles_and_kopecks(amount: Decimal) -> str:
    """"12 345 руб. 67 коп." (the "на сумму" line of an invoice)."""
    roubles, kopecks = split(amount)
    return f"{roubles:,}".replace(",", "\u00a0") + f"\u00a0руб. {kopecks:02d}\u00a0коп."
