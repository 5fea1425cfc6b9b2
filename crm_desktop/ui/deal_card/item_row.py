"""One line of the deal's products: product, quantity, unit, price, discount, VAT, total."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from crm_desktop.services.deal_dto import DealItemData
from crm_desktop.services.deal_items import line_amount
from crm_desktop.services.products import ProductRow
from crm_desktop.ui.client_card.formatting import NO_VALUE, money
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.amounts import (
    VAT_CHOICES,
    edit_text,
    parse_decimal,
    select_vat,
    vat_text,
)
from crm_desktop.ui.deal_card.product_picker import ProductEdit
from crm_desktop.ui.forms import set_invalid

# column widths shared with the header row of the editor
WIDTHS = {"quantity": 80, "unit": 60, "price": 110, "discount_pct": 70, "vat_rate": 100,
          "total": 120, "remove": 28}


def _number(text: str) -> Decimal | None:
    try:
        return parse_decimal(text)
    except ValueError:
        return None


class ItemRow(QWidget):
    sig_changed = Signal()
    """Something in the line was edited (totals need recomputing)."""
    sig_remove_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealItemRow")
        self.name_edit = ProductEdit(ctx)
        self.name_edit.setObjectName("itemName")
        self.quantity_edit = self._edit("itemQuantity", "1")
        self.unit_edit = self._edit("itemUnit", self.tr("pcs"))
        self.price_edit = self._edit("itemPrice", "")
        self.price_edit.setPlaceholderText("0,00")
        self.discount_edit = self._edit("itemDiscount", "0")
        self.vat_combo = QComboBox()
        self.vat_combo.setObjectName("itemVat")
        for rate in VAT_CHOICES:
            self.vat_combo.addItem(vat_text(rate), rate)
        self.total_label = QLabel(NO_VALUE)
        self.total_label.setObjectName("itemTotal")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("removeItemButton")
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove the line"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.name_edit, 1)
        for key, widget in (("quantity", self.quantity_edit), ("unit", self.unit_edit),
                            ("price", self.price_edit), ("discount_pct", self.discount_edit),
                            ("vat_rate", self.vat_combo), ("total", self.total_label),
                            ("remove", self.remove_button)):
            widget.setFixedWidth(WIDTHS[key])
            layout.addWidget(widget)
        self.name_edit.textEdited.connect(lambda _t: self._edited(self.name_edit))
        self.name_edit.sig_product_chosen.connect(self._on_product_chosen)
        self.vat_combo.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())
        self.remove_button.clicked.connect(lambda: self.sig_remove_requested.emit(self))

    def _edit(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.textEdited.connect(lambda _t, e=edit: self._edited(e))
        return edit

    def _edited(self, edit: QWidget) -> None:
        set_invalid(edit, False)
        self.sig_changed.emit()

    def _on_product_chosen(self, row: object) -> None:
        assert isinstance(row, ProductRow)
        self.unit_edit.setText(row.data.unit)
        self.price_edit.setText(edit_text(row.data.price))
        select_vat(self.vat_combo, row.data.vat_rate)
        self.sig_changed.emit()

    def set_data(self, data: DealItemData) -> None:
        self.name_edit.setText(data.name)
        self.name_edit.product_id = data.product_id
        self.quantity_edit.setText(f"{data.quantity.normalize():f}".replace(".", ","))
        self.unit_edit.setText(data.unit)
        self.price_edit.setText(edit_text(data.price))
        self.discount_edit.setText(f"{data.discount_pct.normalize():f}".replace(".", ","))
        select_vat(self.vat_combo, data.vat_rate)

    def is_blank(self) -> bool:
        return not self.name_edit.text().strip() and not self.price_edit.text().strip()

    def editor(self, field: str) -> QWidget:
        """The editor of a line field named as in DealItemData (`quantity`, `price`...)."""
        return {"quantity": self.quantity_edit, "unit": self.unit_edit,
                "price": self.price_edit, "discount_pct": self.discount_edit,
                }.get(field, self.name_edit)

    def data(self) -> DealItemData:
        """What the line says; raises KeyError(field) when a number cannot be read."""
        numbers: dict[str, Decimal] = {}
        for field, edit, empty in (("quantity", self.quantity_edit, None),
                                   ("price", self.price_edit, Decimal(0)),
                                   ("discount_pct", self.discount_edit, Decimal(0))):
            text = edit.text().strip()
            value = _number(text) if text else empty
            if value is None:
                raise KeyError(field)
            numbers[field] = value
        vat = self.vat_combo.currentData()
        return DealItemData(
            self.name_edit.text().strip(), numbers["quantity"], numbers["price"],
            self.unit_edit.text().strip(), numbers["discount_pct"],
            Decimal(vat) if vat is not None else None, self.name_edit.product_id)

    def refresh_total(self) -> DealItemData | None:
        try:
            data = self.data()
        except KeyError:
            self.total_label.setText(NO_VALUE)
            return None
        self.total_label.setText(money(line_amount(data)))
        return data

    def mark_invalid(self, field: str) -> None:
        editor = self.editor(field)
        set_invalid(editor, True)
        editor.setFocus()
