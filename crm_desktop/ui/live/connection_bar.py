"""The non-blocking "no connection" bar across the top of the main window.

Shown while LiveUpdates reports the database lost, hidden again when it answers; nothing is
blocked meanwhile: forms keep what was typed and a failed save can simply be repeated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crm_desktop.ui import theme
from crm_desktop.ui.live.hub import LiveUpdates

AMBER = "#b45309"


class ConnectionBar(QWidget):
    """Hidden until `show_lost`; `show_restored` hides it. Placed under the top bar, it lines
    up with the pages' margins."""

    sig_retry_requested = Signal()
    """The user asked to try the connection again now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBarHolder")
        self.banner = QFrame()
        self.banner.setObjectName("connectionBar")
        self.banner.setProperty("banner", "warning")
        icon = QLabel()
        icon.setPixmap(theme.pixmap("database", AMBER, 18))
        self.title = QLabel(self.tr("No connection to the server, reconnecting…"))
        self.title.setObjectName("bannerTitle")
        self.hint = QLabel(self.tr("You can keep working: what you type stays in the forms, "
                                   "and a save that failed can be repeated."))
        self.hint.setObjectName("connectionHint")
        self.hint.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry now"))
        self.retry_button.setObjectName("retryConnectionButton")
        self.retry_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.retry_button.clicked.connect(self.sig_retry_requested.emit)
        inner = QHBoxLayout(self.banner)
        inner.setContentsMargins(14, 8, 10, 8)
        inner.setSpacing(10)
        inner.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        inner.addWidget(self.title, 0)
        inner.addWidget(self.hint, 1)
        inner.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 10, 28, 0)
        outer.addWidget(self.banner)
        self.setVisible(False)

    def show_lost(self, detail: str = "") -> None:
        """The database stopped answering; `detail` (the driver's words) goes to the tooltip."""
        self.banner.setToolTip(detail)
        self.setVisible(True)

    def show_restored(self) -> None:
        self.banner.setToolTip("")
        self.setVisible(False)

    def attach(self, hub: LiveUpdates) -> None:
        """Follow a LiveUpdates hub: shown while it reports the connection lost."""
        hub.sig_connection_lost.connect(self.show_lost)
        hub.sig_connection_restored.connect(self.show_restored)
        self.sig_retry_requested.connect(hub.retry_now)
        if not hub.connected:
            self.show_lost()
