"""Add or edit a contact person: names, position, birthday, phones/e-mails/messengers."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.client_dto import ContactData, ContactRow, MethodData
from crm_desktop.services.clients import validate_methods
from crm_desktop.services.enums import ContactMethodKind
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui import errors
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.client_card.client_fields import parse_date
from crm_desktop.ui.client_card.formatting import date_text
from crm_desktop.ui.client_card.methods_editor import MethodsEditor
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.save_key import SaveKey


class ContactDialog(QDialog):
    """Window-modal but opened with open(): the event loop keeps running."""

    sig_saved = Signal(object)
    """The contact was saved; the argument is the ContactRow."""
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, client_id: int, contact: ContactRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self._ctx, self._client_id, self._contact = ctx, client_id, contact
        self._save_key = SaveKey()
        self.setWindowTitle(self.tr("Contact person") if contact is None
                            else contact.full_name)
        self.form_error = error_label("contactFormError", "form")
        self.errors = FieldErrors(self.form_error)
        self.last_name_edit, self.first_name_edit = QLineEdit(), QLineEdit()
        self.middle_name_edit, self.position_edit = QLineEdit(), QLineEdit()
        self.birthday_edit = QLineEdit()
        self.birthday_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.primary_check = QCheckBox(self.tr("Main contact person"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.note_edit.setFixedHeight(60)
        self.methods = MethodsEditor()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for name, caption, editor in (
                ("last_name", self.tr("Last name"), self.last_name_edit),
                ("first_name", self.tr("First name *"), self.first_name_edit),
                ("middle_name", self.tr("Middle name"), self.middle_name_edit),
                ("position", self.tr("Position"), self.position_edit),
                ("birthday", self.tr("Birthday"), self.birthday_edit),
                ("note", self.tr("Note"), self.note_edit)):
            form.addRow(caption, self.errors.add(name, editor))
        form.addRow("", self.primary_check)
        form.addRow(self.tr("Phones, e-mails"), self.methods)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_error)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._fill(contact)

    def _fill(self, contact: ContactRow | None) -> None:
        if contact is None:
            self.methods.set_methods((), blank=(ContactMethodKind.PHONE,
                                                ContactMethodKind.EMAIL))
            return
        self.last_name_edit.setText(contact.last_name or "")
        self.first_name_edit.setText(contact.first_name)
        self.middle_name_edit.setText(contact.middle_name or "")
        self.position_edit.setText(contact.position or "")
        self.birthday_edit.setText(date_text(contact.birthday) if contact.birthday else "")
        self.primary_check.setChecked(contact.is_primary)
        self.note_edit.setPlainText(contact.note or "")
        self.methods.set_methods(tuple(MethodData(m.kind, m.value, m.messenger)
                                       for m in contact.methods))

    def data(self) -> ContactData:
        birthday = parse_date(self.birthday_edit.text(), "birthday")
        data = ContactData(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text() or None,
            middle_name=self.middle_name_edit.text() or None,
            position=self.position_edit.text() or None,
            birthday=cast(date, birthday.toPython()) if birthday is not None else None,
            is_primary=self.primary_check.isChecked(),
            note=self.note_edit.toPlainText() or None,
            methods=self.methods.methods(),
        )
        validate_methods(data.methods)
        return data

    def save(self) -> None:
        self.errors.clear()
        self.methods.clear_errors()
        try:
            data = self.data()
        except ValidationError as exc:
            self._on_failed(exc)
            return
        clients, contact = self._ctx.services.clients, self._contact
        key = self._save_key.take(data)  # a retry of this edit sends the same key
        self.save_button.setEnabled(False)
        if contact is None:
            client_id = self._client_id
            work = lambda: clients.add_contact(client_id, data, key)  # noqa: E731
        else:
            work = lambda: clients.update_contact(  # noqa: E731
                contact.id, data, contact.version, key)
        run(self._ctx.writes, self, work, lambda row: self._on_saved(row, data), self._on_failed)

    def _on_saved(self, row: object, data: ContactData) -> None:
        self.save_button.setEnabled(True)
        assert isinstance(row, ContactRow)
        if self._save_key.succeeded(data):  # maybe an earlier attempt: save what is typed now
            self._contact = row
            self.save()
            return
        self.sig_saved.emit(row)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        exc = self._save_key.failed(exc)
        if isinstance(exc, ValidationError) and self.methods.show_error(exc):
            self.sig_save_failed.emit(errors.error_text(exc))
            return
        self.sig_save_failed.emit(self.errors.show_exception(exc))
