"""Invoice rows and cards built from the ORM objects (inside the session that loaded them)."""

from __future__ import annotations

from crm_desktop.models import Invoice
from crm_desktop.services.invoice_dto import (
    InvoiceCard,
    InvoiceLineData,
    InvoiceLineRow,
    InvoiceRow,
    Party,
)
from crm_desktop.services.invoice_totals import vat_totals


def row_of(invoice: Invoice) -> InvoiceRow:
    return InvoiceRow(
        id=invoice.id,
        year=invoice.year,
        number=invoice.number,
        issued_on=invoice.issued_on,
        status=invoice.status,
        paid_on=invoice.paid_on,
        client_id=invoice.client_id,
        deal_id=invoice.deal_id,
        buyer_name=str((invoice.buyer or {}).get("name") or ""),
        total=invoice.total,
        version=invoice.version,
    )


def card_of(invoice: Invoice) -> InvoiceCard:
    lines = tuple(
        InvoiceLineRow(
            InvoiceLineData(line.name, line.quantity, line.price, line.unit, line.vat_rate,
                            line.discount_pct),
            line.amount,
            line.vat_amount,
        )
        for line in invoice.lines
    )
    return InvoiceCard(
        row=row_of(invoice),
        supplier=Party.from_json(invoice.supplier),
        buyer=Party.from_json(invoice.buyer),
        lines=lines,
        vat_totals=vat_totals(lines),
        vat_total=invoice.vat_total,
    )
