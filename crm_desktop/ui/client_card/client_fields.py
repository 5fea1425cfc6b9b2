"""The editors of a client (main data, requisites, bank, addresses, business) in sections."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import cast

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import validation
from crm_desktop.services.client_dto import ClientData
from crm_desktop.services.enums import ClientKind, ClientStatus, ContactMethodKind
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.reference import Option
from crm_desktop.ui import errors, labels
from crm_desktop.ui.client_card.combos import OptionCombo
from crm_desktop.ui.client_card.formatting import date_text
from crm_desktop.ui.client_card.methods_editor import MethodsEditor
from crm_desktop.ui.forms import FieldErrors

BAD_DATE = QT_TRANSLATE_NOOP("Errors", "Enter a date as dd.mm.yyyy.")
COMPANY_ONLY = ("name", "legal_form", "full_legal_name", "kpp", "industry", "annual_turnover",
                "employee_count")
PERSON_ONLY = ("last_name", "first_name", "middle_name", "birthday")
TEXT_FIELDS = ("name", "last_name", "first_name", "middle_name", "legal_form",
               "full_legal_name", "inn", "kpp", "ogrn", "bik", "bank_name", "bank_account",
               "corr_account", "legal_address", "actual_address", "city", "industry", "website")


def parse_date(text: str, field: str) -> QDate | None:
    text = text.strip()
    if not text:
        return None
    parsed = QDate.fromString(text, "dd.MM.yyyy")
    if not parsed.isValid():
        raise ValidationError(field, BAD_DATE)
    return parsed


class ClientFields(QWidget):
    """Reads and writes ClientData; errors show under the field named like the attribute."""

    sig_kind_changed = Signal()

    def __init__(self, form_error: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors(form_error)
        self.captions: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.company_radio = QRadioButton(labels.kind_text(ClientKind.COMPANY))
        self.company_radio.setObjectName("companyRadio")
        self.person_radio = QRadioButton(labels.kind_text(ClientKind.PERSON))
        self.person_radio.setObjectName("personRadio")
        self._kind_group = QButtonGroup(self)
        self._kind_group.addButton(self.company_radio)
        self._kind_group.addButton(self.person_radio)
        self.company_radio.setChecked(True)
        self.birthday_edit = QLineEdit()
        self.birthday_edit.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.status_combo = QComboBox()
        for status in ClientStatus:
            self.status_combo.addItem(labels.status_text(status), status)
        self.manager_combo = OptionCombo(allow_none=False)
        self.channel_combo = OptionCombo()
        self.turnover_edit = QLineEdit()
        self.turnover_edit.setPlaceholderText(self.tr("e.g. 12 500 000"))
        self.employees_edit = QLineEdit()
        self.employees_edit.setValidator(QIntValidator(0, 10_000_000, self))
        self.methods = MethodsEditor()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.note_edit.setFixedHeight(70)
        self.edits["inn"].setPlaceholderText(self.tr("10 or 12 digits"))
        self.edits["website"].setPlaceholderText("https://")
        self._forms: dict[str, QFormLayout] = {}
        self._boxes: dict[str, QWidget] = {}
        self._build()
        self.errors.aliases["name"] = "name"
        self.company_radio.toggled.connect(self._on_kind_toggled)
        self._on_kind_toggled()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.company_radio)
        kind_row.addWidget(self.person_radio)
        kind_row.addStretch(1)
        e = self.edits
        main = self._section(self.tr("Main"), [
            ("name", self.tr("Name *"), e["name"]),
            ("last_name", self.tr("Last name *"), e["last_name"]),
            ("first_name", self.tr("First name"), e["first_name"]),
            ("middle_name", self.tr("Middle name"), e["middle_name"]),
            ("birthday", self.tr("Birthday"), self.birthday_edit),
            ("status", self.tr("Status"), self.status_combo),
            ("manager_id", self.tr("Responsible"), self.manager_combo),
            ("channel_id", self.tr("Channel"), self.channel_combo),
        ], top=kind_row)
        contacts = self._section(self.tr("Phones, e-mails, messengers"), [],
                                 extra=self.methods)
        requisites = self._section(self.tr("Requisites"), [
            ("legal_form", self.tr("Legal form"), e["legal_form"]),
            ("full_legal_name", self.tr("Full legal name"), e["full_legal_name"]),
            ("inn", self.tr("INN"), e["inn"]),
            ("kpp", self.tr("KPP"), e["kpp"]),
            ("ogrn", self.tr("OGRN"), e["ogrn"]),
        ])
        bank = self._section(self.tr("Bank"), [
            ("bik", self.tr("BIK"), e["bik"]),
            ("bank_name", self.tr("Bank name"), e["bank_name"]),
            ("bank_account", self.tr("Account"), e["bank_account"]),
            ("corr_account", self.tr("Corr. account"), e["corr_account"]),
        ])
        addresses = self._section(self.tr("Addresses"), [
            ("legal_address", self.tr("Legal address"), e["legal_address"]),
            ("actual_address", self.tr("Actual address"), e["actual_address"]),
            ("city", self.tr("City"), e["city"]),
        ])
        business = self._section(self.tr("Business"), [
            ("industry", self.tr("Industry"), e["industry"]),
            ("annual_turnover", self.tr("Annual turnover, ₽"), self.turnover_edit),
            ("employee_count", self.tr("Employees"), self.employees_edit),
            ("website", self.tr("Website"), e["website"]),
            ("note", self.tr("Note"), self.note_edit),
        ])
        self.captions["methods"] = self.tr("Phones, e-mails, messengers")
        self.captions["kind"] = self.tr("Kind")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        for index, section in enumerate((main, requisites, contacts, bank, addresses, business)):
            grid.addWidget(section, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._align_captions()

    def _align_captions(self) -> None:
        """One caption width per grid column, so the fields of the cards stacked in a column
        start at the same x (Requisites, Bank and Business; Main and Addresses)."""
        columns: dict[int, list[QWidget]] = {0: [], 1: []}
        first_in_column = {"name": 0, "legal_form": 1, "bik": 1, "legal_address": 0,
                           "industry": 1}
        column = 0
        for name, box in self._boxes.items():
            column = first_in_column.get(name, column)
            label = self._forms[name].labelForField(box)
            if label is not None:
                columns[column].append(label)
        for captions in columns.values():
            width = max((caption.sizeHint().width() for caption in captions), default=0)
            for caption in captions:
                caption.setMinimumWidth(width)

    def _section(self, title: str, rows: list[tuple[str, str, QWidget]],
                 top: QHBoxLayout | None = None, extra: QWidget | None = None) -> QFrame:
        frame = QFrame()
        frame.setObjectName("cardSection")
        column = QVBoxLayout(frame)
        column.setContentsMargins(16, 12, 16, 14)
        column.setSpacing(8)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        column.addWidget(heading)
        if top is not None:
            column.addLayout(top)
        if rows:
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setVerticalSpacing(6)
            for name, caption, editor in rows:
                self.captions[name] = caption.rstrip(" *")
                self._boxes[name] = self.errors.add(name, editor)
                form.addRow(caption, self._boxes[name])
                self._forms[name] = form
            column.addLayout(form)
        if extra is not None:
            column.addWidget(extra)
        column.addStretch(1)
        return frame

    def _set_row_visible(self, name: str, visible: bool) -> None:
        self._forms[name].setRowVisible(self._boxes[name], visible)

    def _on_kind_toggled(self, _checked: bool = False) -> None:
        person = self.kind() is ClientKind.PERSON
        for name in COMPANY_ONLY:
            self._set_row_visible(name, not person)
        for name in PERSON_ONLY:
            self._set_row_visible(name, person)
        self.errors.aliases["name"] = "last_name" if person else "name"
        self.sig_kind_changed.emit()

    # -- values ----------------------------------------------------------------------------
    def kind(self) -> ClientKind:
        return ClientKind.PERSON if self.person_radio.isChecked() else ClientKind.COMPANY

    def set_options(self, users: list[Option], channels: list[Option]) -> None:
        self.manager_combo.set_options(users)
        self.channel_combo.set_options(channels)

    def fill(self, data: ClientData, manager_name: str | None = None,
             channel_name: str | None = None) -> None:
        """Show `data` (replacing whatever is typed)."""
        self.errors.clear()
        self.methods.clear_errors()
        (self.person_radio if data.kind is ClientKind.PERSON else self.company_radio).setChecked(
            True)
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name) or "")
            edit.setCursorPosition(0)  # long values show their beginning
        self.birthday_edit.setText(date_text(data.birthday) if data.birthday else "")
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(data.status), 0))
        self.manager_combo.set_value(data.manager_id, manager_name)
        self.channel_combo.set_value(data.channel_id, channel_name)
        self.turnover_edit.setText("" if data.annual_turnover is None else QLocale().toString(
            float(data.annual_turnover), "f", 2))
        self.employees_edit.setText("" if data.employee_count is None else str(data.employee_count))
        self.note_edit.setPlainText(data.note or "")
        self.methods.set_methods(data.methods,
                                 blank=(ContactMethodKind.PHONE, ContactMethodKind.EMAIL))

    def data(self) -> ClientData:
        """What is typed, as ClientData; ValidationError for what the UI itself parses."""
        person = self.kind() is ClientKind.PERSON
        text = {name: (edit.text() or None) for name, edit in self.edits.items()}
        for name in PERSON_ONLY[:3] if not person else COMPANY_ONLY:
            if name in text:
                text[name] = None
        if person:
            text["name"] = ""
        birthday = parse_date(self.birthday_edit.text(), "birthday") if person else None
        turnover: Decimal | None = None
        if not person and self.turnover_edit.text().strip():
            turnover = validation.money(self.turnover_edit.text(), field="annual_turnover")
        employees = self.employees_edit.text().strip()
        return ClientData(
            kind=self.kind(),
            name=text.pop("name") or "",
            status=ClientStatus(self.status_combo.currentData()),
            manager_id=self.manager_combo.value(),
            channel_id=self.channel_combo.value(),
            birthday=cast(date, birthday.toPython()) if birthday is not None else None,
            annual_turnover=turnover,
            employee_count=int(employees) if employees and not person else None,
            note=self.note_edit.toPlainText() or None,
            methods=self.methods.methods(),
            **text,
        )

    def show_exception(self, exc: Exception) -> str:
        if isinstance(exc, ValidationError) and self.methods.show_error(exc):
            return errors.error_text(exc)
        return self.errors.show_exception(exc)

    def clear_errors(self) -> None:
        self.errors.clear()
        self.methods.clear_errors()
