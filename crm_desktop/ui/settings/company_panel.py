"""Settings → Company: our requisites printed on every invoice (name, INN/KPP/OGRN, bank,
addresses, signatures, default VAT). Checksums are checked as soon as a field is left; the
service checks everything again on save and a failed save keeps the form filled in."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import validation
from crm_desktop.services.errors import EditConflict, ValidationError
from crm_desktop.services.invoice_dto import CompanyData, CompanyProfileRow
from crm_desktop.ui.client_card.calls import run
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.deal_card.amounts import VAT_CHOICES, vat_text
from crm_desktop.ui.errors import describe
from crm_desktop.ui.forms import FieldErrors, error_label
from crm_desktop.ui.invoices.access import company_service
from crm_desktop.ui.settings.card_flow import CardFlow

TEXT_FIELDS = ("name", "full_legal_name", "inn", "kpp", "ogrn", "bank_name", "bik",
               "bank_account", "corr_account", "legal_address", "actual_address", "phone",
               "email", "director_name", "accountant_name")


class CompanyPanel(QWidget):
    """Mounted on the Settings page for administrators (the manage-users right)."""

    sig_loaded = Signal(object)
    """The profile was read or saved (the argument is the CompanyProfileRow)."""
    sig_saved = Signal(object)
    sig_save_failed = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companySettings")
        self._ctx = ctx
        self.profile: CompanyProfileRow | None = None
        self.form_error = error_label("companyError", "form")
        self.errors = FieldErrors(self.form_error)
        self.edits: dict[str, QLineEdit] = {name: QLineEdit() for name in TEXT_FIELDS}
        self.vat_combo = QComboBox()
        for rate in VAT_CHOICES:
            self.vat_combo.addItem(vat_text(rate), rate)
        self.save_button = QPushButton(self.tr("Save requisites"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setVisible(False)
        self.reload_button.clicked.connect(self.load)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("settingsHint")
        self._placeholders()
        self._live_checks()
        self._layout()
        self.load()

    def _placeholders(self) -> None:
        # examples of the format, not interface text: the same in every language
        for name, hint in (("name", "Ромашка"), ("full_legal_name", 'ООО "Ромашка"'),
                           ("inn", "7707083893"), ("kpp", "773601001"),
                           ("ogrn", "1027700132195"), ("bik", "044525225"),
                           ("bank_name", "ПАО Сбербанк, г. Москва"),
                           ("bank_account", "40702810…"), ("corr_account", "30101810…"),
                           ("phone", "+7 495 123-45-67"), ("email", "info@example.ru")):
            self.edits[name].setPlaceholderText(hint)

    def _live_checks(self) -> None:
        """Checksums shown when a field is left, before saving."""
        checks: dict[str, Callable[[str], object]] = {
            "inn": validation.inn, "kpp": validation.kpp, "ogrn": validation.ogrn,
            "bik": validation.bik,
            "bank_account": lambda v: validation.bank_account(v, self._bik()),
            "corr_account": lambda v: validation.bank_account(
                v, self._bik(), field="corr_account", correspondent=True),
        }
        for name, check in checks.items():
            edit = self.edits[name]
            edit.editingFinished.connect(lambda n=name, c=check: self._check(n, c))

    def _bik(self) -> str | None:
        try:
            return validation.bik(self.edits["bik"].text())
        except ValidationError:
            return None

    def _check(self, name: str, check: Callable[[str], object]) -> None:
        try:
            check(self.edits[name].text())
        except ValidationError as exc:
            self.errors.show_field(name, describe(exc))
            return
        self.errors.clear_field(name)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QFrame:
        """A card of fields, each caption above its editor so the editor takes the card's
        width (a bank name or an address is long; side by side they were cut)."""
        frame = QFrame()
        frame.setObjectName("settingsCard")
        column = QVBoxLayout(frame)
        column.setContentsMargins(18, 14, 18, 16)
        column.setSpacing(2)
        heading = QLabel(title)
        heading.setObjectName("featureHeading")
        column.addWidget(heading)
        column.addSpacing(4)
        for name, caption in rows:
            label = QLabel(caption)
            label.setObjectName("fieldCaption")
            label.setWordWrap(True)
            editor = self.vat_combo if name == "default_vat_rate" else self.edits[name]
            label.setBuddy(editor)
            column.addSpacing(4)
            column.addWidget(label)
            column.addWidget(self.errors.add(name, editor))
        column.addStretch(1)
        return frame

    def _layout(self) -> None:
        title = QLabel(self.tr("Company requisites"))
        title.setObjectName("settingsTitle")
        hint = QLabel(self.tr("Printed as the supplier on every invoice. An issued invoice "
                              "keeps the requisites it was issued with."))
        hint.setObjectName("settingsHint")
        hint.setWordWrap(True)
        # four cards in a row on a wide screen, two by two at 1280 px, one under another
        grid = CardFlow(column_width=300, balanced=True)
        grid.addWidget(self._group(self.tr("Company"), [
            ("name", self.tr("Short name")), ("full_legal_name", self.tr("Full legal name")),
            ("inn", self.tr("INN")), ("kpp", self.tr("KPP")), ("ogrn", self.tr("OGRN"))]))
        grid.addWidget(self._group(self.tr("Bank"), [
            ("bank_name", self.tr("Bank")), ("bik", self.tr("BIK")),
            ("bank_account", self.tr("Settlement account")),
            ("corr_account", self.tr("Correspondent account"))]))
        grid.addWidget(self._group(self.tr("Addresses and contacts"), [
            ("legal_address", self.tr("Legal address")),
            ("actual_address", self.tr("Actual address")), ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail"))]))
        grid.addWidget(self._group(self.tr("Signatures and VAT"), [
            ("director_name", self.tr("Head")), ("accountant_name", self.tr("Chief accountant")),
            ("default_vat_rate", self.tr("VAT for a deal without products"))]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.form_error)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addStretch(1)

    # -- reading and saving ------------------------------------------------------------------
    def load(self) -> None:
        company = company_service(self._ctx)
        run(self._ctx.reads, self, company.get, self._on_loaded,
            lambda e: self.errors.show_form(describe(e)), key=f"company:{id(self)}")

    def _on_loaded(self, profile: CompanyProfileRow) -> None:
        self.profile = profile
        for name, edit in self.edits.items():
            edit.setText(getattr(profile.data, name) or "")
        rate = profile.data.default_vat_rate
        index = self.vat_combo.findData(None if rate is None else Decimal(rate).normalize())
        self.vat_combo.setCurrentIndex(max(0, index))
        self.errors.clear()
        self.reload_button.setVisible(False)
        self.sig_loaded.emit(profile)

    def data(self) -> CompanyData:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return CompanyData(**values, default_vat_rate=self.vat_combo.currentData())

    def save(self) -> None:
        if self.profile is None:
            return
        company, data, version = company_service(self._ctx), self.data(), self.profile.version
        self.errors.clear()
        self.saved_label.clear()
        self.save_button.setEnabled(False)
        run(self._ctx.writes, self, lambda: company.update(data, version), self._on_saved,
            self._on_save_failed)

    def _on_saved(self, profile: CompanyProfileRow) -> None:
        self.save_button.setEnabled(True)
        self._on_loaded(profile)
        self.saved_label.setText(self.tr("Requisites saved."))
        self.sig_saved.emit(profile)

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        text = self.errors.show_exception(exc)
        self.reload_button.setVisible(isinstance(exc, EditConflict))
        self.sig_save_failed.emit(text)
