"""A caption-and-value row of a read-only information card (Settings: this workstation, the
connection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel


def add_info_row(grid: QGridLayout, caption: str, value: str, *,
                 caption_name: str = "infoCaption") -> QLabel:
    """Append a row to `grid`; returns the value's label (selectable, wrapping)."""
    row = grid.rowCount()
    label = QLabel(caption)
    label.setObjectName(caption_name)
    shown = QLabel(value)
    shown.setObjectName("infoValue")
    shown.setWordWrap(True)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(shown, row, 1)
    return shown
