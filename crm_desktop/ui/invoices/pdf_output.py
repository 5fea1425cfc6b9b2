"""Save an invoice as PDF or print it from a print preview (ui/common/pdf_output.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from crm_desktop.services.invoice_dto import InvoiceRow
from crm_desktop.ui.common.pdf_output import DocumentPdfOutput
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.invoices.access import invoice_service


def file_name(row: InvoiceRow) -> str:
    """Schet-17-2026.pdf: Latin, so any file system and mail client take it."""
    return f"Schet-{row.number}-{row.year}.pdf"


class PdfOutput(DocumentPdfOutput):
    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(ctx, parent,
                         QCoreApplication.translate("PdfOutput", "Save invoice as PDF"))

    def save(self, row: InvoiceRow | None) -> None:
        if row is not None:
            invoices, invoice_id = invoice_service(self._ctx), row.id
            self.save_pdf(file_name(row), lambda: invoices.pdf(invoice_id))

    def print(self, row: InvoiceRow | None) -> None:
        if row is None:
            return
        invoices, invoice_id = invoice_service(self._ctx), row.id
        title = QCoreApplication.translate("PdfOutput", "Invoice No. %1 of %2").replace(
            "%1", str(row.number)).replace("%2", str(row.year))
        self.print_pdf(title, lambda: invoices.pdf(invoice_id))
