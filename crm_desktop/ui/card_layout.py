"""The layout every record window (client card, deal card) shares: header, error line, tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


def build_card_layout(window: QWidget, header: QWidget, error: QLabel,
                      pages: list[tuple[QWidget, str]]) -> QTabWidget:
    """Lay out `window`: the header on top, then the error line and the tabs; returns the tabs."""
    tabs = QTabWidget()
    tabs.setObjectName("cardTabs")
    tabs.setDocumentMode(True)
    tabs.tabBar().setDrawBase(False)  # the stylesheet draws the line under the tabs
    for widget, title in pages:
        tabs.addTab(widget, title)
    body = QVBoxLayout()
    body.setContentsMargins(20, 12, 20, 16)
    body.addWidget(error)
    body.addWidget(tabs, 1)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(header)
    layout.addLayout(body, 1)
    return tabs
