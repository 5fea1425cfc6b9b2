"""Documents (PERFORMANCE.md): the invoice PDF with 20 lines (target 100 ms). The database
plays no part: measured once per run, reported under the first backend and size."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from timing import Record, measure, percentile

from crm_desktop.reports.invoice_pdf import render
from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoice_dto import InvoiceCard, InvoiceLineData, InvoiceRow, Party
from crm_desktop.services.invoice_totals import line_row, total, vat_totals

_done = False

SUPPLIER = Party('ООО "Ромашка"', "7707083893", "773601001", "115093, г. Москва, ул. Большая "
                 "Серпуховская, д. 31", "+7 495 123-45-67", "ПАО СБЕРБАНК г. Москва",
                 "044525225", "40702810938000012345", "30101810400000000225", "Иванов И. И.",
                 "Петрова А. С.")
BUYER = Party("ООО «Север»", "7812014560", "781201001", "190000, г. Санкт-Петербург")


def _invoice(lines: int) -> InvoiceCard:
    rows = tuple(line_row(InvoiceLineData(f"Товар {i}", Decimal(i % 5 + 1),
                                          Decimal("1234.50"), "шт", Decimal("20")))
                 for i in range(lines))
    row = InvoiceRow(1, 2026, 17, date(2026, 11, 26), InvoiceStatus.ISSUED, None, 1, 1,
                     BUYER.name, total(rows), 1)
    return InvoiceCard(row, SUPPLIER, BUYER, rows, vat_totals(rows),
                       sum((r.vat_amount for r in rows), Decimal(0)))


def document_records(backend: str, size: int, repeats: int) -> list[Record]:
    global _done
    if _done:
        return []
    _done = True
    invoice = _invoice(20)
    samples = measure([lambda: render(invoice)], repeats)
    return [Record("invoice_pdf_20_lines", backend, size, percentile(samples, 50),
                   percentile(samples, 95), None)]
