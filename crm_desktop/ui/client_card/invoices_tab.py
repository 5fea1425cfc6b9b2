"""The Invoices tab: invoices arrive with a later issue; until then, an honest empty state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class InvoicesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoicesPanel")
        self.empty_label = QLabel(self.tr("No invoices for this client yet. Invoicing "
                                          "comes in a later version; invoices issued from "
                                          "deals will be listed here."))
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addStretch(2)
