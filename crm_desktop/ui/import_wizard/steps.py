"""The row of numbered steps at the top of the wizard; the current one is highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from crm_desktop.ui import theme

_CURRENT = (f"background: {theme.ACCENT}; color: white; border-radius: 12px; "
            "padding: 4px 12px; font-weight: 600;")
_DONE = f"color: {theme.ACCENT}; padding: 4px 12px;"
_LATER = f"color: {theme.MUTED}; padding: 4px 12px;"


class StepIndicator(QWidget):
    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSteps")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._labels: list[QLabel] = []
        for number, title in enumerate(titles, start=1):
            if number > 1:
                arrow = QLabel("›")
                arrow.setStyleSheet(f"color: {theme.MUTED};")
                layout.addWidget(arrow)
            label = QLabel(f"{number}  {title}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self.set_current(0)

    def set_current(self, index: int) -> None:
        for i, label in enumerate(self._labels):
            label.setStyleSheet(_CURRENT if i == index else _DONE if i < index else _LATER)
