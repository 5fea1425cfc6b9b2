"""The total in words: num2words for the number, our own рубль/копейка forms for every case."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.reports.amount_words import in_words, money, plural, roubles_and_kopecks

FORMS = ("рубль", "рубля", "рублей")


@pytest.mark.parametrize(("count", "form"), [
    (0, "рублей"), (1, "рубль"), (2, "рубля"), (4, "рубля"), (5, "рублей"), (11, "рублей"),
    (12, "рублей"), (14, "рублей"), (21, "рубль"), (22, "рубля"),
    (25, "рублей"), (101, "рубль"), (111, "рублей"), (112, "рублей"), (1001, "рубль"),
    (1_000_000, "рублей"),
])
def test_plural_forms(count, form):
    assert plural(count, FORMS) == form


@pytest.mark.parametrize(("amount", "words"), [
    ("1", "Один рубль 00 копеек"),
    ("2", "Два рубля 00 копеек"),
    ("5", "Пять рублей 00 копеек"),
    ("11", "Одиннадцать рублей 00 копеек"),
    ("21", "Двадцать один рубль 00 копеек"),
    ("101", "Сто один рубль 00 копеек"),
    ("111", "Сто одиннадцать рублей 00 копеек"),
    ("0.01", "Ноль рублей 01 копейка"),
    ("0.02", "Ноль рублей 02 копейки"),
    ("0.05", "Ноль рублей 05 копеек"),
    ("0.11", "Ноль рублей 11 копеек"),
    ("0.21", "Ноль рублей 21 копейка"),
    ("3.14", "Три рубля 14 копеек"),
    ("1000", "Одна тысяча рублей 00 копеек"),
    ("2002.22", "Две тысячи два рубля 22 копейки"),
    ("12345.67", "Двенадцать тысяч триста сорок пять рублей 67 копеек"),
    ("1000000", "Один миллион рублей 00 копеек"),
    ("0.005", "Ноль рублей 01 копейка"),  # half up to kopecks
])
def test_amount_in_words(amount, words):
    assert in_words(Decimal(amount)) == words


def test_figures_are_grouped_with_a_decimal_comma():
    assert money(Decimal("12345.67")) == "12\u00a0345,67"
    assert money(Decimal("0")) == "0,00"
    assert money(Decimal("1234567.005")) == "1\u00a0234\u00a0567,01"
    assert roubles_and_kopecks(Decimal("12345.6")) == "12\u00a0345\u00a0руб. 60\u00a0коп."
