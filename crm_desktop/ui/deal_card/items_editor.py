"""The deal's line items: rows of ItemRow, a totals line with the VAT included, inline errors."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.deal_dto import DealItemData, split_item_field
from crm_desktop.services.deal_items import line_amount
from crm_desktop.ui.client_card.formatting import money
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.amounts import vat_included
from crm_desktop.ui.deal_card.item_row import WIDTHS, ItemRow
from crm_desktop.ui.errors import show_inline
from crm_desktop.ui.forms import error_label
from crm_desktop.ui.tab_order import place_before

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ItemsEditor(QWidget):
    sig_changed = Signal()
    """A line was added, removed or edited."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemsEditor")
        self._ctx = ctx
        self.rows: list[ItemRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(6)
        self.add_button = QPushButton(self.tr("+ Add line"))
        self.add_button.setObjectName("addItemButton")
        self.add_button.setProperty("link", True)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.total_label = QLabel()
        self.total_label.setObjectName("itemsTotal")
        self.vat_label = QLabel()
        self.vat_label.setObjectName("itemsVat")
        self.error = error_label("itemsError")
        self.empty_label = QLabel(self.tr("No products yet: the deal amount is entered by hand."))
        self.empty_label.setObjectName("itemsEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self._header())
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.error)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        totals = QVBoxLayout()
        totals.setSpacing(0)
        totals.addWidget(self.total_label, 0, RIGHT)
        totals.addWidget(self.vat_label, 0, RIGHT)
        footer.addLayout(totals)
        layout.addLayout(footer)
        self.refresh()

    def _header(self) -> QWidget:
        header = QWidget()
        header.setObjectName("itemsHeader")
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self._caption(self.tr("Product")), 1)
        for key, text in (("quantity", self.tr("Qty")), ("unit", self.tr("Unit")),
                          ("price", self.tr("Price")), ("discount_pct", self.tr("Disc. %")),
                          ("vat_rate", self.tr("VAT")), ("total", self.tr("Total")),
                          ("remove", "")):
            label = self._caption(text)
            label.setFixedWidth(WIDTHS[key])
            if key == "total":  # over the right-aligned line totals
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.addWidget(label)
        return header

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("itemsCaption")
        return label

    def add_row(self, data: DealItemData | None = None) -> ItemRow:
        row = ItemRow(self._ctx)
        if data is not None:
            row.set_data(data)
        row.sig_changed.connect(self._on_row_changed)
        row.sig_remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_box.addWidget(row)
        place_before(self.add_button, row)
        self.refresh()
        if data is None:
            row.name_edit.setFocus()
            self.sig_changed.emit()
        return row

    def _remove(self, row: object) -> None:
        assert isinstance(row, ItemRow)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        show_inline(self.error, None)
        self.refresh()
        self.sig_changed.emit()

    def set_items(self, items: tuple[DealItemData, ...]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for item in items:
            self.add_row(item)
        show_inline(self.error, None)
        self.refresh()

    def _on_row_changed(self) -> None:
        show_inline(self.error, None)
        self.refresh()
        self.sig_changed.emit()

    def filled(self) -> list[ItemRow]:
        return [r for r in self.rows if not r.is_blank()]

    def has_items(self) -> bool:
        return bool(self.filled())

    def refresh(self) -> tuple[Decimal, Decimal]:
        """Recompute every line and the totals; returns (total, VAT included)."""
        total = vat = Decimal("0.00")
        for row in self.rows:
            data = row.refresh_total()
            if data is not None and not row.is_blank():
                total += line_amount(data)
                vat += vat_included(data)
        self.empty_label.setVisible(not self.rows)
        self.total_label.setText(self.tr("Total: %1").replace("%1", money(total)))
        self.vat_label.setText(self.tr("incl. VAT: %1").replace("%1", money(vat)))
        self.total_label.setVisible(bool(self.rows))
        self.vat_label.setVisible(bool(self.rows))
        return total, vat

    def items(self) -> tuple[DealItemData, ...] | None:
        """The lines to save, or None after showing which number could not be read."""
        result = []
        for row in self.filled():
            try:
                result.append(row.data())
            except KeyError as exc:
                row.mark_invalid(str(exc.args[0]))
                show_inline(self.error, self.tr("Enter a number, e.g. 2 or 1 500,50."))
                return None
        return tuple(result)

    def show_error(self, field: str, text: str) -> None:
        """A service error about a line (`items[2].quantity`): the text under the table, the
        offending editor of that line marked."""
        show_inline(self.error, text)
        where = split_item_field(field)
        filled = self.filled()
        if where is not None and where[0] < len(filled):
            filled[where[0]].mark_invalid(where[1])

    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()
