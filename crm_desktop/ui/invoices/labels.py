"""How invoices are named and shown: status texts and colours, "№ 17 от 26.11.2026"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from crm_desktop.services.enums import InvoiceStatus
from crm_desktop.services.invoice_dto import InvoiceRow
from crm_desktop.ui.client_card.formatting import date_text

STATUS_COLOURS = {
    InvoiceStatus.DRAFT: QColor("#6b7280"),
    InvoiceStatus.ISSUED: QColor("#2f5bea"),
    InvoiceStatus.PAID: QColor("#15803d"),
    InvoiceStatus.CANCELLED: QColor("#9aa1ad"),
}


def status_text(status: InvoiceStatus) -> str:
    return {
        InvoiceStatus.DRAFT: QCoreApplication.translate("Invoices", "Draft"),
        InvoiceStatus.ISSUED: QCoreApplication.translate("Invoices", "Issued"),
        InvoiceStatus.PAID: QCoreApplication.translate("Invoices", "Paid"),
        InvoiceStatus.CANCELLED: QCoreApplication.translate("Invoices", "Cancelled"),
    }[status]


def number_text(row: InvoiceRow) -> str:
    if row.number is None:
        return QCoreApplication.translate("Invoices", "Draft")
    return QCoreApplication.translate("Invoices", "No. %1 of %2").replace(
        "%1", str(row.number)).replace("%2", date_text(row.issued_on))
