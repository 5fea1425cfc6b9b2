"""The frame of a record's edit form (client, deal): banners on top, the fields in a
scroll area, and the Delete … Discard / Save row at the bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget


def lay_out_record_form(form: QWidget, banners: list[QWidget], sections: list[QWidget],
                        delete: QPushButton, revert: QPushButton, save: QPushButton) -> None:
    holder = QWidget()
    holder.setObjectName("formHolder")
    inner = QVBoxLayout(holder)
    inner.setContentsMargins(0, 0, 6, 0)
    inner.setSpacing(12)
    for section in sections:
        inner.addWidget(section)
    inner.addStretch(1)
    scroll = QScrollArea()
    scroll.setObjectName("formScroll")
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not their frame
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    buttons = QHBoxLayout()
    buttons.addWidget(delete)
    buttons.addStretch(1)
    buttons.addWidget(revert)
    buttons.addWidget(save)
    layout = QVBoxLayout(form)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    for banner in banners:
        layout.addWidget(banner)
    layout.addWidget(scroll, 1)
    layout.addLayout(buttons)
