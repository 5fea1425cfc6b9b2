"""Asks for every field the target stage requires and the deal lacks, in one dialog.

A stage may require the amount, the expected close date, the contact person (one of the
client's, or a new one by name when the client has none yet), the acquisition channel and a
note. OK only when every field is filled in; the caller saves them and retries the move.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.deal_dto import DealData
from crm_desktop.services.reference import Option
from crm_desktop.ui.client_card.formatting import qdate
from crm_desktop.ui.deal_card.amounts import parse_decimal
from crm_desktop.ui.forms import FieldErrors, dialog_header, error_label
from crm_desktop.ui.settings.names import field_text


@dataclass(frozen=True, slots=True)
class RequiredChoices:
    """What the pickers offer: the deal client's contact people and the channels."""

    contacts: list[Option] = field(default_factory=list)
    channels: list[Option] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FilledFields:
    """The answers: DealData field → value, and the name of a contact person to add first."""

    values: dict[str, object]
    new_contact: str | None = None


def _combo(options: list[Option], prompt: str, current: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(prompt, None)
    for option in options:
        combo.addItem(option.name, option.id)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    return combo


class RequiredFieldsDialog(QDialog):
    """One editor per missing field; `filled()` is valid after `accepted`."""

    def __init__(self, missing: tuple[str, ...], stage_name: str, choices: RequiredChoices,
                 prefill: DealData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requiredFieldDialog")
        self.setWindowTitle(self.tr("Required for this stage"))
        self.missing = missing
        self.error = error_label("requiredFieldError", "form")
        self.errors = FieldErrors(self.error)
        start = prefill or DealData()
        form = QFormLayout()
        form.setSpacing(10)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("150 000,00")
        if start.amount:
            self.amount_edit.setText(f"{start.amount:f}".replace(".", ","))
        self.date_edit = QDateEdit(qdate(start.expected_close_on) if start.expected_close_on
                                   else QDate.currentDate().addDays(14))
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.contact_combo = _combo(choices.contacts, self.tr("Choose a contact person…"),
                                    start.contact_id)
        self.new_contact_edit = QLineEdit()
        self.new_contact_edit.setPlaceholderText(self.tr("Name of the contact person"))
        self.channel_combo = _combo(choices.channels, self.tr("Choose a channel…"),
                                    start.channel_id)
        self.note_edit = QPlainTextEdit(start.note or "")
        self.note_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.note_edit.setFixedHeight(80)
        self._contact_is_new = not choices.contacts
        editors: dict[str, QWidget] = {
            "amount": self.amount_edit, "expected_close_on": self.date_edit,
            "contact_id": self.new_contact_edit if self._contact_is_new else self.contact_combo,
            "channel_id": self.channel_combo, "note": self.note_edit}
        for name in missing:
            caption = field_text(name)
            if name == "contact_id" and self._contact_is_new:
                caption = self.tr("New contact person")
            form.addRow(QLabel(caption), self.errors.add(name, editors[name]))
        if "contact_id" in missing and self._contact_is_new:
            hint = QLabel(self.tr("The client has no contact people yet: this one is added "
                                  "to the client card."))
            hint.setObjectName("settingsHint")
            hint.setWordWrap(True)
            form.addRow("", hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save and move"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        names = ", ".join(field_text(name).lower() for name in missing)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(dialog_header(
            self.tr("One more thing"),
            self.tr('To enter "%1" the deal needs: %2.').replace("%1", stage_name)
            .replace("%2", names)))
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def filled(self) -> FilledFields:
        """The answers; raises KeyError(field) for the first one that is missing or bad."""
        values: dict[str, object] = {}
        new_contact = None
        for name in self.missing:
            value = self._value(name)
            if value is None:
                raise KeyError(name)
            if name == "contact_id" and self._contact_is_new:
                new_contact = str(value)
            else:
                values[name] = value
        return FilledFields(values, new_contact)

    def _value(self, name: str) -> object:
        if name == "amount":
            try:
                amount = parse_decimal(self.amount_edit.text().replace("₽", ""))
            except ValueError:
                return None
            return amount if amount > 0 else None
        if name == "expected_close_on":
            when: date = self.date_edit.date().toPython()  # type: ignore[assignment]
            return when
        if name == "contact_id" and self._contact_is_new:
            return self.new_contact_edit.text().strip() or None
        if name in ("contact_id", "channel_id"):
            combo = self.contact_combo if name == "contact_id" else self.channel_combo
            return combo.currentData()
        return self.note_edit.toPlainText().strip() or None

    def _on_ok(self) -> None:
        self.errors.clear()
        try:
            self.filled()
        except KeyError as exc:
            name = str(exc.args[0])
            self.errors.show_field(name, self.tr("Enter an amount greater than zero.")
                                   if name == "amount" else self.tr("Fill in this field."))
            self.adjustSize()  # make room for the error line under the field
            return
        self.accept()
