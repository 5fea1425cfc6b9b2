"""The invoice PDF: the golden text (extracted from the PDF), Cyrillic through the embedded
DejaVu font, pages rendered by pdftoppm, the cancelled stamp and long invoices (the speed is
measured in benchmarks/documents.py)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.reports.invoice_pdf import render
from crm_desktop.reports.watermark import Watermark
from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoice_dto import (
    InvoiceCard,
    InvoiceLineData,
    InvoiceRow,
    Party,
)
from crm_desktop.services.invoice_totals import line_row, total, vat_totals

SUPPLIER = Party('ООО "Ромашка"', "7707083893", "773601001",
                 "115093, г. Москва, ул. Большая Серпуховская, д. 31", "+7 495 123-45-67",
                 "ПАО СБЕРБАНК г. Москва", "044525225", "40702810938000012345",
                 "30101810400000000225", "Иванов И. И.", "Петрова А. С.")
BUYER = Party("ООО «Север»", "7812014560", "781201001",
              "190000, г. Санкт-Петербург, Невский пр., д. 1")
LINES = (
    InvoiceLineData("Стол письменный", Decimal("2"), Decimal("1500.00"), "шт", Decimal("20"),
                    Decimal("10")),
    InvoiceLineData("Стул", Decimal("3"), Decimal("333.33"), "шт", Decimal("20")),
    InvoiceLineData("Доставка", Decimal("1"), Decimal("550.00"), "усл.", Decimal("10")),
    InvoiceLineData("Консультация", Decimal("1.5"), Decimal("1000.00"), "ч", None),
)

GOLDEN = """ПАО СБЕРБАНК г. Москва БИК 044525225
Банк получателя Сч. № 30101810400000000225
ИНН 7707083893 КПП 773601001 Сч. № 40702810938000012345
ООО "Ромашка"
Получатель
Счёт на оплату № 17 от 26 ноября 2026 г.
Поставщик ООО "Ромашка", ИНН 7707083893, КПП 773601001, 115093, г. Москва, ул.
(Исполнитель): Большая Серпуховская, д. 31, тел.: +7 495 123-45-67
Покупатель ООО «Север», ИНН 7812014560, КПП 781201001, 190000, г.
(Заказчик): Санкт-Петербург, Невский пр., д. 1
№ Товары (работы, услуги) Кол-во Ед. Цена Скидка Сумма
1 Стол письменный 2 шт 1 500,00 10% 2 700,00
2 Стул 3 шт 333,33 0% 999,99
3 Доставка 1 усл. 550,00 0% 550,00
4 Консультация 1,5 ч 1 000,00 0% 1 500,00
Итого: 5 749,99
В том числе НДС 20%: 616,67
В том числе НДС 10%: 50,00
Без НДС: —
Всего к оплате: 5 749,99
Всего наименований 4, на сумму 5 749 руб. 99 коп.
Пять тысяч семьсот сорок девять рублей 99 копеек
Руководитель Иванов И. И. Бухгалтер Петрова А. С.
Напечатал: ivanova, 26.11.2026 14:05 Стр. 1 из 1"""
PRINTED = Watermark("ivanova", datetime(2026, 11, 26, 14, 5))


def card(lines=LINES, status=InvoiceStatus.ISSUED) -> InvoiceCard:  # type: ignore[no-untyped-def]
    rows = tuple(line_row(line) for line in lines)
    amount = total(rows)
    row = InvoiceRow(1, 2026, 17, date(2026, 11, 26), status, None, 1, 1, BUYER.name, amount, 1)
    return InvoiceCard(row, SUPPLIER, BUYER, rows, vat_totals(rows),
                       sum((r.vat_amount for r in rows), Decimal(0)))


def text_of(data: bytes) -> list[str]:
    """Each page's text with runs of spaces (and non-breaking spaces) folded to one."""
    reader = PdfReader(io.BytesIO(data))
    return [re.sub(r"[ \u00a0]+", " ", page.extract_text(extraction_mode="layout")).strip()
            for page in reader.pages]


def normalised(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def test_golden_text_of_an_invoice():
    pages = text_of(render(card(), PRINTED))
    assert len(pages) == 1
    assert normalised(pages[0]) == GOLDEN


def test_the_font_is_embedded_dejavu_never_helvetica():
    reader = PdfReader(io.BytesIO(render(card())))
    fonts = {str(f["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_without_discounts_there_is_no_discount_column_and_no_vat_says_so():
    plain = tuple(replace(line, discount_pct=Decimal(0), vat_rate=None) for line in LINES)
    text = normalised(text_of(render(card(plain)))[0])
    assert "№ Товары (работы, услуги) Кол-во Ед. Цена Сумма" in text
    assert "Скидка" not in text and "В том числе НДС" not in text
    assert "Без НДС: —" in text


def test_a_cancelled_invoice_is_stamped():
    assert "АННУЛИРОВАН" in text_of(render(card(status=InvoiceStatus.CANCELLED)))[0]
    assert "АННУЛИРОВАН" not in text_of(render(card()))[0]


def test_a_long_invoice_repeats_the_table_header_on_every_page():
    lines = tuple(replace(LINES[1], name=f"Позиция {i}") for i in range(1, 151))
    pages = text_of(render(card(lines), PRINTED))
    assert len(pages) >= 4
    assert all("Товары (работы, услуги)" in page for page in pages)
    assert all("Напечатал: ivanova, 26.11.2026 14:05" in page for page in pages)
    assert f"Стр. {len(pages)} из {len(pages)}" in pages[-1]
    assert "Позиция 150" in pages[-1] and "Всего наименований 150" in pages[-1]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_render_to_png_with_pdftoppm(tmp_path: Path):
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(render(card()))
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 1
    header = pngs[0].read_bytes()[:24]
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (414, 585)  # A4 at 50 dpi
    assert pngs[0].stat().st_size > 10_000  # text, lines and tables, not a blank page
