"""Asks for a field the target stage requires (amount or expected close date) before a move."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import errors
from crm_desktop.ui.forms import dialog_header, error_label

SUPPORTED_FIELDS = ("amount", "expected_close_on")


class RequiredFieldDialog(QDialog):
    """One editor for `field`; `value()` is a Decimal (amount) or a date (expected_close_on)."""

    def __init__(self, field: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert field in SUPPORTED_FIELDS
        self.setObjectName("requiredFieldDialog")
        self.setWindowTitle(self.tr("Required for this stage"))
        self.field = field
        self.error = error_label("requiredFieldError")
        form = QFormLayout()
        if field == "amount":
            self.amount_edit = QLineEdit()
            self.amount_edit.setObjectName("amountEdit")
            self.amount_edit.setPlaceholderText("150 000,00")
            self.amount_edit.textEdited.connect(lambda _t: errors.show_inline(self.error, None))
            form.addRow(QLabel(self.tr("Amount, ₽")), self.amount_edit)
        else:
            self.date_edit = QDateEdit(QDate.currentDate().addDays(14))
            self.date_edit.setObjectName("expectedCloseEdit")
            self.date_edit.setDisplayFormat("dd.MM.yyyy")
            self.date_edit.setCalendarPopup(True)
            form.addRow(QLabel(self.tr("Expected close date")), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save and move"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(dialog_header(self.tr("One more thing"), message))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def value(self) -> Decimal | date | None:
        if self.field == "amount":
            return parse_amount(self.amount_edit.text())
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def _on_ok(self) -> None:
        value = self.value()
        if value is None or (isinstance(value, Decimal) and value <= 0):
            errors.show_inline(self.error, self.tr("Enter an amount greater than zero."))
            return
        self.accept()


def parse_amount(text: str) -> Decimal | None:
    """'150 000,50' or '150000.50' → Decimal; None when it is not a number."""
    cleaned = "".join(text.split()).replace("₽", "")
    cleaned = cleaned.replace(QLocale().decimalPoint(), ".").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None
