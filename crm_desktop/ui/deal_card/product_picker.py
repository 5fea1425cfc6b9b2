"""The product cell of a line: free text, or a product picked from the catalogue as you type."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.products import ProductRow
from crm_desktop.ui.common.search_picker import Lookup, SearchPicker
from crm_desktop.ui.context import UiContext


class ProductEdit(SearchPicker):
    """Typing searches ProductService.search; picking fills the line."""

    sig_product_chosen = Signal(object)
    """A catalogue product was picked (the argument is its ProductRow)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Product or service"), parent=parent)
        self.product_id: int | None = None

    def lookup(self, text: str) -> Lookup:
        products = self._ctx.services.products
        return lambda: [(f"{r.data.name} · {r.data.sku}", r)
                        for r in products.search(text, limit=15)]

    def picked(self, entry: object) -> None:
        assert isinstance(entry, ProductRow)
        self.choose(entry)

    def forget_pick(self) -> None:
        self.product_id = None  # typed over a picked product: free text again

    def choose(self, row: ProductRow) -> None:
        """Take a catalogue product: its name here, unit, price and VAT via the signal."""
        self.setText(row.data.name)
        self.product_id = row.id
        self.sig_product_chosen.emit(row)
