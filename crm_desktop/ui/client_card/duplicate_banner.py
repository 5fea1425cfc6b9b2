"""Warning before saving: the same INN, phone or e-mail is already in the base."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crm_desktop.services.duplicates import Duplicate, DuplicateReason


class DuplicateBanner(QFrame):
    """Lists the duplicates; the user opens one, saves anyway, or goes back to the form."""

    sig_open_requested = Signal(int)
    """Open the existing client with this id."""
    sig_save_anyway = Signal()
    sig_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateWarning")
        self.setProperty("banner", "warning")
        self.title = QLabel(self.tr("This client may already be in the base"))
        self.title.setObjectName("bannerTitle")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        self.open_buttons: dict[int, QPushButton] = {}
        self.line_labels: list[QLabel] = []
        self.save_anyway_button = QPushButton(self.tr("Save anyway"))
        self.save_anyway_button.setObjectName("saveAnywayButton")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.save_anyway_button.clicked.connect(self.sig_save_anyway.emit)
        self.back_button.clicked.connect(self._on_back_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.save_anyway_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addLayout(self._rows)
        layout.addLayout(buttons)
        self.setVisible(False)

    def show_duplicates(self, duplicates: list[Duplicate]) -> None:
        self._clear_rows()
        for duplicate in duplicates:
            row = QHBoxLayout()
            label = QLabel(self._line(duplicate))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            self.line_labels.append(label)
            row.addWidget(label, 1)
            if duplicate.visible:
                button = QPushButton(self.tr("Open existing"))
                button.setObjectName("openExistingButton")
                button.clicked.connect(
                    lambda _c=False, cid=duplicate.client_id: self.sig_open_requested.emit(cid))
                self.open_buttons[duplicate.client_id] = button
                row.addWidget(button)
            self._rows.addLayout(row)
        self.setVisible(True)

    def lines(self) -> list[str]:
        return [label.text() for label in self.line_labels]

    def _line(self, d: Duplicate) -> str:
        if d.visible:
            template = {
                DuplicateReason.INN: self.tr("A client with this INN already exists: {name}"),
                DuplicateReason.PHONE: self.tr("A client with this phone already exists: {name}"),
                DuplicateReason.EMAIL: self.tr(
                    "A client with this e-mail already exists: {name}"),
            }[d.reason]
            return template.format(name=d.name or "")
        return {
            DuplicateReason.INN: self.tr(
                "A client with INN {value} already exists at another manager's."),
            DuplicateReason.PHONE: self.tr(
                "A client with phone {value} already exists at another manager's."),
            DuplicateReason.EMAIL: self.tr(
                "A client with e-mail {value} already exists at another manager's."),
        }[d.reason].format(value=d.value)

    def _clear_rows(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            row = item.layout() if item is not None else None
            while row is not None and row.count():
                child = row.takeAt(0)
                widget = child.widget() if child is not None else None
                if widget is not None:
                    widget.deleteLater()
        self.open_buttons.clear()
        self.line_labels.clear()

    def _on_back_clicked(self) -> None:
        self.setVisible(False)
        self.sig_back.emit()
