"""Add or edit a catalogue product, with inline errors; the dialog stays filled on failure."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ValidationError
from crm_desktop.services.products import BAD_VAT, ProductData, ProductRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.amounts import VAT_CHOICES, parse_decimal, select_vat, vat_text
from crm_desktop.ui.forms import FieldErrors


class ProductDialog(QDialog):
    sig_saved = Signal(object)
    """The product was saved (the argument is the ProductRow)."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, row: ProductRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.setWindowTitle(self.tr("Product") if row else self.tr("New product"))
        self._ctx, self._row = ctx, row
        self.form_error = QLabel()
        self.form_error.setProperty("error", "form")
        self.errors = FieldErrors(self.form_error)
        self.sku_edit, self.name_edit = QLineEdit(), QLineEdit()
        self.unit_edit, self.price_edit = QLineEdit(self.tr("pcs")), QLineEdit()
        self.price_edit.setPlaceholderText("0,00")
        self.vat_combo = QComboBox()
        self.vat_combo.setEditable(True)
        for rate in VAT_CHOICES:
            self.vat_combo.addItem(vat_text(rate), rate)
        self.stock_edit = QLineEdit("0")
        self.active_check = QCheckBox(self.tr("Offered in deals"))
        self.active_check.setChecked(True)
        form = QFormLayout()
        for name, caption, editor in (
                ("sku", self.tr("SKU"), self.sku_edit), ("name", self.tr("Name"), self.name_edit),
                ("unit", self.tr("Unit"), self.unit_edit),
                ("price", self.tr("Price, ₽"), self.price_edit),
                ("vat_rate", self.tr("VAT"), self.vat_combo),
                ("stock_qty", self.tr("In stock"), self.stock_edit)):
            form.addRow(caption, self.errors.add(name, editor))
        form.addRow("", self.active_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.form_error.setVisible(False)
        self.setMinimumWidth(440)
        if row is not None:
            self._fill(row.data)

    def _fill(self, data: ProductData) -> None:
        self.sku_edit.setText(data.sku)
        self.name_edit.setText(data.name)
        self.unit_edit.setText(data.unit)
        self.price_edit.setText(f"{data.price:f}".replace(".", ","))
        select_vat(self.vat_combo, data.vat_rate)
        self.stock_edit.setText(f"{data.stock_qty.normalize():f}".replace(".", ","))
        self.active_check.setChecked(data.is_active)

    def _vat(self) -> Decimal | None:
        text = self.vat_combo.currentText().strip()
        index = self.vat_combo.findText(text)
        if index >= 0:
            rate = self.vat_combo.itemData(index)
            return Decimal(rate) if rate is not None else None
        try:
            return parse_decimal(text)
        except ValueError as exc:
            raise ValidationError("vat_rate", BAD_VAT) from exc

    def data(self) -> ProductData:
        price_text = self.price_edit.text()
        try:
            price: Decimal | str = parse_decimal(price_text)
        except ValueError:
            price = price_text  # the service names the problem next to the field
        return ProductData(self.sku_edit.text(), self.name_edit.text(), price,  # type: ignore[arg-type]
                           self.unit_edit.text(), self._vat(),
                           self.stock_edit.text(),  # type: ignore[arg-type]
                           self.active_check.isChecked())

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.data()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        products, row = self._ctx.services.products, self._row
        work = ((lambda: products.create(data)) if row is None
                else (lambda: products.update(row.id, data, row.version)))
        run(self._ctx.writes, self, work, self._on_saved, self._on_failed)

    def _on_saved(self, row: object) -> None:
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.sig_save_failed.emit(self.errors.show_exception(exc))
