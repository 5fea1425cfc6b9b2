"""Invoice arithmetic. The rule: prices include VAT (as Russian invoices usually show them).
A line's amount is quantity × price × (1 − discount), rounded half up to kopecks; its VAT is
amount × rate / (100 + rate), rounded half up to kopecks per line (as the deal card shows it);
the VAT of a rate is the sum of its lines' VAT, so the printed figures always add up."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from crm_desktop.services.invoice_dto import InvoiceLineData, InvoiceLineRow, VatTotal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
VAT_RATES: tuple[Decimal | None, ...] = (Decimal("20"), Decimal("10"), Decimal("0"), None)


def line_amount(line: InvoiceLineData) -> Decimal:
    gross = line.quantity * line.price * (HUNDRED - line.discount_pct) / HUNDRED
    return gross.quantize(CENT, ROUND_HALF_UP)


def vat_in(amount: Decimal, rate: Decimal | None) -> Decimal:
    """The VAT included in `amount` at `rate` (None: no VAT)."""
    if not rate:
        return Decimal("0.00")
    return (amount * rate / (HUNDRED + rate)).quantize(CENT, ROUND_HALF_UP)


def line_row(line: InvoiceLineData) -> InvoiceLineRow:
    amount = line_amount(line)
    return InvoiceLineRow(line, amount, vat_in(amount, line.vat_rate))


def vat_totals(rows: Iterable[InvoiceLineRow]) -> tuple[VatTotal, ...]:
    """One entry per rate present, highest rate first, "no VAT" last."""
    sums: dict[Decimal | None, tuple[Decimal, Decimal]] = {}
    for row in rows:
        rate = None if row.data.vat_rate is None else Decimal(row.data.vat_rate).normalize()
        vat, base = sums.get(rate, (Decimal("0.00"), Decimal("0.00")))
        sums[rate] = (vat + row.vat_amount, base + row.amount)
    ordered = sorted(sums, key=lambda r: (r is None, -(r or 0)))
    return tuple(VatTotal(rate, *sums[rate]) for rate in ordered)


def total(rows: Iterable[InvoiceLineRow]) -> Decimal:
    return sum((r.amount for r in rows), Decimal("0.00"))
