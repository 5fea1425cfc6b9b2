"""Mark an issued invoice paid on a date picked from a calendar (today by default)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.invoice_dto import InvoiceCard, InvoiceRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.formatting import money, qdate
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors
from crm_desktop.ui.invoices.access import invoice_service
from crm_desktop.ui.invoices.labels import number_text


class PaidDialog(QDialog):
    sig_saved = Signal(object)
    """The invoice was marked paid (the argument is the InvoiceCard)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, row: InvoiceRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicePaidDialog")
        self.setWindowTitle(self.tr("Payment received"))
        self._ctx, self._row = ctx, row
        self.form_error = QLabel()
        self.errors = FieldErrors(self.form_error)
        self.form_error.setProperty("error", "form")
        self.form_error.setVisible(False)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        if row.issued_on is not None:
            self.date_edit.setMinimumDate(qdate(row.issued_on))
        summary = QLabel(f"{number_text(row)} · {money(row.total)}")
        summary.setObjectName("dialogSubtitle")
        form = QFormLayout()
        form.addRow(self.tr("Paid on"), self.errors.add("paid_on", self.date_edit))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(360)

    def paid_on(self) -> date:
        picked = self.date_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def save(self) -> None:
        invoices, row, paid_on = invoice_service(self._ctx), self._row, self.paid_on()
        self.buttons.setEnabled(False)
        run(self._ctx.writes, self, lambda: invoices.mark_paid(row.id, paid_on, row.version),
            self._on_saved, self._on_failed)

    def _on_saved(self, card: InvoiceCard) -> None:
        self.sig_saved.emit(card)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.sig_save_failed.emit(self.errors.show_exception(exc))
