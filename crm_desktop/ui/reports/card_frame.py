"""The white card every dashboard block sits in: title, optional controls, body, and the
"no data" line shown instead of the body for an empty period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class ReportCard(QFrame):
    def __init__(self, object_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setProperty("reportCard", True)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("reportCardTitle")
        self.controls = QHBoxLayout()
        self.controls.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addLayout(self.controls)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(8)
        self.empty_label = QLabel(self.tr("No data for this period."))
        self.empty_label.setObjectName("reportEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(120)
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty_label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def set_empty(self, empty: bool) -> None:
        self.body.setVisible(not empty)
        self.empty_label.setVisible(empty)
