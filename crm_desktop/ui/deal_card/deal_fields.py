"""The deal's own fields with inline errors: title, client, contact, pipeline, money, dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.deal_dto import DealData, DealItemData
from crm_desktop.services.reference import Option, PipelineOption
from crm_desktop.ui.client_card.combos import OptionCombo
from crm_desktop.ui.client_card.formatting import money, qdate
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.amounts import parse_decimal
from crm_desktop.ui.deal_card.client_picker import ClientPicker
from crm_desktop.ui.forms import FieldErrors
from crm_desktop.ui.tab_order import OptionalDateEdit

NO_DATE = QDate(2000, 1, 1)
CURRENCIES = ("RUB", "USD", "EUR", "CNY")


class DealFields(QWidget):
    sig_client_chosen = Signal(int)
    sig_edited = Signal()

    def __init__(self, ctx: UiContext, form_label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealFields")
        self.errors = FieldErrors(form_label)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Supply of 20 workstations"))
        self.client_picker = ClientPicker(ctx)
        self.contact_combo = OptionCombo()
        self.pipeline_combo = OptionCombo(allow_none=False)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText("0,00")
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.close_edit = OptionalDateEdit()
        self.close_edit.setDisplayFormat("dd.MM.yyyy")
        self.close_edit.setCalendarPopup(True)
        self.close_edit.setMinimumDate(NO_DATE)
        self.close_edit.setSpecialValueText("—")
        self.close_edit.setDate(NO_DATE)
        self.clear_date = QToolButton()
        self.clear_date.setObjectName("clearDateButton")
        self.clear_date.setText("✕")
        self.clear_date.setToolTip(self.tr("No expected date"))
        self.clear_date.clicked.connect(lambda: self.close_edit.setDate(NO_DATE))
        self.manager_combo = OptionCombo(allow_none=False)
        self.channel_combo = OptionCombo()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)  # Tab moves on to the next field
        self.note_edit.setFixedHeight(56)
        self.amount_hint = QLabel(self.tr("computed from the products below"))
        self.amount_hint.setObjectName("amountHint")
        self.amount_hint.setVisible(False)
        self._pipelines: list[PipelineOption] = []
        self._build()
        self.client_picker.sig_client_chosen.connect(self.sig_client_chosen.emit)
        for edit in (self.title_edit, self.amount_edit):
            edit.textEdited.connect(lambda _t: self.sig_edited.emit())
        self.note_edit.textChanged.connect(self.sig_edited.emit)
        for combo in (self.contact_combo, self.manager_combo, self.channel_combo,
                      self.currency_combo):
            combo.currentIndexChanged.connect(lambda _i: self.sig_edited.emit())
        self.close_edit.dateChanged.connect(lambda _d: self.sig_edited.emit())

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        date_box = QWidget()
        date_row = QHBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.close_edit, 1)
        # aligned, the small ✕ no longer caps the row (and the date picker) at its own height
        date_row.addWidget(self.clear_date, 0, Qt.AlignmentFlag.AlignVCenter)
        amount_box = QWidget()
        amount_column = QVBoxLayout(amount_box)
        amount_column.setContentsMargins(0, 0, 0, 0)
        amount_column.setSpacing(2)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount_edit, 1)
        amount_row.addWidget(self.currency_combo)
        amount_column.addLayout(amount_row)
        amount_column.addWidget(self.amount_hint)
        add = self.errors.add
        cells = [
            (0, 0, self.tr("Title"), add("title", self.title_edit), 2),
            (0, 2, self.tr("Amount"), add("amount", amount_box), 1),
            (1, 0, self.tr("Client"), add("client_id", self.client_picker), 1),
            (1, 1, self.tr("Contact person"), add("contact_id", self.contact_combo), 1),
            (1, 2, self.tr("Manager"), add("manager_id", self.manager_combo), 1),
            (2, 0, self.tr("Pipeline"), add("pipeline_id", self.pipeline_combo), 1),
            (2, 1, self.tr("Channel"), add("channel_id", self.channel_combo), 1),
            (2, 2, self.tr("Expected close"), add("expected_close_on", date_box), 1),
            (3, 0, self.tr("Note"), add("note", self.note_edit), 3),
        ]
        for row, column, caption, box, span in cells:
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            grid.addWidget(label, row * 2, column, 1, span)
            grid.addWidget(box, row * 2 + 1, column, 1, span, Qt.AlignmentFlag.AlignTop)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def set_options(self, users: list[Option], channels: list[Option],
                    pipelines: list[PipelineOption]) -> None:
        self.manager_combo.set_options(users)
        self.channel_combo.set_options(channels)
        self._pipelines = pipelines
        self.pipeline_combo.set_options([Option(p.id, p.name) for p in pipelines])

    def pipeline(self, pipeline_id: int | None = None) -> PipelineOption | None:
        wanted = pipeline_id if pipeline_id is not None else self.pipeline_combo.value()
        return next((p for p in self._pipelines if p.id == wanted), None)

    def set_contacts(self, contacts: list[Option]) -> None:
        self.contact_combo.set_options(contacts)

    def set_data(self, data: DealData, client_name: str) -> None:
        self.title_edit.setText(data.title)
        if data.client_id:
            self.client_picker.set_client(data.client_id, client_name)
        self.contact_combo.set_value(data.contact_id)
        if data.pipeline_id:
            self.pipeline_combo.set_value(data.pipeline_id)
        self.manager_combo.set_value(data.manager_id)
        self.channel_combo.set_value(data.channel_id)
        self.amount_edit.setText(f"{data.amount:f}".replace(".", ","))
        self.currency_combo.setCurrentText(data.currency or "RUB")
        expected = data.expected_close_on
        self.close_edit.setDate(qdate(expected) if expected else NO_DATE)
        self.note_edit.setPlainText(data.note or "")

    def show_values(self, data: DealData, names: list[str]) -> None:
        """Take the stored value of the named fields only (what a stage asked for)."""
        if "contact_id" in names:
            self.contact_combo.set_value(data.contact_id)
        if "channel_id" in names:
            self.channel_combo.set_value(data.channel_id)
        if "amount" in names and not self.amount_edit.isReadOnly():
            self.amount_edit.setText(f"{data.amount:f}".replace(".", ","))
        if "expected_close_on" in names and data.expected_close_on:
            self.close_edit.setDate(qdate(data.expected_close_on))
        if "note" in names:
            self.note_edit.setPlainText(data.note or "")

    def show_computed(self, computed: bool, total: Decimal) -> None:
        """With products the amount is their total and cannot be typed."""
        self.amount_edit.setReadOnly(computed)
        self.amount_edit.setProperty("computed", computed)
        self.amount_edit.style().unpolish(self.amount_edit)
        self.amount_edit.style().polish(self.amount_edit)
        self.amount_hint.setVisible(computed)
        if computed:
            self.amount_edit.setText(money(total))

    def data(self, items: tuple[DealItemData, ...]) -> DealData:
        """The form as DealData; a malformed amount is passed as text for the service to
        reject next to the field."""
        amount: Decimal = Decimal(0)
        if not items and self.amount_edit.text().strip():
            try:
                amount = parse_decimal(self.amount_edit.text())
            except ValueError:
                amount = self.amount_edit.text()  # type: ignore[assignment]
        when = self.close_edit.date()
        expected: date | None = None if when == NO_DATE else when.toPython()  # type: ignore[assignment]
        return DealData(
            title=self.title_edit.text(), client_id=self.client_picker.client_id or 0,
            pipeline_id=self.pipeline_combo.value() or 0, stage_id=None,
            contact_id=self.contact_combo.value(), manager_id=self.manager_combo.value(),
            channel_id=self.channel_combo.value(), amount=amount,
            currency=self.currency_combo.currentText().strip() or "RUB",
            expected_close_on=expected, note=self.note_edit.toPlainText() or None, items=items)
