"""Edit a draft invoice's lines (the deal card's line editor: product picker, quantity, unit,
price, discount, VAT, totals); a failed save keeps everything typed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.deal_dto import DealItemData
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.invoice_dto import InvoiceCard, InvoiceLineData
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.items_editor import ItemsEditor
from crm_desktop.ui.errors import describe, show_inline
from crm_desktop.ui.forms import dialog_header, error_label
from crm_desktop.ui.invoices.access import invoice_service

_LINE_FIELD = re.compile(r"lines\[(\d+)\]\.(\w+)")


def to_item(line: InvoiceLineData) -> DealItemData:
    return DealItemData(line.name, line.quantity, line.price, line.unit, line.discount_pct,
                        line.vat_rate)


def to_line(item: DealItemData) -> InvoiceLineData:
    return InvoiceLineData(item.name, item.quantity, item.price, item.unit, item.vat_rate,
                           item.discount_pct)


class InvoiceDraftDialog(QDialog):
    sig_saved = Signal(object)
    """The draft was saved (the argument is the InvoiceCard)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, card: InvoiceCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoiceDraftDialog")
        self.setWindowTitle(self.tr("Draft invoice"))
        self._ctx, self.card = ctx, card
        header = dialog_header(
            self.tr("Draft invoice"),
            self.tr("Buyer: %1. The number and date are given when the invoice is issued; "
                    "prices include VAT.").replace("%1", card.buyer.name or "—"))
        self.error = error_label("invoiceDraftError", "form")
        self.editor = ItemsEditor(ctx)
        self.editor.set_items(tuple(to_item(r.data) for r in card.lines))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setObjectName("formScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lines, not their frame
        holder = QWidget()
        holder.setObjectName("formHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(self.editor)
        column.addStretch(1)  # the lines stay at the top, however few
        scroll.setWidget(holder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Lines are copied from the deal; changes here do not change "
                              "the deal."))
        hint.setObjectName("settingsHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(header)
        layout.addSpacing(8)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(980, 520)

    def lines(self) -> tuple[InvoiceLineData, ...] | None:
        items = self.editor.items()
        return None if items is None else tuple(to_line(i) for i in items)

    def save(self) -> None:
        lines = self.lines()
        if lines is None:
            return
        invoices, card = invoice_service(self._ctx), self.card
        self.buttons.setEnabled(False)
        show_inline(self.error, None)
        run(self._ctx.writes, self,
            lambda: invoices.update_draft(card.row.id, lines, card.row.version),
            self._on_saved, self._on_failed)

    def _on_saved(self, card: InvoiceCard) -> None:
        self.card = card
        self.sig_saved.emit(card)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        text = describe(exc)
        match = _LINE_FIELD.fullmatch(exc.field) if isinstance(exc, ValidationError) else None
        if match is not None:
            self.editor.show_error(f"items[{match.group(1)}].{match.group(2)}", text)
        else:
            show_inline(self.error, text)
        self.sig_save_failed.emit(text)
