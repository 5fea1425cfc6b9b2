"""The product cell of a line: free text, or a product picked from the catalogue as you type."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services.products import ProductRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext


class ProductEdit(QLineEdit):
    """Typing searches ProductService.search (newest request wins); picking fills the line."""

    sig_product_chosen = Signal(object)
    """A catalogue product was picked (the argument is its ProductRow)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.product_id: int | None = None
        self._found: dict[str, ProductRow] = {}
        self.setPlaceholderText(self.tr("Product or service"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._on_edited)

    def _on_edited(self, _text: str) -> None:
        self.product_id = None  # typed over a picked product: free text again
        self._timer.start()

    def _search(self) -> None:
        text, products = self.text(), self._ctx.services.products
        run(self._ctx.reads, self, lambda: products.search(text, limit=15), self._on_found,
            lambda _exc: None, key=f"products:{id(self)}")

    def _on_found(self, rows: object) -> None:
        found: list[ProductRow] = list(rows)  # type: ignore[call-overload]
        self._found = {f"{r.data.name} · {r.data.sku}": r for r in found}
        self._model.setStringList(list(self._found))
        if found and self.hasFocus():
            self._completer.complete()

    def _on_activated(self, text: str) -> None:
        row = self._found.get(text)
        if row is not None:
            self.choose(row)

    def choose(self, row: ProductRow) -> None:
        """Take a catalogue product: its name here, unit, price and VAT via the signal."""
        self.setText(row.data.name)
        self.product_id = row.id
        self.sig_product_chosen.emit(row)
