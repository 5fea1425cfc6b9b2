"""Editor of phones, e-mails and messengers: one row each, with an inline error per row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.client_dto import MethodData
from crm_desktop.services.enums import ContactMethodKind
from crm_desktop.services.errors import ValidationError
from crm_desktop.ui import errors, labels
from crm_desktop.ui.forms import error_label, set_invalid
from crm_desktop.ui.tab_order import place_before

KINDS = (ContactMethodKind.PHONE, ContactMethodKind.EMAIL, ContactMethodKind.MESSENGER)


class _MethodRow:
    """The widgets of one method; they live in the editor's grid."""

    def __init__(self, editor: MethodsEditor, kind: ContactMethodKind) -> None:
        self.kind_combo = QComboBox()
        for each in KINDS:
            self.kind_combo.addItem(labels.method_kind_text(each), each)
        self.kind_combo.setCurrentIndex(KINDS.index(kind))
        self.messenger_edit = QLineEdit()
        self.messenger_edit.setPlaceholderText(
            QCoreApplication.translate("MethodsEditor", "Telegram, WhatsApp…"))
        self.messenger_edit.setMaximumWidth(140)
        self.value_edit = QLineEdit()
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setObjectName("removeMethodButton")
        self.remove_button.setToolTip(QCoreApplication.translate("MethodsEditor", "Remove"))
        self.error = error_label("methodError")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.kind_changed(editor))
        self.value_edit.textEdited.connect(lambda _t: self.clear_error())
        self.kind_changed(editor)

    @property
    def kind(self) -> ContactMethodKind:
        return ContactMethodKind(self.kind_combo.currentData())

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.kind_combo, self.messenger_edit, self.value_edit, self.remove_button,
                self.error)

    def kind_changed(self, _editor: MethodsEditor) -> None:
        kind = self.kind
        self.messenger_edit.setVisible(kind is ContactMethodKind.MESSENGER)
        self.value_edit.setPlaceholderText({
            ContactMethodKind.PHONE: "+7 495 123-45-67",
            ContactMethodKind.EMAIL: "name@company.ru",
            ContactMethodKind.MESSENGER: QCoreApplication.translate("MethodsEditor",
                                                                    "@username or number"),
        }[kind])
        self.clear_error()

    def data(self) -> MethodData:
        messenger = self.messenger_edit.text().strip() or None
        return MethodData(self.kind, self.value_edit.text(),
                          messenger if self.kind is ContactMethodKind.MESSENGER else None)

    def show_error(self, text: str) -> None:
        errors.show_inline(self.error, text)
        set_invalid(self.value_edit, True)
        self.value_edit.setFocus()

    def clear_error(self) -> None:
        errors.show_inline(self.error, None)
        set_invalid(self.value_edit, False)


class MethodsEditor(QWidget):
    """Rows of (kind, messenger, value, remove) plus "add phone / e-mail / messenger"."""

    sig_changed = Signal()
    """A row was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodsEditor")
        self.rows: list[_MethodRow] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(2, 1)
        self._next_line = 0
        self.add_phone_button = QPushButton(self.tr("+ Phone"))
        self.add_email_button = QPushButton(self.tr("+ E-mail"))
        self.add_messenger_button = QPushButton(self.tr("+ Messenger"))
        buttons = QHBoxLayout()
        for button, kind in ((self.add_phone_button, ContactMethodKind.PHONE),
                             (self.add_email_button, ContactMethodKind.EMAIL),
                             (self.add_messenger_button, ContactMethodKind.MESSENGER)):
            button.setObjectName("linkButton")
            button.clicked.connect(lambda _c=False, k=kind: self._add_and_focus(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._grid)
        layout.addLayout(buttons)

    def add_row(self, kind: ContactMethodKind, value: str = "",
                messenger: str | None = None) -> _MethodRow:
        row = _MethodRow(self, kind)
        row.value_edit.setText(value)
        row.messenger_edit.setText(messenger or "")
        line = self._next_line
        self._next_line += 2
        self._grid.addWidget(row.kind_combo, line, 0)
        self._grid.addWidget(row.messenger_edit, line, 1)
        self._grid.addWidget(row.value_edit, line, 2)
        self._grid.addWidget(row.remove_button, line, 3)
        self._grid.addWidget(row.error, line + 1, 0, 1, 4)
        place_before(self.add_phone_button, *row.widgets())
        row.remove_button.clicked.connect(lambda _c=False, r=row: self.remove_row(r))
        row.value_edit.textEdited.connect(lambda _t: self.sig_changed.emit())
        self.rows.append(row)
        return row

    def _add_and_focus(self, kind: ContactMethodKind) -> None:
        self.add_row(kind).value_edit.setFocus()
        self.sig_changed.emit()

    def remove_row(self, row: _MethodRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.sig_changed.emit()

    def set_methods(self, methods: tuple[MethodData, ...],
                    blank: tuple[ContactMethodKind, ...] = ()) -> None:
        """Replace the rows; `blank` adds empty rows of these kinds when there are none."""
        for row in list(self.rows):
            self.remove_row(row)
        for method in methods:
            self.add_row(method.kind, method.value, method.messenger)
        if not methods:
            for kind in blank:
                self.add_row(kind)

    def methods(self) -> tuple[MethodData, ...]:
        """The filled-in rows (empty ones are skipped, as the service does)."""
        return tuple(row.data() for row in self.rows if row.value_edit.text().strip())

    def clear_errors(self) -> None:
        for row in self.rows:
            row.clear_error()

    def show_error(self, exc: ValidationError) -> bool:
        """Show a phone/e-mail/messenger error at its row; False when no row fits."""
        kind = {"phone": ContactMethodKind.PHONE, "email": ContactMethodKind.EMAIL,
                "messenger": ContactMethodKind.MESSENGER}.get(exc.field)
        if kind is None:
            return False
        value = str(exc.params.get("value", "")).strip()
        candidates = [r for r in self.rows if r.kind is kind and r.value_edit.text().strip()]
        exact = [r for r in candidates if r.value_edit.text().strip() == value]
        if not (exact or candidates):
            return False
        target = (exact or candidates)[0]
        target.show_error(errors.error_text(exc))
        return True

    def visible_errors(self) -> list[str]:
        return [row.error.text() for row in self.rows if not row.error.isHidden()]
